// File ▸ Export…: the current list, filter applied, written as the CSV file the import reads,
// in UTF-8 with a BOM or in GB18030.

#include "guitestsupport.h"

#include <QSignalSpy>
#include <QStringDecoder>

namespace kehu::test {
namespace {

class ExportTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        writeHandMadeCustomers(path(QStringLiteral("hand.sqlite")));
        openWindow(path(QStringLiteral("hand.sqlite")));
    }

    qint64 exportAndWait(const QString &file, const ExportOptions &options, bool onlyListed)
    {
        QSignalSpy done(m_window.get(), &MainWindow::exported);
        m_window->exportList(file, options, onlyListed);
        if (!waitUntil([&done] { return done.count() > 0; }))
            return -1;
        return done.first().first().toLongLong();
    }
};

TEST_F(ExportTest, WritesOnlyTheFilteredCustomersInUtf8WithBom)
{
    typeFilter(QStringLiteral("华美"));
    ASSERT_EQ(visibleCodes(), QStringList({"H001", "H005"}));
    ExportOptions options;
    options.kind = ImportKind::Customers;
    options.bom = true;
    const QString file = path(QStringLiteral("listed.csv"));
    ASSERT_EQ(exportAndWait(file, options, true), 2);

    const QByteArray bytes = fileBytes(file);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[1].startsWith(QStringLiteral("H001,苏州华美洗涤有限公司"))) << lines[1].toStdString();
    EXPECT_TRUE(lines[2].startsWith(QStringLiteral("H005,华美酒店管理有限公司"))) << lines[2].toStdString();
}

TEST_F(ExportTest, WritesEveryoneInGb18030)
{
    typeFilter(QStringLiteral("华美"));
    ExportOptions options;
    options.kind = ImportKind::Customers;
    options.encoding = TextEncoding::Gb18030;
    const QString file = path(QStringLiteral("all.csv"));
    ASSERT_EQ(exportAndWait(file, options, false), 5);

    QStringDecoder gb18030("GB18030");
    const QString text = gb18030(fileBytes(file));
    EXPECT_FALSE(gb18030.hasError());
    EXPECT_TRUE(text.contains(QStringLiteral("\r\nH002,北京长城大酒店,"))) << text.toStdString();
}

} // namespace
} // namespace kehu::test
