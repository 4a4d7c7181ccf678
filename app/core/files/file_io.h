// Files read and written with the standard library: a whole file, a file in chunks (into a
// callback or a DatasetLoadStream), and a file written atomically. A failure names the path
// and the system's reason; nothing here knows what the files hold or where they live.
#pragma once

#include <cstddef>
#include <functional>
#include <string>
#include <string_view>

namespace pe {

class DatasetLoadStream;

// The outcome of a file operation: "" when it worked, else a message naming the path and
// the system's reason, e.g. "cannot read data.json: No such file or directory".
struct FileStatus {
    std::string error;
    bool ok() const { return error.empty(); }
};

// Chunks of 1 MiB: a large file is never in memory as a whole.
inline constexpr std::size_t kFileChunkBytes = std::size_t{1} << 20;

// Hands the file to `on_chunk` in order, in pieces of at most `chunk_bytes` (never empty).
// On a failure part way, the chunks already handed over stay handed over.
FileStatus read_file_chunks(const std::string& path, const std::function<void(std::string_view)>& on_chunk,
                            std::size_t chunk_bytes = kFileChunkBytes);

// Feeds the file to `stream`; the caller then calls stream.finish().
FileStatus read_file_chunks(const std::string& path, DatasetLoadStream& stream);

// The whole file into `text` (left empty on failure).
FileStatus read_file(const std::string& path, std::string& text);

// Writes `text` to "PATH.tmp" beside the file, then renames it over PATH, so readers see
// the old file or the new one, never half of one. On failure the old file is untouched and
// the temporary is removed. The folder must exist.
FileStatus write_file_atomically(const std::string& path, std::string_view text);

}  // namespace pe
