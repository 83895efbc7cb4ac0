#include "storage/recordreadahead.h"

#include "testsupport.h"

#include <QFile>

#include <gtest/gtest.h>

namespace kehu {
namespace {

class RecordReadAheadTest : public test::TempFolderTest
{
protected:
    // Lines "n,name n,\"quoted, n\"" for n = 1..count, then `tail`.
    QString writeRows(int count, const QByteArray &tail = {})
    {
        QByteArray text;
        for (int n = 1; n <= count; ++n)
            text += QByteArray::number(n) + ",name " + QByteArray::number(n) + ",\"quoted, " + QByteArray::number(n) + "\"\n";
        text += tail;
        const QString file = path(QStringLiteral("rows.csv"));
        test::writeFile(file, text);
        return file;
    }
};

TEST_F(RecordReadAheadTest, GivesEveryRecordInFileOrderAcrossBatches)
{
    QFile file(writeRows(10000));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvDialect{});
    RecordReadAhead ahead(reader);
    CsvRecord record;
    int n = 0;
    while (ahead.next(record)) {
        ++n;
        ASSERT_EQ(record.line, n);
        ASSERT_EQ(record.fields.size(), 3u);
        EXPECT_EQ(record.fields[0].toByteArray(), QByteArray::number(n));
        EXPECT_EQ(record.fields[1].toByteArray(), QByteArray("name " + QByteArray::number(n)));
        EXPECT_EQ(record.fields[2].toByteArray(), QByteArray("quoted, " + QByteArray::number(n)));
    }
    EXPECT_EQ(n, 10000);
    EXPECT_FALSE(ahead.error().has_value());
    EXPECT_EQ(ahead.bytesRead(), file.size());
    EXPECT_FALSE(ahead.next(record)); // stays at the end
}

TEST_F(RecordReadAheadTest, ReportsTheReadersErrorAfterTheRecordsBeforeIt)
{
    QFile file(writeRows(5000, "5001,\"never closed\n"));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvDialect{});
    RecordReadAhead ahead(reader);
    CsvRecord record;
    int n = 0;
    while (ahead.next(record))
        ++n;
    EXPECT_EQ(n, 5000);
    ASSERT_TRUE(ahead.error().has_value());
    EXPECT_EQ(ahead.error()->line, 5001);
    EXPECT_EQ(ahead.error()->message, QStringLiteral("a quoted field starting on this line is never closed"));
}

TEST_F(RecordReadAheadTest, StopsWhenTheCallerStopsEarly)
{
    QFile file(writeRows(50000));
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    CsvReader reader(&file, CsvDialect{});
    {
        RecordReadAhead ahead(reader);
        CsvRecord record;
        ASSERT_TRUE(ahead.next(record));
        EXPECT_EQ(record.fields[0].toByteArray(), QByteArray("1"));
    } // the reading thread, blocked on a full queue, is stopped and joined here
    // It read at most the batches the queue holds, plus the one it was filling: not the file.
    EXPECT_LT(reader.bytesRead(), file.size());
}

} // namespace
} // namespace kehu
