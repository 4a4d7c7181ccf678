#!/usr/bin/env python3
"""Writes the bad-input corpus: NAME.json and NAME.expect for each case below.

Each case is the valid document BASE with a few text replacements. Each expected error
names a marker (a substring that occurs exactly once in the case's text) and a byte
delta from it; this script turns that into LINE:COL independently of the C++ locator,
so tests/core/bad_corpus_test.cpp checks the loader's positions against an outside
count. Run it after changing a case: python3 tests/data/bad/make_corpus.py

NAME.expect holds one line per error the loader must report, in its order (by place):
    LINE:COL POINTER MESSAGE-SUBSTRING
POINTER is printed as format_error prints it ("/" for the document itself). Lines
"@max_bytes N", "@max_depth N", "@max_string_bytes N" set LoadLimits for the case;
lines starting with "#" are comments (the first says what the case is about).
"""
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

BASE = """{
  "format": "policy-explorer/1",
  "id": "corpus",
  "title": {"zh": "测试", "en": "Test"},
  "description": {"zh": "错误样例", "en": "Bad samples"},
  "lanes": [
    {"id": "city", "name": {"zh": "北京市", "en": "City"}},
    {"id": "district", "name": {"zh": "区级", "en": "District"}}
  ],
  "sources": [
    {"id": "article", "title": {"zh": "文章", "en": "Article"}, "publisher": "Publisher",
     "published": "2025-11-10", "url": "", "language": "zh"}
  ],
  "entities": [
    {"id": "haidian", "type": "district", "name": {"zh": "海淀区", "en": "Haidian"},
     "pinyin": "hai dian qu", "pinyinInitials": "hdq", "lane": "district", "scope": "district",
     "summary": {"zh": "北京市辖区", "en": "A district"},
     "sources": [{"source": "article", "quote": "海淀区"}],
     "geo": {"lat": 39.96, "lon": 116.3, "approximate": true}},
    {"id": "life-park", "type": "park", "name": {"zh": "生命园", "en": "Life park"},
     "pinyin": "sheng ming yuan", "pinyinInitials": "smy", "lane": "district", "scope": "park",
     "district": "haidian",
     "summary": {"zh": "园区", "en": "A park"},
     "sources": [{"source": "article", "quote": "生命园"}]},
    {"id": "subsidy", "type": "subsidy", "name": {"zh": "补贴", "en": "Subsidy"},
     "pinyin": "bu tie", "pinyinInitials": "bt", "lane": "district", "scope": "district",
     "district": "haidian",
     "start": {"date": "2024", "precision": "year"}, "end": {"date": "2027", "precision": "year"},
     "summary": {"zh": "补贴", "en": "A subsidy"},
     "figures": [{"label": {"zh": "最高", "en": "Maximum"}, "value": 500000, "unit": "CNY",
                  "display": {"zh": "50万元", "en": "CNY 500,000"},
                  "source": {"source": "article", "quote": "最高50万元"}}],
     "tags": ["IIT"],
     "sources": [{"source": "article", "quote": "补贴"}]},
    {"id": "company", "type": "company", "name": {"zh": "公司", "en": "Company"},
     "pinyin": "gong si", "pinyinInitials": "gs", "lane": "city", "scope": "organisation",
     "park": "life-park", "start": {"date": "2015-06", "precision": "month"}, "ongoing": true,
     "summary": {"zh": "企业", "en": "A company"},
     "sources": [{"source": "article", "quote": "公司"}]}
  ],
  "links": [
    {"from": "subsidy", "to": "haidian", "relation": "applies_to",
     "sources": [{"source": "article", "quote": "补贴"}]},
    {"from": "company", "to": "life-park", "relation": "located_in",
     "sources": [{"source": "article", "quote": "公司"}]}
  ]
}
"""

CASES = []


def case(name, about, replacements, errors, text=None, limits=None):
    """replacements: [(old, new)], each old occurring exactly once in the text so far.
    errors: [(marker, delta, pointer, message)], marker occurring exactly once; marker
    None means offset `delta` from the start. `text` replaces BASE (bytes or str)."""
    CASES.append((name, about, replacements, errors, text, limits or {}))


