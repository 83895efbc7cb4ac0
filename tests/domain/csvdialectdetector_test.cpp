#include "domain/csvdialectdetector.h"

#include "testsupport.h"

namespace kehu {
namespace {

using Verdict = CsvDialectDetector::Verdict;

TEST(CsvDialectDetectorTest, ValidUtf8WinsWithOrWithoutBom)
{
    auto plain = CsvDialectDetector::detect("编码,名称\nC1,华美\n", true);
    EXPECT_EQ(plain.verdict, Verdict::Csv);
    EXPECT_EQ(plain.dialect.encoding, TextEncoding::Utf8);
    EXPECT_FALSE(plain.dialect.bom);
    auto bom = CsvDialectDetector::detect("\xEF\xBB\xBF" "code,name\n", true);
    EXPECT_EQ(bom.dialect.encoding, TextEncoding::Utf8);
    EXPECT_TRUE(bom.dialect.bom);
}

TEST(CsvDialectDetectorTest, InvalidUtf8ThatDecodesAsGb18030IsGb18030)
{
    const auto result = CsvDialectDetector::detect("\xB1\xE0\xC2\xEB,\xC3\xFB\xB3\xC6\r\nC1,\xBB\xAA\xC3\xC0\r\n", true);
    EXPECT_EQ(result.verdict, Verdict::Csv);
    EXPECT_EQ(result.dialect.encoding, TextEncoding::Gb18030);
}

TEST(CsvDialectDetectorTest, ACharacterCutByTheSampleIsNotAnError)
{
    const QByteArray text = "code,name\nC1,华美";
    const auto result = CsvDialectDetector::detect(text.left(text.size() - 1), false);
    EXPECT_EQ(result.dialect.encoding, TextEncoding::Utf8);
}

TEST(CsvDialectDetectorTest, PicksTheConsistentDelimiter)
{
    EXPECT_EQ(CsvDialectDetector::detect("a,b,c\n1,2,3\n", true).dialect.delimiter, ',');
    EXPECT_EQ(CsvDialectDetector::detect("a\tb\tc\n1\t2\t3\n", true).dialect.delimiter, '\t');
    // Decimal commas in the data must not outvote the semicolons.
    EXPECT_EQ(CsvDialectDetector::detect("a;b\n\"1,5\";2,5\n3;4\n", true).dialect.delimiter, ';');
    EXPECT_EQ(CsvDialectDetector::detect("code\nC1\n", true).dialect.delimiter, ',');
}

TEST(CsvDialectDetectorTest, RecognisesWhatIsNotCsv)
{
    EXPECT_EQ(CsvDialectDetector::detect("", true).verdict, Verdict::Empty);
    EXPECT_EQ(CsvDialectDetector::detect("\xEF\xBB\xBF \r\n", true).verdict, Verdict::Empty);
    EXPECT_EQ(CsvDialectDetector::detect(QByteArray("PK\x03\x04\x14\x00", 6), true).verdict, Verdict::Spreadsheet);
    EXPECT_EQ(CsvDialectDetector::detect(QByteArray("\xFF\xFE" "c\0o\0", 6), true).verdict, Verdict::Utf16);
    EXPECT_EQ(CsvDialectDetector::detect(QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16), true).verdict, Verdict::Binary);
    EXPECT_EQ(CsvDialectDetector::detect("abc\xFF\xFF\xFF\n", true).verdict, Verdict::NotText);
}

TEST(CsvDialectDetectorTest, Utf8ValidationStopsAtBadBytes)
{
    bool invalid = false;
    EXPECT_EQ(CsvDialectDetector::validUtf8Prefix("ab\xC3\xA9" "cd", &invalid), 6);
    EXPECT_FALSE(invalid);
    EXPECT_EQ(CsvDialectDetector::validUtf8Prefix("ab\xC0\xAF", &invalid), 2); // overlong
    EXPECT_TRUE(invalid);
    EXPECT_EQ(CsvDialectDetector::validUtf8Prefix("ab\xE5\x8D", &invalid), 2); // cut, not bad
    EXPECT_FALSE(invalid);
    EXPECT_EQ(CsvDialectDetector::validUtf8Prefix("\xED\xA0\x80", &invalid), 0); // surrogate
    EXPECT_TRUE(invalid);
}

} // namespace
} // namespace kehu
