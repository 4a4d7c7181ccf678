#!/usr/bin/env node
// Fills or refreshes "pinyin" and "pinyinInitials" of every entity in a Policy Explorer
// dataset (docs/data-format.md), computed from name.zh with pinyin-pro plus a small table
// of hand-checked readings for polyphonic characters. Everything else in the file is kept:
// the file is re-serialised with 2-space indentation, so a dataset written in that form
// stays byte-stable apart from the two fields.
//
//   node scripts/fill-pinyin.mjs assets/data/beijing-stem-cell.json [more.json ...]
//   node scripts/fill-pinyin.mjs --check assets/data/beijing-stem-cell.json
//
// --check writes nothing and exits with status 1 when an entity's pinyin or pinyinInitials
// is missing or differs from what the script computes (formatting is not checked).
//
// Rules (the same as the format's): toneless, lower case, one syllable per word, words
// separated by single spaces; ü is written "v" (lv); runs of Latin letters and digits in the
// Chinese name are kept as their own lower-cased words ("CDE" -> "cde", "CD106" -> "cd106",
// "1+N" -> "1 n"); punctuation (《》“”()、 and the like) is dropped. pinyinInitials is the
// first character of each word, joined without spaces.

import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

// Phrases whose reading pinyin-pro gets wrong (or might get wrong) in this kind of text.
// Checked by hand; the phrase wins over pinyin-pro wherever it occurs in a name.
// Add a line when a new name brings a new polyphonic character.
const OVERRIDES = {
  '率先': 'shuai xian',   // pinyin-pro says "lv xian"
  '行动': 'xing dong',    // 行 in 行动 (not hang)
  '银行': 'yin hang',     // 行 in 银行 (not xing)
  '一次性': 'yi ci xing',
  '长期': 'chang qi',     // 长 (not zhang)
  '成长': 'cheng zhang',
  '重大': 'zhong da',     // 重 (not chong)
  '三重山': 'san chong shan',
  '西藏': 'xi zang',      // 藏 (not cang)
  '储藏': 'chu cang',
  '干细胞': 'gan xi bao',
  '血液': 'xue ye',       // 血 (not xie)
  '落户': 'luo hu',       // 落 (not la / lao)
  '外泌体': 'wai mi ti',  // 泌 (not bi)
  '间充质': 'jian chong zhi',
  '协和': 'xie he',
  '调节': 'tiao jie',     // 调 (not diao)
  '给予': 'ji yu',        // 给 (not gei)
  '适应症': 'shi ying zheng',
  '病例': 'bing li',
  '基质': 'ji zhi',
};

const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/;

function hanRunToSyllables(run) {
  const out = [];
  let plain = '';
  const flush = () => {
    if (plain) {
      for (const s of pinyin(plain, { toneType: 'none', type: 'array', v: true })) out.push(s);
      plain = '';
    }
  };
  let i = 0;
  while (i < run.length) {
    let matched = '';
    for (const phrase of Object.keys(OVERRIDES)) {
      if (phrase.length > matched.length && run.startsWith(phrase, i)) matched = phrase;
    }
    if (matched) {
      flush();
      out.push(...OVERRIDES[matched].split(' '));
      i += matched.length;
    } else {
      plain += run[i];
      i += 1;
    }
  }
  flush();
  return out;
}

// Returns the list of pinyin words of a Chinese name.
export function pinyinWords(name) {
  const text = name.normalize('NFKC'); // full-width Latin and Roman numerals (Ⅲ) become ASCII
  const chars = Array.from(text);
  const words = [];
  let i = 0;
  while (i < chars.length) {
    const c = chars[i];
    if (HAN.test(c)) {
      let run = '';
      while (i < chars.length && HAN.test(chars[i])) run += chars[i++];
      words.push(...hanRunToSyllables(run));
    } else if (LATIN_OR_DIGIT.test(c)) {
      let run = '';
      while (i < chars.length && LATIN_OR_DIGIT.test(chars[i])) run += chars[i++];
      words.push(run.toLowerCase());
    } else {
      i += 1; // punctuation and spaces separate words and are dropped
    }
  }
  for (const w of words) {
    if (!/^[a-z0-9]+$/.test(w)) throw new Error(`no pinyin for "${w}" in "${name}"`);
  }
  return words;
}

function withPinyin(entity) {
  const words = pinyinWords(entity.name?.zh ?? '');
  const py = words.join(' ');
  const initials = words.map((w) => w[0]).join('');
  if ('pinyin' in entity && 'pinyinInitials' in entity) {
    return { ...entity, pinyin: py, pinyinInitials: initials };
  }
  // Insert the two fields right after "name", keeping the order of every other key.
  const out = {};
  for (const [k, v] of Object.entries(entity)) {
    if (k === 'pinyin' || k === 'pinyinInitials') continue;
    out[k] = v;
    if (k === 'name') {
      out.pinyin = py;
      out.pinyinInitials = initials;
    }
  }
  if (!('pinyin' in out)) {
    out.pinyin = py;
    out.pinyinInitials = initials;
  }
  return out;
}

function main(argv) {
  const check = argv.includes('--check');
  const files = argv.filter((a) => a !== '--check');
  if (files.length === 0) {
    console.error('usage: node scripts/fill-pinyin.mjs [--check] DATASET.json [...]');
    return 2;
  }
  let stale = 0;
  for (const file of files) {
    const before = readFileSync(file, 'utf8');
    const data = JSON.parse(before);
    if (!Array.isArray(data.entities)) throw new Error(`${file}: no "entities" array`);
    const old = data.entities;
    data.entities = old.map(withPinyin);
    if (check) {
      const wrong = data.entities.filter(
        (e, i) => old[i].pinyin !== e.pinyin || old[i].pinyinInitials !== e.pinyinInitials);
      for (const e of wrong) {
        console.error(`${file}: ${e.id}: expected pinyin "${e.pinyin}" / "${e.pinyinInitials}"`);
      }
      if (wrong.length) stale += 1;
      else console.log(`${file}: pinyin up to date (${data.entities.length} entities)`);
      continue;
    }
    const after = JSON.stringify(data, null, 2) + '\n';
    if (after === before) {
      console.log(`${file}: pinyin up to date (${data.entities.length} entities)`);
    } else {
      writeFileSync(file, after);
      console.log(`${file}: pinyin written (${data.entities.length} entities)`);
    }
  }
  return stale ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