def rep(old, new):
    return (old, new)


# ---- syntax ---------------------------------------------------------------------------
case("syntax_trailing_comma", "a comma before a closing bracket",
     [rep('"tags": ["IIT"],', '"tags": ["IIT",],')],
     [('"IIT",]', 6, "/entities/2/tags", "syntax error while parsing value - unexpected ']'")])
case("syntax_trailing_comma_object", "a comma before a closing brace",
     [rep('"approximate": true}},', '"approximate": true,}},')],
     [('true,}}', 5, "/entities/0/geo", "unexpected '}'; expected string literal")])
case("syntax_unterminated_string", "the text ends inside a string",
     [], [(None, None, "/entities/2/summary/en", "missing closing quote")],
     text=BASE[:BASE.index('"A subsidy"') + 5])
case("syntax_newline_in_string", "a string runs into the next line (its closing quote is missing)",
     [rep('"en": "Test"}', '"en": "Test}')],
     [('"Test},\n', 7, "/title/en", "control character U+000A (LF) must be escaped")])
case("syntax_bad_escape", "a backslash escape JSON does not have",
     [rep('"en": "Life park"', '"en": "Life\\qpark"')],
     [('\\qpark', 1, "/entities/1/name/en", "forbidden character after backslash")])
case("syntax_bad_unicode_escape", "a lone surrogate in a \\u escape",
     [rep('"en": "Company"}', '"en": "Comp\\ud800any"}')],
     [('\\ud800any"', 6, "/entities/3/name/en", "surrogate U+D800..U+DBFF must be followed by U+DC00..U+DFFF")])
case("syntax_truncated", "the file stops in the middle of an entity",
     [], [(None, None, "/entities/2", "unexpected end of input")],
     text=BASE[:BASE.index('"pinyin": "bu tie", ') + len('"pinyin": "bu tie", ')])
case("syntax_empty", "an empty file", [], [(None, 0, "/", "unexpected end of input")], text="")
case("syntax_whitespace_only", "only white space", [],
     [(None, 3, "/", "unexpected end of input")], text="\n \n")
case("syntax_not_an_object", "the document is an array", [],
     [(None, 0, "/", "expected an object, found an array")], text='["policy-explorer/1"]\n')
case("syntax_missing_colon", "a key without its colon",
     [rep('"id": "corpus"', '"id" "corpus"')],
     [('"corpus"', 7, "/id", "expected ':'")])
case("syntax_missing_comma", "two members without a comma between them",
     [rep('"lane": "city", "scope": "organisation"', '"lane": "city" "scope": "organisation"')],
     [('"scope": "organisation"', 6, "/entities/3", "unexpected string literal; expected '}'")])
case("syntax_comment", "a comment (JSON has none)",
     [rep('  "id": "corpus",\n', '  "id": "corpus", // the id\n')],
     [('// the id', 0, "/", "invalid literal")])
case("syntax_single_quotes", "a string in single quotes",
     [rep('"language": "zh"', "\"language\": 'zh'")],
     [("'zh'", 0, "/sources/0/language", "invalid literal")])
case("syntax_trailing_garbage", "text after the document",
     [], [('}\nx', 2, "/", "expected end of input")], text=BASE + "x\n")
case("syntax_number_overflow", "a number too large for a double (a non-finite figure value)",
     [rep('"value": 500000', '"value": 1e400')],
     [('1e400', 4, "/entities/2/figures/0/value", "number overflow parsing '1e400'")])

# ---- types ----------------------------------------------------------------------------
case("type_text_is_a_string", "a name given as a string instead of {zh, en}",
     [rep('"title": {"zh": "测试", "en": "Test"}', '"title": "测试"')],
     [('"测试"', 0, "/title", "expected an object, found a string")])
case("type_figure_value_string", "a figure value written as a string",
     [rep('"value": 500000', '"value": "500000"')],
     [('"500000"', 0, "/entities/2/figures/0/value", "expected a number, found a string")])
case("type_ongoing_string", "ongoing as a string",
     [rep('"ongoing": true', '"ongoing": "yes"')],
     [('"yes"', 0, "/entities/3/ongoing", "expected true or false, found a string")])
