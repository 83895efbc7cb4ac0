#include "cli/texttable.h"

#include <QTextStream>

#include <gtest/gtest.h>

namespace kehu::cli {
namespace {

QString aligned(const TextTable &table)
{
    QString text;
    QTextStream out(&text);
    table.writeAligned(out);
    out.flush();
    return text;
}

TEST(TextTableTest, ChineseCharactersCountAsTwoColumns)
{
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("苏州华美")), 8);
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("Acme")), 4);
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("ＡＢ")), 4); // full-width Latin
    EXPECT_EQ(TextTable::displayWidth(QStringLiteral("e\u0301")), 1); // e + combining acute
}

TEST(TextTableTest, AlignsMixedWidthColumns)
{
    TextTable table({ QStringLiteral("Name"), QStringLiteral("Region") });
    table.addRow({ QStringLiteral("苏州华美"), QStringLiteral("华东") });
    table.addRow({ QStringLiteral("Acme"), QStringLiteral("East") });
    EXPECT_EQ(aligned(table),
        QStringLiteral("Name      Region\n"
                       "苏州华美  华东\n"
                       "Acme      East\n"));
}

TEST(TextTableTest, RightAlignedColumnPadsOnTheLeft)
{
    TextTable table({ QStringLiteral("Code"), QStringLiteral("Sales") });
    table.setAlignment(1, TextTable::Align::Right);
    table.addRow({ QStringLiteral("K1"), QStringLiteral("1500.00") });
    table.addRow({ QStringLiteral("K2"), QStringLiteral("0.00") });
    EXPECT_EQ(aligned(table),
        QStringLiteral("Code    Sales\n"
                       "K1    1500.00\n"
                       "K2       0.00\n"));
}

TEST(TextTableTest, CsvQuotesOnlyWhereNeeded)
{
    EXPECT_EQ(TextTable::csvField(QStringLiteral("苏州华美")), QStringLiteral("苏州华美"));
    EXPECT_EQ(TextTable::csvField(QStringLiteral("Acme, \"Best\"")), QStringLiteral("\"Acme, \"\"Best\"\"\""));
    EXPECT_EQ(TextTable::csvField(QStringLiteral("two\nlines")), QStringLiteral("\"two\nlines\""));
}

} // namespace
} // namespace kehu::cli
