// file_io.h, in a fresh temporary folder: a write and a read give back the same bytes; a
// failed atomic write leaves the old file as it was and names the path and the reason; a
// missing file is named; chunked reading hands over the same bytes as a whole read.
#include "files/file_io.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "load/dataset_loader.h"
#include "load/embedded_assets.h"
#include "support/temp_dir.h"

namespace pe {
namespace {

namespace fs = std::filesystem;

// Bytes 0..255 repeated, with NULs and CR LF, so nothing is lost to text handling.
std::string binary_text(std::size_t size) {
    std::string text(size, '\0');
    for (std::size_t i = 0; i < size; ++i) text[i] = static_cast<char>(i % 256);
    return text;
}

TEST(FileIo, WriteThenReadRoundTrip) {
    const TempDir dir;
    const std::string path = dir.file("data.bin");
    const std::string text = binary_text(70000);
    EXPECT_TRUE(write_file_atomically(path, text).ok());
    std::string back = "stale";
    const FileStatus read = read_file(path, back);
    EXPECT_TRUE(read.ok()) << read.error;
    EXPECT_EQ(back, text);
    EXPECT_FALSE(fs::exists(path + ".tmp"));
    // A second write replaces the first whole.
    ASSERT_TRUE(write_file_atomically(path, "short").ok());
    ASSERT_TRUE(read_file(path, back).ok());
    EXPECT_EQ(back, "short");
    ASSERT_TRUE(write_file_atomically(path, "").ok());
    ASSERT_TRUE(read_file(path, back).ok());
    EXPECT_EQ(back, "");
}

TEST(FileIo, FailedWriteLeavesTheOldFile) {
    const TempDir dir;
    const std::string path = dir.file("settings.ini");
    ASSERT_TRUE(write_file_atomically(path, "old text").ok());
    // The temporary cannot be created: a folder stands where it would go.
    fs::create_directories(path + ".tmp");
    const FileStatus status = write_file_atomically(path, "new text");
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(status.error, "cannot write " + path + ": Is a directory");
    std::string back;
    ASSERT_TRUE(read_file(path, back).ok());
    EXPECT_EQ(back, "old text");
}

TEST(FileIo, FailedRenameRemovesTheTemporary) {
    const TempDir dir;
    // The target is a non-empty folder: the rename over it fails after the temporary is written.
    const std::string path = dir.file("taken");
    fs::create_directories(fs::path(path) / "inside");
    const FileStatus status = write_file_atomically(path, "text");
    EXPECT_FALSE(status.ok());
    EXPECT_EQ(status.error.rfind("cannot write " + path + ": ", 0), 0u) << status.error;
    EXPECT_TRUE(fs::is_directory(fs::path(path) / "inside"));
    EXPECT_FALSE(fs::exists(path + ".tmp"));
}

TEST(FileIo, WriteIntoAMissingFolderNamesIt) {
    const TempDir dir;
    const std::string path = dir.file("absent/out.json");
    EXPECT_EQ(write_file_atomically(path, "x").error, "cannot write " + path + ": No such file or directory");
}

TEST(FileIo, MissingFileIsNamed) {
    const TempDir dir;
    const std::string path = dir.file("absent.json");
    std::string text = "stale";
    EXPECT_EQ(read_file(path, text).error, "cannot read " + path + ": No such file or directory");
    EXPECT_EQ(text, "");
    bool called = false;
    const FileStatus chunks = read_file_chunks(path, [&](std::string_view) { called = true; });
    EXPECT_EQ(chunks.error, "cannot read " + path + ": No such file or directory");
    EXPECT_FALSE(called);
}

TEST(FileIo, FolderIsNotAFile) {
    const TempDir dir;
    std::string text;
    EXPECT_EQ(read_file(dir.path.string(), text).error,
              "cannot read " + dir.path.string() + ": Is a directory");
}

TEST(FileIo, ChunksDeliverTheSameBytes) {
    const TempDir dir;
    const std::string path = dir.file("data.bin");
    const std::string text = binary_text(10007);
    ASSERT_TRUE(write_file_atomically(path, text).ok());
    for (const std::size_t chunk_bytes :
         {std::size_t{1}, std::size_t{1000}, std::size_t{10007}, kFileChunkBytes}) {
        std::string joined;
        std::vector<std::size_t> sizes;
        const FileStatus status = read_file_chunks(
            path,
            [&](std::string_view chunk) {
                sizes.push_back(chunk.size());
                joined.append(chunk);
            },
            chunk_bytes);
        ASSERT_TRUE(status.ok()) << status.error;
        EXPECT_EQ(joined, text) << chunk_bytes;
        EXPECT_EQ(sizes.size(), (text.size() + chunk_bytes - 1) / chunk_bytes) << chunk_bytes;
        for (const std::size_t size : sizes) EXPECT_LE(size, chunk_bytes);
    }
}

TEST(FileIo, ChunksIntoADatasetLoadStream) {
    const TempDir dir;
    const std::string path = dir.file("dataset.json");
    ASSERT_TRUE(write_file_atomically(path, embedded_dataset_json()).ok());
    DatasetLoadStream stream;
    ASSERT_TRUE(read_file_chunks(path, stream).ok());
    EXPECT_EQ(stream.bytes_fed(), embedded_dataset_json().size());
    const LoadResult from_file = stream.finish();
    const LoadResult from_memory = load_dataset(embedded_dataset_json());
    ASSERT_TRUE(from_file.ok());
    ASSERT_TRUE(from_memory.ok());
    EXPECT_EQ(from_file.dataset->entities.size(), from_memory.dataset->entities.size());
    EXPECT_EQ(from_file.dataset->links.size(), from_memory.dataset->links.size());
}

}  // namespace
}  // namespace pe