case("type_tags_string", "tags as a string instead of an array",
     [rep('"tags": ["IIT"]', '"tags": "IIT"')],
     [('"IIT"', 0, "/entities/2/tags", "expected an array, found a string")])
case("type_tag_number", "a number among the tags",
     [rep('"tags": ["IIT"]', '"tags": ["IIT", 7]')],
     [(' 7]', 1, "/entities/2/tags/1", "expected a string, found a number")])
case("type_null_reference", "a district reference that is null",
     [rep('"district": "haidian",\n     "summary": {"zh": "园区"', '"district": null,\n     "summary": {"zh": "园区"')],
     [('null', 0, "/entities/1/district", "expected a string, found null")])
case("type_entity_is_array", "an entity that is not an object",
     [rep('{"id": "company", "type": "company", "name": {"zh": "公司", "en": "Company"},\n'
          '     "pinyin": "gong si", "pinyinInitials": "gs", "lane": "city", "scope": "organisation",\n'
          '     "park": "life-park", "start": {"date": "2015-06", "precision": "month"}, "ongoing": true,\n'
          '     "summary": {"zh": "企业", "en": "A company"},\n'
          '     "sources": [{"source": "article", "quote": "公司"}]}', '["company"]')],
     [('["company"]', 0, "/entities/3", "expected an object, found an array"),
      ('"from": "company"', 8, "/links/1/from", 'unknown entity "company"')])

# ---- missing and unknown fields -------------------------------------------------------
case("missing_entity_fields", "an entity without pinyin and pinyinInitials",
     [rep('"pinyin": "gong si", "pinyinInitials": "gs", ', '')],
     [('{"id": "company"', 0, "/entities/3", 'missing required field "pinyin"'),
      ('{"id": "company"', 0, "/entities/3", 'missing required field "pinyinInitials"')])
case("missing_text_language", "a title without its English",
     [rep('"title": {"zh": "测试", "en": "Test"}', '"title": {"zh": "测试"}')],
     [('{"zh": "测试"}', 0, "/title", 'missing required field "en"')])
case("missing_entity_sources", "an entity with an empty sources list",
     [rep('"sources": [{"source": "article", "quote": "海淀区"}]', '"sources": []')],
     [('[]', 0, "/entities/0/sources", "must hold at least 1 item")])
case("missing_link_relation", "a link without its relation",
     [rep('"to": "haidian", "relation": "applies_to",', '"to": "haidian",')],
     [('{"from": "subsidy"', 0, "/links/0", 'missing required field "relation"')])
case("missing_root_fields", "a document without lanes and links",
     [rep('  "lanes": [\n    {"id": "city", "name": {"zh": "北京市", "en": "City"}},\n'
          '    {"id": "district", "name": {"zh": "区级", "en": "District"}}\n  ],\n', ''),
      rep(',\n  "links": [\n    {"from": "subsidy", "to": "haidian", "relation": "applies_to",\n'
          '     "sources": [{"source": "article", "quote": "补贴"}]},\n'
          '    {"from": "company", "to": "life-park", "relation": "located_in",\n'
          '     "sources": [{"source": "article", "quote": "公司"}]}\n  ]', '')],
     [(None, 0, "/", 'missing required field "lanes"'),
      (None, 0, "/", 'missing required field "links"'),
      ('"lane": "district", "scope": "district",\n     "summary": {"zh": "北京市辖区"', 8, "/entities/0/lane", 'unknown lane "district"'),
      ('"lane": "district", "scope": "park"', 8, "/entities/1/lane", 'unknown lane "district"'),
      ('"lane": "district", "scope": "district",\n     "district": "haidian",\n     "start"', 8, "/entities/2/lane", 'unknown lane "district"'),
      ('"lane": "city"', 8, "/entities/3/lane", 'unknown lane "city"')])
