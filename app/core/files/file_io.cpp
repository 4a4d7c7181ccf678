// The file reader and the atomic writer of file_io.h, over <cstdio>: errno is read right
// after the call that failed, and strerror gives the reason in the system's words.
#include "files/file_io.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <vector>

#include "load/dataset_loader.h"

namespace pe {

namespace {

// errno when the call set it, else `fallback` (some C libraries leave it 0).
std::string reason(int saved_errno, int fallback) {
    return std::strerror(saved_errno != 0 ? saved_errno : fallback);
}

FileStatus failed(const char* verb, const std::string& path, const std::string& why) {
    return FileStatus{std::string("cannot ") + verb + " " + path + ": " + why};
}

}  // namespace

FileStatus read_file_chunks(const std::string& path, const std::function<void(std::string_view)>& on_chunk,
                            std::size_t chunk_bytes) {
    errno = 0;
    std::FILE* file = std::fopen(path.c_str(), "rb");
    if (file == nullptr) return failed("read", path, reason(errno, ENOENT));
    std::vector<char> buffer(chunk_bytes > 0 ? chunk_bytes : kFileChunkBytes);
    std::size_t n = 0;
    errno = 0;
    while ((n = std::fread(buffer.data(), 1, buffer.size(), file)) > 0) {
        on_chunk(std::string_view(buffer.data(), n));
    }
    const bool read_failed = std::ferror(file) != 0;
    const int saved = errno;
    std::fclose(file);
    if (read_failed) return failed("read", path, reason(saved, EIO));
    return FileStatus{};
}

FileStatus read_file_chunks(const std::string& path, DatasetLoadStream& stream) {
    return read_file_chunks(path, [&stream](std::string_view chunk) { stream.feed(chunk); });
}

FileStatus read_file(const std::string& path, std::string& text) {
    text.clear();
    FileStatus status = read_file_chunks(path, [&text](std::string_view chunk) { text.append(chunk); });
    if (!status.ok()) text.clear();
    return status;
}

FileStatus write_file_atomically(const std::string& path, std::string_view text) {
    const std::string temporary = path + ".tmp";
    errno = 0;
    std::FILE* file = std::fopen(temporary.c_str(), "wb");
    if (file == nullptr) return failed("write", path, reason(errno, EACCES));
    errno = 0;
    const bool written = std::fwrite(text.data(), 1, text.size(), file) == text.size();
    const int write_errno = errno;
    const bool closed = std::fclose(file) == 0;
    if (!written || !closed) {
        const int saved = write_errno != 0 ? write_errno : errno;
        std::remove(temporary.c_str());
        return failed("write", path, reason(saved, EIO));
    }
    errno = 0;
    if (std::rename(temporary.c_str(), path.c_str()) != 0) {
        const int saved = errno;
        std::remove(temporary.c_str());
        return failed("write", path, reason(saved, EIO));
    }
    return FileStatus{};
}

}  // namespace pe
