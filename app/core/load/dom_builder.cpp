// Implements the DOM parse (dom_builder.h): a SAX handler that builds the DOM much as
// nlohmann's own does, and the two ways the load calls it (a piece, the skeleton).
#include "load/dom_builder.h"

#include <nlohmann/json.hpp>
#include <utility>
#include <vector>

#include "load/json_locator.h"
#include "load/utf8.h"

namespace pe::load {

namespace {

using Json = nlohmann::json;

// Builds a DOM like nlohmann's own SAX DOM parser, with three differences: strings are
// moved, not copied; a key seen twice in one object is reported (nlohmann keeps the last
// silently); and a syntax error is kept with its place instead of thrown.
// It parses either the skeleton (json_stream_splitter.h), where the items of the streamed
// "entities" and "links" arrays are placeholders that were read as pieces already and are
// dropped here, or one piece, whose pointers all begin with the piece's own.
class DomBuilder final : public nlohmann::json_sax<Json> {
  public:
    enum class Mode : std::uint8_t { Skeleton, Piece };

    DomBuilder(Json& root, Errors& errors, Mode mode, std::string base_pointer)
        : root_(root), errors_(errors), mode_(mode), base_pointer_(std::move(base_pointer)) {}

    ParseOutcome outcome;

    bool null() override { return add(nullptr); }
    bool boolean(bool value) override { return add(value); }
    bool number_integer(number_integer_t value) override { return add(value); }
    bool number_unsigned(number_unsigned_t value) override { return add(value); }
    bool number_float(number_float_t value, const string_t&) override { return add(value); }
    bool string(string_t& value) override { return add(std::move(value)); }
    bool binary(binary_t& value) override { return add(std::move(value)); }

    bool start_object(std::size_t) override {
        stack_.push_back(place(Json::value_t::object));
        keys_.push_back(nullptr);
        return true;
    }
    bool key(string_t& name) override {
        auto& members = stack_.back()->get_ref<Json::object_t&>();
        const auto inserted = members.emplace(std::move(name), nullptr);
        if (!inserted.second) {
            PendingError error;
            error.pointer = current_pointer();
            append_pointer_token(error.pointer, inserted.first->first);
            error.message = "field " + in_quotes(inserted.first->first) + " appears twice in the same object";
            error.anchor = Anchor::Key;
            errors_.add(std::move(error));
            inserted.first->second = nullptr;
        }
        keys_.back() = &inserted.first->first;
        slot_ = &inserted.first->second;
        return true;
    }
    bool end_object() override {
        stack_.pop_back();
        keys_.pop_back();
        if (stream_ != Stream::None) {
            if (stack_.size() == 2) {
                drop_item();
            } else if (stack_.size() == 1) {
                stream_ = Stream::None;  // the streamed array itself ended
            }
        }
        return true;
    }
    bool start_array(std::size_t) override {
        Stream stream = Stream::None;
        if (mode_ == Mode::Skeleton && stack_.size() == 1 && stack_[0]->is_object() && keys_[0] != nullptr) {
            if (*keys_[0] == "entities") stream = Stream::Entities;
            if (*keys_[0] == "links") stream = Stream::Links;
        }
        stack_.push_back(place(Json::value_t::array));
        keys_.push_back(nullptr);
        if (stream != Stream::None) {
            stream_ = stream;
            stream_index_ = 0;
            (stream == Stream::Entities ? outcome.streamed_entities : outcome.streamed_links) = true;
        }
        return true;
    }
    bool end_array() override { return end_object(); }

    bool parse_error(std::size_t position, const std::string&,
                     const nlohmann::detail::exception& e) override {
        outcome.failed = true;
        outcome.error_offset = position > 0 ? position - 1 : 0;  // position counts the bytes read
        outcome.error_message = repair_utf8(e.what());           // it may quote a byte cut from a character
        // "[json.exception.parse_error.101] parse error at line 1, column 8: syntax error ..."
        if (!outcome.error_message.empty() && outcome.error_message.front() == '[') {
            const std::size_t close = outcome.error_message.find("] ");
            if (close != std::string::npos) outcome.error_message.erase(0, close + 2);
        }
        if (outcome.error_message.rfind("parse error", 0) == 0) {
            const std::size_t colon = outcome.error_message.find(": ");
            if (colon != std::string::npos) outcome.error_message.erase(0, colon + 2);
        }
        return false;
    }

  private:
    enum class Stream : std::uint8_t { None, Entities, Links };

    template <class Value>
    bool add(Value&& value) {
        place(std::forward<Value>(value));
        if (stream_ != Stream::None && stack_.size() == 2) drop_item();
        return true;
    }

    template <class Value>
    Json* place(Value&& value) {
        if (stack_.empty()) {
            root_ = Json(std::forward<Value>(value));
            return &root_;
        }
        if (stack_.back()->is_array()) {
            auto& items = stack_.back()->get_ref<Json::array_t&>();
            items.emplace_back(std::forward<Value>(value));
            return &items.back();
        }
        *slot_ = Json(std::forward<Value>(value));
        return slot_;
    }

    // A placeholder of the streamed array (its piece was read already).
    void drop_item() {
        stack_[1]->get_ref<Json::array_t&>().clear();
        ++stream_index_;
    }

    // The pointer of the innermost open container.
    std::string current_pointer() const {
        std::string pointer = base_pointer_;
        for (std::size_t level = 1; level < stack_.size(); ++level) {
            const Json* parent = stack_[level - 1];
            if (level == 2 && stream_ != Stream::None) {
                append_pointer_index(pointer, stream_index_);
            } else if (parent->is_array()) {
                append_pointer_index(pointer, parent->size() - 1);
            } else if (keys_[level - 1] != nullptr) {
                append_pointer_token(pointer, *keys_[level - 1]);
            }
        }
        return pointer;
    }

    Json& root_;
    Errors& errors_;
    Mode mode_;
    std::string base_pointer_;
    std::vector<Json*> stack_;
    std::vector<const std::string*> keys_;  // per open object: its latest key
    Json* slot_ = nullptr;                  // where the value of the latest key goes
    Stream stream_ = Stream::None;          // set while inside the skeleton's /entities or /links
    std::size_t stream_index_ = 0;          // index of the placeholder being dropped there
};

ParseOutcome parse(std::string_view text, Json& root, Errors& errors, DomBuilder::Mode mode,
                   std::string base_pointer) {
    DomBuilder builder(root, errors, mode, std::move(base_pointer));
    Json::sax_parse(text.begin(), text.end(), &builder, Json::input_format_t::json, true, false);
    return std::move(builder.outcome);
}

}  // namespace

ParseOutcome parse_piece(std::string_view text, std::string base_pointer, Json& root, Errors& errors) {
    return parse(text, root, errors, DomBuilder::Mode::Piece, std::move(base_pointer));
}

ParseOutcome parse_skeleton(std::string_view skeleton, Json& root, Errors& errors) {
    return parse(skeleton, root, errors, DomBuilder::Mode::Skeleton, "");
}

}  // namespace pe::load