case("unknown_field_typo", "a misspelt field: reported as unknown, and the real one as missing",
     [rep('"pinyinInitials": "hdq"', '"pinyinInitial": "hdq"')],
     [('{"id": "haidian"', 0, "/entities/0", 'missing required field "pinyinInitials"'),
      ('"pinyinInitial"', 0, "/entities/0/pinyinInitial", 'unknown field "pinyinInitial" (did you mean "pinyinInitials"?)')])
case("unknown_field_root", "an extra field in the document",
     [rep('  "id": "corpus",\n', '  "id": "corpus",\n  "version": 2,\n')],
     [('"version"', 0, "/version", 'unknown field "version"')])
case("unknown_field_nested", "an extra field inside geo and inside a source reference",
     [rep('"approximate": true}', '"approximate": true, "altitude": 50}'),
      rep('"quote": "最高50万元"}', '"quote": "最高50万元", "page": 3}')],
     [('"altitude"', 0, "/entities/0/geo/altitude", 'unknown field "altitude"'),
      ('"page"', 0, "/entities/2/figures/0/source/page", 'unknown field "page"')])
case("unknown_field_case", "a field name in the wrong case",
     [rep('"summary": {"zh": "园区", "en": "A park"}', '"Summary": {"zh": "园区", "en": "A park"}')],
     [('{"id": "life-park"', 0, "/entities/1", 'missing required field "summary"'),
      ('"Summary"', 0, "/entities/1/Summary", '(did you mean "summary"?)')])

# ---- ids ------------------------------------------------------------------------------
case("duplicate_entity_id", "two entities with one id",
     [rep('{"id": "company"', '{"id": "subsidy"')],
     [('"subsidy", "type": "company"', 0, "/entities/3/id", 'duplicate id "subsidy", first used by /entities/2'),
      ('"from": "company"', 8, "/links/1/from", 'unknown entity "company"')])
case("duplicate_key", "one key twice in the same object",
     [rep('{"id": "haidian", "type": "district"', '{"id": "haidian", "type": "district", "id": "haidian"')],
     [('"id": "haidian", "name"', 0, "/entities/0/id", 'field "id" appears twice in the same object')])
case("duplicate_lane_id", "two lanes with one id",
     [rep('{"id": "district", "name": {"zh": "区级"', '{"id": "city", "name": {"zh": "区级"')],
     [('"city", "name": {"zh": "区级"', 0, "/lanes/1/id", 'duplicate id "city", first used by /lanes/0'),
      ('"lane": "district", "scope": "district",\n     "summary"', 8, "/entities/0/lane", 'unknown lane "district"'),
      ('"lane": "district", "scope": "park"', 8, "/entities/1/lane", 'unknown lane "district"'),
      ('"lane": "district", "scope": "district",\n     "district": "haidian",\n     "start"', 8, "/entities/2/lane", 'unknown lane "district"')])
case("duplicate_link", "the same link twice",
     [rep('"from": "company", "to": "life-park", "relation": "located_in"', '"from": "subsidy", "to": "haidian", "relation": "applies_to"')],
     [('{"from": "subsidy", "to": "haidian", "relation": "applies_to",\n     "sources": [{"source": "article", "quote": "公司"', 0,
       "/links/1", "duplicate link: same from, to and relation as /links/0")])
case("bad_id_pattern", "ids with capitals, an underscore, a space, and an empty one",
     [rep('"id": "corpus"', '"id": "Corpus"'),
      rep('{"id": "company"', '{"id": "company_1"'),
      rep('"from": "company"', '"from": "company_1"'),
      rep('{"id": "article"', '{"id": "the article"'),
      rep('{"id": "city"', '{"id": ""')],
     [('"Corpus"', 0, "/id", 'id "Corpus" must be made of a-z, 0-9'),
      ('"", "name"', 0, "/lanes/0/id", 'id "" must be made of a-z, 0-9'),
      ('"the article"', 0, "/sources/0/id", 'id "the article" must be made of'),
      ('"company_1", "type"', 0, "/entities/3/id", 'id "company_1" must be made of'),
      # the lane "city" and the source "article" are gone: every use of them is reported
      ('"quote": "海淀区"', -11, "/entities/0/sources/0/source", 'unknown source "article"'),
      ('"quote": "生命园"', -11, "/entities/1/sources/0/source", 'unknown source "article"'),
      ('"quote": "最高50万元"', -11, "/entities/2/figures/0/source/source", 'unknown source "article"'),
      ('"quote": "补贴"}]},\n    {"id"', -11, "/entities/2/sources/0/source", 'unknown source "article"'),
      ('"lane": "city"', 8, "/entities/3/lane", 'unknown lane "city"'),
      ('"quote": "公司"}]}\n  ],', -11, "/entities/3/sources/0/source", 'unknown source "article"'),
      ('"quote": "补贴"}]},\n    {"from"', -11, "/links/0/sources/0/source", 'unknown source "article"'),
      ('"quote": "公司"}]}\n  ]\n}', -11, "/links/1/sources/0/source", 'unknown source "article"')])

