// DataString's owned copies and the StringArena's chunks: a chunk doubles from 4 KiB to
// 1 MiB, so a small dataset takes a small arena; a string longer than a quarter of the
// largest chunk gets a chunk of its own rather than leaving most of one unused.
#include "model/data_string.h"

#include <cstring>
#include <ostream>

namespace pe {

namespace {
constexpr std::size_t kMaxChunk = std::size_t{1} << 20;
}

void DataString::assign_owned(std::string_view text) {
    if (text.empty()) {
        reset();
        return;
    }
    char* copy = new char[text.size() + 1];
    std::memcpy(copy, text.data(), text.size());
    copy[text.size()] = '\0';
    data_ = copy;
    bits_ = static_cast<std::uint32_t>(text.size()) | kOwnedBit;
}

std::ostream& operator<<(std::ostream& out, const DataString& text) {
    return out << text.view();
}

DataString StringArena::store(std::string_view text) {
    if (text.empty()) return DataString();
    const std::size_t need = text.size() + 1;
    char* at = nullptr;
    if (need > kMaxChunk / 4) {  // its own chunk, leaving the current one as it is
        chunks_.push_back(std::make_unique<char[]>(need));
        allocated_ += need;
        at = chunks_.back().get();
    } else {
        if (need > room_) {
            chunks_.push_back(std::make_unique<char[]>(chunk_size_));
            allocated_ += chunk_size_;
            next_ = chunks_.back().get();
            room_ = chunk_size_;
            chunk_size_ = std::min(chunk_size_ * 2, kMaxChunk);
        }
        at = next_;
        next_ += need;
        room_ -= need;
    }
    std::memcpy(at, text.data(), text.size());
    at[text.size()] = '\0';
    used_ += need;
    return DataString::borrowed(at, text.size());
}

DataString StringArena::store_shared(std::string_view text) {
    const auto found = shared_.find(text);
    if (found != shared_.end()) return found->second;
    DataString copy = store(text);
    if (shared_.size() < kMaxShared && !copy.empty()) shared_.emplace(copy.view(), copy);
    return copy;
}

}  // namespace pe
