// The Dataset's strings: DataString, a pointer and a length to NUL-terminated text that is
// either a view into the Dataset's StringArena (what the loader makes: one copy in large
// chunks, no heap block per field) or an owned copy (a Dataset built in code). It reads
// like a std::string_view, converts to one implicitly and to std::string only explicitly.
#pragma once

#include <cstddef>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <vector>

namespace pe {

class DataString {
  public:
    DataString() noexcept = default;
    // Owned copies: what code that builds a Dataset by hand (tests, generators) assigns.
    DataString(std::string_view text) { assign_owned(text); }
    DataString(const char* text) { assign_owned(std::string_view(text)); }
    DataString(const std::string& text) { assign_owned(text); }
    DataString(const DataString& other) { copy_from(other); }
    DataString(DataString&& other) noexcept : data_(other.data_), bits_(other.bits_) { other.reset(); }
    DataString& operator=(const DataString& other) {
        if (this != &other) {
            release();
            copy_from(other);
        }
        return *this;
    }
    DataString& operator=(DataString&& other) noexcept {
        if (this != &other) {
            release();
            data_ = other.data_;
            bits_ = other.bits_;
            other.reset();
        }
        return *this;
    }
    ~DataString() { release(); }

    // A view of `size` bytes at `data`, which must be followed by a NUL and outlive it.
    static DataString borrowed(const char* data, std::size_t size) noexcept {
        DataString s;
        s.data_ = data;
        s.bits_ = static_cast<std::uint32_t>(size);
        return s;
    }

    const char* data() const noexcept { return data_; }
    const char* c_str() const noexcept { return data_; }
    std::size_t size() const noexcept { return bits_ & kSizeMask; }
    std::size_t length() const noexcept { return size(); }
    bool empty() const noexcept { return size() == 0; }
    const char* begin() const noexcept { return data_; }
    const char* end() const noexcept { return data_ + size(); }
    char operator[](std::size_t i) const noexcept { return data_[i]; }
    char front() const noexcept { return data_[0]; }
    char back() const noexcept { return data_[size() - 1]; }
    bool owned() const noexcept { return (bits_ & kOwnedBit) != 0; }
    std::string_view view() const noexcept { return std::string_view(data_, size()); }
    operator std::string_view() const noexcept { return view(); }
    std::string str() const { return std::string(data_, size()); }
    int compare(std::string_view other) const noexcept { return view().compare(other); }
    std::size_t find(std::string_view text, std::size_t from = 0) const noexcept {
        return view().find(text, from);
    }
    std::string_view substr(std::size_t from, std::size_t count = std::string_view::npos) const {
        return view().substr(from, count);
    }
    void clear() noexcept {
        release();
        reset();
    }

  private:
    static constexpr std::uint32_t kOwnedBit = 0x80000000u;
    static constexpr std::uint32_t kSizeMask = 0x7FFFFFFFu;

    void assign_owned(std::string_view text);
    void copy_from(const DataString& other) {
        if (other.owned()) {
            assign_owned(other.view());
        } else {
            data_ = other.data_;
            bits_ = other.bits_;
        }
    }
    void release() noexcept {
        if (owned()) delete[] data_;
    }
    void reset() noexcept {
        data_ = "";
        bits_ = 0;
    }

    const char* data_ = "";
    std::uint32_t bits_ = 0;  // the size, and kOwnedBit when data_ is this string's own block
};

// Comparisons of a DataString with a DataString or anything that reads as a string_view
// (std::string, literals). Both sides are deduced, so nothing else is ever converted to
// take part: `string_view == "literal"` stays the standard library's.
template <class T>
inline constexpr bool kIsDataString = std::is_same_v<T, DataString>;
template <class T>
inline constexpr bool kIsStringLike = std::is_convertible_v<const T&, std::string_view>;
template <class A, class B>
using IfDataStringComparison =
    std::enable_if_t<(kIsDataString<A> && kIsStringLike<B>) || (kIsStringLike<A> && kIsDataString<B>), int>;

#define PE_DATA_STRING_COMPARISON(op)                             \
    template <class A, class B, IfDataStringComparison<A, B> = 0> \
    bool operator op(const A& a, const B& b) noexcept {           \
        return std::string_view(a) op std::string_view(b);        \
    }
PE_DATA_STRING_COMPARISON(==)
PE_DATA_STRING_COMPARISON(!=)
PE_DATA_STRING_COMPARISON(<)
PE_DATA_STRING_COMPARISON(<=)
PE_DATA_STRING_COMPARISON(>)
PE_DATA_STRING_COMPARISON(>=)
#undef PE_DATA_STRING_COMPARISON

// Concatenation gives a std::string, as with std::string itself.
inline std::string operator+(std::string a, const DataString& b) {
    return a.append(b.view());
}
inline std::string operator+(const char* a, const DataString& b) {
    return std::string(a).append(b.view());
}
inline std::string operator+(const DataString& a, std::string_view b) {
    return a.str().append(b);
}
inline std::string operator+(const DataString& a, const char* b) {
    return a.str().append(b);
}
inline std::string operator+(const DataString& a, const DataString& b) {
    return a.str().append(b.view());
}

std::ostream& operator<<(std::ostream& out, const DataString& text);

// The loaded strings, copied once each with their NUL into chunks that never move, so a
// DataString viewing them stays valid as long as the arena lives (the Dataset holds it).
class StringArena {
  public:
    StringArena() = default;
    StringArena(const StringArena&) = delete;
    StringArena& operator=(const StringArena&) = delete;

    // A view of a copy of `text` ("" takes no room).
    DataString store(std::string_view text);
    // The same, for values that repeat (types, relations, lane and source ids, tags): the
    // first copy is shared by all equal ones, for up to kMaxShared distinct values.
    DataString store_shared(std::string_view text);
    static constexpr std::size_t kMaxShared = 1u << 16;
    // Bytes held in chunks, and of them those used by strings and their NULs.
    std::size_t allocated_bytes() const { return allocated_; }
    std::size_t used_bytes() const { return used_; }

  private:
    std::vector<std::unique_ptr<char[]>> chunks_;
    std::unordered_map<std::string_view, DataString> shared_;  // keys view the arena
    char* next_ = nullptr;
    std::size_t room_ = 0;
    std::size_t chunk_size_ = std::size_t{4} << 10;  // doubles up to kMaxChunk: small data, small arena
    std::size_t allocated_ = 0;
    std::size_t used_ = 0;
};

}  // namespace pe

template <>
struct std::hash<pe::DataString> {
    std::size_t operator()(const pe::DataString& text) const noexcept {
        return std::hash<std::string_view>()(text.view());
    }
};
