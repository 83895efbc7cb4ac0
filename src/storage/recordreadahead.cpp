#include "recordreadahead.h"

namespace kehu {

RecordReadAhead::RecordReadAhead(CsvReader &reader)
    : m_reader(reader)
    , m_thread([this] { read(); })
{
}

RecordReadAhead::~RecordReadAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void RecordReadAhead::read()
{
    CsvRecord record;
    auto batch = std::make_unique<Batch>();
    for (;;) {
        const bool more = m_reader.next(record);
        if (more) {
            batch->firstField.push_back(batch->fields.size());
            batch->lines.push_back(record.line);
            for (QByteArrayView field : record.fields) {
                batch->fields.emplace_back(batch->bytes.size(), size_t(field.size()));
                batch->bytes.append(field.data(), size_t(field.size()));
            }
        }
        if (more && batch->lines.size() < RecordsPerBatch)
            continue;
        batch->firstField.push_back(batch->fields.size());
        batch->bytesRead = m_reader.bytesRead();
        if (!more) {
            batch->last = true;
            batch->error = m_reader.error();
        }
        if (!push(std::move(batch)) || !more)
            return;
        batch = std::make_unique<Batch>();
    }
}

bool RecordReadAhead::push(std::unique_ptr<Batch> batch)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return m_stop || m_queue.size() < BatchesAhead; });
    if (m_stop)
        return false;
    m_queue.push_back(std::move(batch));
    lock.unlock();
    m_changed.notify_all();
    return true;
}

bool RecordReadAhead::next(CsvRecord &record)
{
    while (!m_current || m_next == m_current->lines.size()) {
        if (m_current && m_current->last) {
            m_error = m_current->error;
            return false;
        }
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_queue.empty(); });
        m_current = std::move(m_queue.front());
        m_queue.pop_front();
        lock.unlock();
        m_changed.notify_all();
        m_next = 0;
    }
    const Batch &batch = *m_current;
    record.line = batch.lines[m_next];
    record.fields.clear();
    for (size_t i = batch.firstField[m_next]; i < batch.firstField[m_next + 1]; ++i) {
        const auto [offset, size] = batch.fields[i];
        record.fields.emplace_back(batch.bytes.data() + offset, qsizetype(size));
    }
    ++m_next;
    return true;
}

} // namespace kehu