# ---- references -----------------------------------------------------------------------
case("link_to_missing_entity", "a link whose end is not an entity",
     [rep('"to": "haidian", "relation": "applies_to"', '"to": "xicheng", "relation": "applies_to"')],
     [('"xicheng"', 0, "/links/0/to", 'unknown entity "xicheng"')])
case("link_to_itself", "a link from an entity to itself",
     [rep('"to": "haidian", "relation": "applies_to"', '"to": "subsidy", "relation": "applies_to"')],
     [('"to": "subsidy"', 6, "/links/0/to", 'link from "subsidy" to itself')])
case("unknown_relation", "a relation type the format does not have",
     [rep('"relation": "located_in"', '"relation": "is_in"')],
     [('"is_in"', 0, "/links/1/relation", 'unknown relation type "is_in"')])
case("unknown_entity_type", "an entity type the format does not have",
     [rep('"type": "company"', '"type": "companny"')],
     [('"companny"', 0, "/entities/3/type", 'unknown entity type "companny"')])
case("unknown_scope", "a scope the format does not have",
     [rep('"scope": "organisation"', '"scope": "province"')],
     [('"province"', 0, "/entities/3/scope", 'unknown scope "province"')])
case("unknown_lane", "a lane that is not declared",
     [rep('"lane": "city"', '"lane": "county"')],
     [('"county"', 0, "/entities/3/lane", 'unknown lane "county"')])
case("unknown_source", "a figure citing a source that is not declared",
     [rep('"source": {"source": "article"', '"source": {"source": "articel"')],
     [('"articel"', 0, "/entities/2/figures/0/source/source", 'unknown source "articel"')])
case("district_reference_wrong_type", "a district reference to an entity that is not a district",
     [rep('"district": "haidian",\n     "summary": {"zh": "园区"', '"district": "subsidy",\n     "summary": {"zh": "园区"')],
     [('"subsidy",\n     "summary": {"zh": "园区"', 0, "/entities/1/district", 'entity "subsidy" is a subsidy, not a district')])
case("park_reference_missing", "a park reference to no entity, and one to a company",
     [rep('"park": "life-park"', '"park": "bio-park"'),
      rep('"scope": "district",\n     "district": "haidian",\n     "start"', '"scope": "district", "park": "company",\n     "district": "haidian",\n     "start"')],
     [('"park": "company"', 8, "/entities/2/park", 'entity "company" is a company, not a park'),
      ('"bio-park"', 0, "/entities/3/park", 'unknown entity "bio-park"')])
case("empty_reference", "an empty lane and an empty source id",
     [rep('"lane": "city"', '"lane": ""'),
      rep('{"source": "article", "quote": "公司"}]}\n  ],', '{"source": " ", "quote": "公司"}]}\n  ],')],
     [('"lane": ""', 8, "/entities/3/lane", "must not be empty"),
      ('" ", "quote": "公司"}]}\n  ],', 0, "/entities/3/sources/0/source", "must not be empty")])

# ---- dates ----------------------------------------------------------------------------
case("date_february_30", "2025-02-30 is not a day",
     [rep('"start": {"date": "2024", "precision": "year"}', '"start": {"date": "2025-02-30", "precision": "day"}')],
     [('"2025-02-30"', 0, "/entities/2/start/date", '"2025-02-30" is not a calendar date: February 2025 has 28 days')])
