#pragma once

#include "domain/csvreader.h"
#include "domain/importerror.h"

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace kehu {

// Reads a CSV file's records on a thread of its own while the caller checks and writes the
// ones read before: on two cores reading and decoding the file (a fifth of a big import's
// rows phase) then costs no wall time. The records come in file order, in batches held in
// a bounded queue, so memory stays flat however long the file. The reader's error, if any,
// is reported after the last record, as CsvReader reports it. The thread stops and is joined
// when this object is destroyed, also when the caller stops early (cancel, an exception).
class RecordReadAhead
{
public:
    explicit RecordReadAhead(CsvReader &reader);
    ~RecordReadAhead();

    RecordReadAhead(const RecordReadAhead &) = delete;
    RecordReadAhead &operator=(const RecordReadAhead &) = delete;

    // The next record, valid until the next call; false after the last one.
    bool next(CsvRecord &record);
    // Bytes the reader had taken from the file when it read the current record's batch.
    qint64 bytesRead() const { return m_current ? m_current->bytesRead : 0; }
    // After next() returned false: why the reader stopped early, if it did.
    const std::optional<ImportError> &error() const { return m_error; }

private:
    static constexpr size_t RecordsPerBatch = 4096;
    static constexpr size_t BatchesAhead = 4;

    struct Batch
    {
        std::string bytes;                              // the fields' bytes, one after another
        std::vector<std::pair<size_t, size_t>> fields;  // offset and size in bytes
        std::vector<size_t> firstField;                 // per record, and one past the last
        std::vector<qint64> lines;
        qint64 bytesRead = 0;
        bool last = false;
        std::optional<ImportError> error;
    };

    void read();
    bool push(std::unique_ptr<Batch> batch);

    CsvReader &m_reader;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<std::unique_ptr<Batch>> m_queue;
    bool m_stop = false;
    std::unique_ptr<Batch> m_current;
    size_t m_next = 0;
    std::optional<ImportError> m_error;
    std::thread m_thread; // last: starts once everything above exists
};

} // namespace kehu
