#include "domain/csvreader.h"

#include "testsupport.h"

#include <QBuffer>
#include <QStringDecoder>

namespace kehu {
namespace {

struct Read
{
    std::vector<std::pair<qint64, QStringList>> records; // line, fields
    std::optional<ImportError> error;
};

Read readAll(const QByteArray &bytes, CsvDialect dialect = {})
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, dialect);
    CsvRecord record;
    Read read;
    while (reader.next(record)) {
        QStringList fields;
        for (QByteArrayView field : record.fields)
            fields << QString::fromUtf8(field);
        read.records.emplace_back(record.line, fields);
    }
    read.error = reader.error();
    return read;
}

QStringList fields(std::initializer_list<const char *> items)
{
    QStringList list;
    for (const char *item : items)
        list << QString::fromUtf8(item);
    return list;
}

TEST(CsvReaderTest, SplitsPlainRecordsWithLfOrCrlf)
{
    for (const QByteArray &text : {QByteArray("a,b,c\n1,2,3\n"), QByteArray("a,b,c\r\n1,2,3\r\n"), QByteArray("a,b,c\r\n1,2,3")}) {
        const Read read = readAll(text);
        ASSERT_EQ(read.records.size(), 2u) << text.toStdString();
        EXPECT_EQ(read.records[0].second, fields({"a", "b", "c"}));
        EXPECT_EQ(read.records[1].first, 2);
        EXPECT_EQ(read.records[1].second, fields({"1", "2", "3"}));
        EXPECT_FALSE(read.error);
    }
}

TEST(CsvReaderTest, QuotedFieldsKeepCommasQuotesAndLineBreaks)
{
    const Read read = readAll("name,note\r\n\"Zhang, Wei\",\"said \"\"hi\"\"\r\nthen left\"\r\nLi,\"\"\r\n");
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[1].second, fields({"Zhang, Wei", "said \"hi\"\r\nthen left"}));
    EXPECT_EQ(read.records[2].second, fields({"Li", ""}));
}

TEST(CsvReaderTest, ARecordSpanningLinesReportsTheLineItStartsOn)
{
    const Read read = readAll("h1,h2\n\"one\ntwo\nthree\",x\nnext,y\n");
    ASSERT_EQ(read.records.size(), 3u);
    EXPECT_EQ(read.records[1].first, 2);
    EXPECT_EQ(read.records[2].first, 5);
}

TEST(CsvReaderTest, BlankLinesAreSkippedButCounted)
{
    const Read read = readAll("h\n\n\nx\n");
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.records[1].first, 4);
}

TEST(CsvReaderTest, EmptyFieldsAndATrailingDelimiter)
{
    const Read read = readAll("a,,c,\n");
    ASSERT_EQ(read.records.size(), 1u);
    EXPECT_EQ(read.records[0].second, fields({"a", "", "c", ""}));
}

TEST(CsvReaderTest, AQuoteInsideAnUnquotedFieldIsText)
{
    const Read read = readAll("size,model\n12\" screen,X\n");
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.records[1].second, fields({"12\" screen", "X"}));
}

TEST(CsvReaderTest, SemicolonAndTabDelimiters)
{
    CsvDialect semicolon;
    semicolon.delimiter = ';';
    EXPECT_EQ(readAll("a;\"b;c\";d\n", semicolon).records[0].second, fields({"a", "b;c", "d"}));
    CsvDialect tab;
    tab.delimiter = '\t';
    EXPECT_EQ(readAll("a\tb c\td\n", tab).records[0].second, fields({"a", "b c", "d"}));
}

TEST(CsvReaderTest, SkipsTheUtf8Bom)
{
    const Read read = readAll("\xEF\xBB\xBF" "code,name\n");
    ASSERT_EQ(read.records.size(), 1u);
    EXPECT_EQ(read.records[0].second, fields({"code", "name"}));
}

TEST(CsvReaderTest, UnterminatedQuoteIsAnErrorAtTheRecordsLine)
{
    const Read read = readAll("a,b\n1,2\n3,\"open\nmore\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->line, 3);
    EXPECT_EQ(read.records.size(), 2u);
}

TEST(CsvReaderTest, InvalidUtf8IsAnErrorAtItsLine)
{
    const Read read = readAll("a,b\n1,2\n3,\xB1\xE0\n");
    ASSERT_TRUE(read.error);
    EXPECT_EQ(read.error->line, 3);
    EXPECT_TRUE(read.error->message.contains(QStringLiteral("GB18030")));
}

TEST(CsvReaderTest, DecodesGb18030ToUtf8)
{
    CsvDialect gb;
    gb.encoding = TextEncoding::Gb18030;
    // "编码,名称\nC1,华美" in GB18030.
    const Read read = readAll("\xB1\xE0\xC2\xEB,\xC3\xFB\xB3\xC6\nC1,\xBB\xAA\xC3\xC0\n", gb);
    ASSERT_EQ(read.records.size(), 2u);
    EXPECT_EQ(read.records[0].second, fields({"编码", "名称"}));
    EXPECT_EQ(read.records[1].second, fields({"C1", "华美"}));
}

TEST(CsvReaderTest, RecordsCrossingChunkBoundariesStayWhole)
{
    // Longer than the reader's 1 MiB chunk, with quoted line breaks and multi-byte text.
    QByteArray text = "id,text\n";
    for (int i = 0; i < 40000; ++i)
        text += QByteArray::number(i) + ",\"华美, \"\"洗涤\"\"\nline " + QByteArray::number(i) + "\"\n";
    const Read read = readAll(text);
    ASSERT_EQ(read.records.size(), 40001u);
    EXPECT_FALSE(read.error);
    EXPECT_EQ(read.records[39999].second, QStringList({QStringLiteral("39998"), QStringLiteral("华美, \"洗涤\"\nline 39998")}));
    EXPECT_EQ(read.records[39999].first, 2 + 2 * 39998);
}

} // namespace
} // namespace kehu