case("date_february_29_not_leap", "2023 is not a leap year",
     [rep('"start": {"date": "2015-06", "precision": "month"}', '"start": {"date": "2023-02-29", "precision": "day"}')],
     [('"2023-02-29"', 0, "/entities/3/start/date", "February 2023 has 28 days")])
case("date_february_29_leap_ok_but_end_bad", "2024-02-29 is fine; 2100-02-29 is not (2100 is not a leap year)",
     [rep('"start": {"date": "2024", "precision": "year"}', '"start": {"date": "2024-02-29", "precision": "day"}'),
      rep('"end": {"date": "2027", "precision": "year"}', '"end": {"date": "2100-02-29", "precision": "day"}')],
     [('"2100-02-29"', 0, "/entities/2/end/date", "February 2100 has 28 days")])
case("date_month_13", "there is no month 13",
     [rep('"start": {"date": "2015-06", "precision": "month"}', '"start": {"date": "2015-13", "precision": "month"}')],
     [('"2015-13"', 0, "/entities/3/start/date", "there is no month 13")])
case("date_bad_form", "dates not in the form YYYY, YYYY-MM or YYYY-MM-DD",
     [rep('"start": {"date": "2015-06", "precision": "month"}', '"start": {"date": "2015/06", "precision": "month"}'),
      rep('"end": {"date": "2027", "precision": "year"}', '"end": {"date": "27", "precision": "year"}')],
     [('"27"', 0, "/entities/2/end/date", '"27" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD'),
      ('"2015/06"', 0, "/entities/3/start/date", '"2015/06" is not a date of the form')])
case("date_precision_mismatch", "a precision that does not fit the date's form, and an unknown one",
     [rep('"start": {"date": "2024", "precision": "year"}', '"start": {"date": "2024", "precision": "month"}'),
      rep('"precision": "month"}, "ongoing"', '"precision": "week"}, "ongoing"')],
     [('"month"}, "end"', 0, "/entities/2/start/precision", 'precision "month" does not match date "2024", which is given to the year'),
      ('"week"', 0, "/entities/3/start/precision", 'unknown precision "week"')])
case("date_end_before_start", "a period that ends before it starts",
     [rep('"end": {"date": "2027", "precision": "year"}', '"end": {"date": "2023-12", "precision": "month"}')],
     [('"end": {', 7, "/entities/2/end", "end 2023-12 is before start 2024")])
case("date_end_and_ongoing", "a period with an end that is also ongoing",
     [rep('"end": {"date": "2027", "precision": "year"},', '"end": {"date": "2027", "precision": "year"}, "ongoing": true,')],
     [('true,\n     "summary": {"zh": "补贴"', 0, "/entities/2/ongoing", '"ongoing" cannot be true when "end" is given')])
case("date_end_without_start", "an end with no start, and ongoing with no start",
     [rep('"start": {"date": "2024", "precision": "year"}, ', ''),
      rep('"park": "life-park", "start": {"date": "2015-06", "precision": "month"}, ', '"park": "life-park", ')],
     [('"end": {', 7, "/entities/2/end", '"end" needs a "start"'),
      ('"ongoing": true', 11, "/entities/3/ongoing", '"ongoing" needs a "start"')])
case("date_published_not_a_day", "a source published on a day that does not exist",
     [rep('"published": "2025-11-10"', '"published": "2025-11-31"')],
     [('"2025-11-31"', 0, "/sources/0/published", "November 2025 has 30 days")])

# ---- numbers, text, pinyin, geo ---------------------------------------------------------
case("geo_out_of_range", "latitude and longitude outside the globe",
     [rep('"lat": 39.96, "lon": 116.3', '"lat": 95.5, "lon": -181')],
     [('95.5', 0, "/entities/0/geo/lat", "value 95.5 is outside [-90, 90]"),
      ('-181', 0, "/entities/0/geo/lon", "value -181 is outside [-180, 180]")])
case("geo_missing_lon", "geo without lon, and approximate as a string",
     [rep('"lat": 39.96, "lon": 116.3, "approximate": true', '"lat": 39.96, "approximate": "yes"')],
     [('{"lat"', 0, "/entities/0/geo", 'missing required field "lon"'),
      ('"yes"', 0, "/entities/0/geo/approximate", "expected true or false, found a string")])
case("pinyin_initials_mismatch", "initials that are not the first letters of the pinyin",
     [rep('"pinyinInitials": "hdq"', '"pinyinInitials": "hdx"'),
      rep('"pinyinInitials": "smy"', '"pinyinInitials": "SMY"')],
     [('"hdx"', 0, "/entities/0/pinyinInitials", 'pinyinInitials "hdx" do not match pinyin "hai dian qu" (expected "hdq")'),
      ('"SMY"', 0, "/entities/1/pinyinInitials", '(expected "smy")')])
case("pinyin_not_lower_case", "pinyin with capitals and with a double space",
     [rep('"pinyin": "hai dian qu"', '"pinyin": "Hai dian qu"'),
      rep('"pinyin": "gong si"', '"pinyin": "gong  si"')],
     [('"Hai dian qu"', 0, "/entities/0/pinyin", 'pinyin "Hai dian qu" must be lower case'),
      ('"gong  si"', 0, "/entities/3/pinyin", "must separate its words with single spaces")])
case("blank_text", "a name of spaces only and an empty quote",
     [rep('"en": "Haidian"', '"en": "   "'),
      rep('"quote": "生命园"', '"quote": ""')],
     [('"   "', 0, "/entities/0/name/en", "must not be empty"),
      ('"quote": ""', 9, "/entities/1/sources/0/quote", "must not be empty")])
case("wrong_format", "a format this program does not read",
     [rep('"format": "policy-explorer/1"', '"format": "policy-explorer/2"')],
     [('"policy-explorer/2"', 0, "/format", 'unsupported format "policy-explorer/2" (expected "policy-explorer/1")')])
case("bad_language", "a source language that is not a language tag",
     [rep('"language": "zh"', '"language": "Chinese"')],
     [('"Chinese"', 0, "/sources/0/language", 'language "Chinese" is not a language tag')])
case("entities_empty", "a dataset with no entities (links then point nowhere)",
     [], [('[]', 0, "/entities", "must hold at least 1 item"),
          ('"from": "subsidy"', 8, "/links/0/from", 'unknown entity "subsidy"'),
          ('"to": "haidian"', 6, "/links/0/to", 'unknown entity "haidian"'),
          ('"from": "company"', 8, "/links/1/from", 'unknown entity "company"'),
          ('"to": "life-park"', 6, "/links/1/to", 'unknown entity "life-park"')],
     text=BASE[:BASE.index('  "entities": [')] + '  "entities": [],\n' + BASE[BASE.index('  "links": ['):])

# ---- encoding and limits ----------------------------------------------------------------
case("invalid_utf8", "bytes that are not UTF-8 in two strings (a Latin-1 byte, a cut-short sequence)",
     [rep('"en": "A district"', b'"en": "A d\xe9strict"'),
      rep('"quote": "公司"}]}\n  ]\n}', b'"quote": "\xe5\x85"}]}\n  ]\n}')],
     [(b'\xe9strict', 0, "/entities/0/summary/en", "invalid UTF-8: byte 0xE9 does not begin a well-formed sequence"),
      (b'\xe5\x85"', 0, "/links/1/sources/0/quote", "invalid UTF-8: byte 0xE5")])
case("invalid_utf8_in_key", "an overlong encoding inside a key",
     [rep('"publisher": "Publisher"', b'"publ\xc0\xafsher": "Publisher"')],
     [(b'\xc0\xaf', 0, "/sources/0", "invalid UTF-8: byte 0xC0")])
case("too_deep", "arrays nested past the default limit of 64 levels",
     [rep('"tags": ["IIT"]', '"tags": [' + '[' * 70 + '"IIT"' + ']' * 70 + ']')],
     [('"tags": [', 9 + 60, "/entities/2/tags/" + "/".join(["0"] * 61), "nesting is deeper than the limit of 64 levels")])
case("too_deep_small_limit", "nesting past a limit of 5 levels set for the case",
     [], [('{"zh": "最高"', 0, "/entities/2/figures/0/label", "nesting is deeper than the limit of 5 levels")],
     limits={"max_depth": 5})
case("too_long_string", "strings longer than a limit of 32 bytes set for the case",
     [rep('"en": "A park"', '"en": "' + "A park with a very long English summary" + '"')],
     [('"A park with', 0, "/entities/1/summary/en",
       f"a string of {len('A park with a very long English summary')} bytes is longer than the limit of 32 bytes")],
     limits={"max_string_bytes": 32})
case("too_big", "a file over a size limit of 1000 bytes set for the case",
     [], [(None, 0, "/", "more than the limit of 1000 bytes")], limits={"max_bytes": 1000})

# ---- many errors at once ------------------------------------------------------------------
case("multiple_errors", "many kinds of error in one file: every one is reported",
     [rep('"format": "policy-explorer/1"', '"format": "policy-explorer/1", "colour": "red"'),
      rep('"scope": "park"', '"scope": "campus"'),
      rep('"start": {"date": "2024", "precision": "year"}', '"start": {"date": "2025-02-30", "precision": "day"}'),
      rep('"value": 500000', '"value": "50万"'),
      rep('"pinyinInitials": "gs"', '"pinyinInitials": "gx"'),
      rep('"relation": "located_in"', '"relation": "inside"'),
      rep('"to": "haidian"', '"to": "chaoyang"')],
     [('"colour"', 0, "/colour", 'unknown field "colour"'),
      ('"campus"', 0, "/entities/1/scope", 'unknown scope "campus"'),
      ('"2025-02-30"', 0, "/entities/2/start/date", "is not a calendar date"),
      ('"50万"', 0, "/entities/2/figures/0/value", "expected a number, found a string"),
      ('"gx"', 0, "/entities/3/pinyinInitials", '(expected "gs")'),
      ('"chaoyang"', 0, "/links/0/to", 'unknown entity "chaoyang"'),
      ('"inside"', 0, "/links/1/relation", 'unknown relation type "inside"')])


def to_bytes(value):
    return value if isinstance(value, bytes) else value.encode("utf-8")


def position(data, offset):
    line = data.count(b"\n", 0, offset) + 1
    start = data.rfind(b"\n", 0, offset) + 1
    return line, offset - start + 1


def build(name, about, replacements, errors, text, limits):
    data = to_bytes(BASE if text is None else text)
    for old, new in replacements:
        old_b, new_b = to_bytes(old), to_bytes(new)
        count = data.count(old_b)
        if count != 1:
            sys.exit(f"{name}: {old!r} occurs {count} times")
        data = data.replace(old_b, new_b)
    lines = [f"# {about}"]
    for key, value in limits.items():
        lines.append(f"@{key} {value}")
    expected = []
    for marker, delta, pointer, message in errors:
        if marker is None:
            offset = len(data) if delta is None else delta
        else:
            marker_b = to_bytes(marker)
            count = data.count(marker_b)
            if count != 1:
                sys.exit(f"{name}: marker {marker!r} occurs {count} times")
            offset = data.index(marker_b) + delta
        expected.append((position(data, offset), pointer, message))
    expected.sort(key=lambda e: e[0])  # stable: errors at one place keep the order given
    for (line, column), pointer, message in expected:
        lines.append(f"{line}:{column} {pointer} {message}")
    with open(os.path.join(HERE, name + ".json"), "wb") as f:
        f.write(data)
    with open(os.path.join(HERE, name + ".expect"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


def main():
    names = [c[0] for c in CASES]
    if len(names) != len(set(names)):
        sys.exit("two cases with one name")
    for existing in os.listdir(HERE):
        if existing.endswith((".json", ".expect")) and existing.rsplit(".", 1)[0] not in names:
            os.remove(os.path.join(HERE, existing))
    with open(os.path.join(HERE, "base.valid.txt"), "w", encoding="utf-8") as f:
        f.write(BASE)
    for c in CASES:
        build(*c)
    print(f"{len(CASES)} cases written to {HERE}")


if __name__ == "__main__":
    main()
