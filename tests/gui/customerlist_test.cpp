// The customer list: filtering as you type, the filter bar's combos, sorting, the count label,
// and the header layout kept across sessions. Expectations come from the five hand-made
// customers listed in guitestsupport.h.

#include "guitestsupport.h"

#include "app/customerlistmodel.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"

#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTableView>
#include <QTest>

namespace kehu::test {
namespace {

class CustomerListTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        writeHandMadeCustomers(path(QStringLiteral("hand.sqlite")));
        openWindow(path(QStringLiteral("hand.sqlite")));
    }
};

TEST_F(CustomerListTest, ShowsEveryCustomerInCodeOrder)
{
    EXPECT_EQ(visibleCodes(), QStringList({"H001", "H002", "H003", "H004", "H005"}));
    EXPECT_EQ(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("5 of 5 customers"));
}

TEST_F(CustomerListTest, FilterMatchesChineseSubstringOfName)
{
    typeFilter(QStringLiteral("长城"));
    EXPECT_EQ(visibleCodes(), QStringList({"H002"}));
    typeFilter(QStringLiteral("华美"));
    EXPECT_EQ(visibleCodes(), QStringList({"H001", "H005"}));
    EXPECT_EQ(m_window->findChild<QLabel *>(QStringLiteral("countLabel"))->text(), QStringLiteral("2 of 5 customers"));
}

TEST_F(CustomerListTest, FilterMatchesContactPhone)
{
    typeFilter(QStringLiteral("1391111"));
    EXPECT_EQ(visibleCodes(), QStringList({"H002"}));
}

TEST_F(CustomerListTest, FilterMatchesContactName)
{
    typeFilter(QStringLiteral("王芳"));
    EXPECT_EQ(visibleCodes(), QStringList({"H004"}));
}

TEST_F(CustomerListTest, FilterIgnoresCaseAndFullWidthForms)
{
    typeFilter(QStringLiteral("ＨＯＳＰＩＴＡＬ"));
    EXPECT_EQ(visibleCodes(), QStringList({"H003"}));
    typeFilter(QStringLiteral("h00"));
    EXPECT_EQ(visibleRows(), 5);
}

TEST_F(CustomerListTest, DeletingFilterTextWidensTheListAgain)
{
    typeFilter(QStringLiteral("长城x"));
    EXPECT_EQ(visibleRows(), 0);
    QTest::keyClick(filterEdit(), Qt::Key_Backspace);
    EXPECT_EQ(visibleCodes(), QStringList({"H002"}));
    QTest::keyClick(filterEdit(), Qt::Key_Backspace);
    QTest::keyClick(filterEdit(), Qt::Key_Backspace);
    EXPECT_EQ(visibleRows(), 5);
}

TEST_F(CustomerListTest, AnEmptyResultSaysNothingMatchesTheFilter)
{
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("viewportHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_TRUE(hint->isHidden());
    typeFilter(QStringLiteral("长城x"));
    EXPECT_FALSE(hint->isHidden());
    EXPECT_EQ(hint->text(), QStringLiteral("No customer matches the filter."));
    QTest::keyClick(filterEdit(), Qt::Key_Backspace);
    EXPECT_TRUE(hint->isHidden());
}

TEST_F(MainWindowTest, AnEmptyDatabaseSaysHowToAddCustomers)
{
    const QString file = path(QStringLiteral("empty.sqlite"));
    { Database created(file); }
    openWindow(file);
    auto *hint = m_window->findChild<QLabel *>(QStringLiteral("viewportHint"));
    ASSERT_NE(hint, nullptr);
    EXPECT_FALSE(hint->isHidden());
    EXPECT_TRUE(hint->text().startsWith(QStringLiteral("No customers yet.")));
    EXPECT_TRUE(hint->text().contains(QStringLiteral("Ctrl+N")));
}

TEST_F(CustomerListTest, RegionComboKeepsThatRegionOnly)
{
    auto *region = m_window->findChild<QComboBox *>(QStringLiteral("regionFilter"));
    ASSERT_NE(region, nullptr);
    region->setCurrentIndex(region->findText(QStringLiteral("East")));
    EXPECT_EQ(visibleCodes(), QStringList({"H001", "H003"}));
    // Combined with text: East and "华美" leaves the Suzhou laundry alone.
    typeFilter(QStringLiteral("华美"));
    EXPECT_EQ(visibleCodes(), QStringList({"H001"}));
}

TEST_F(CustomerListTest, IndustryComboKeepsThatIndustryOnly)
{
    auto *industry = m_window->findChild<QComboBox *>(QStringLiteral("industryFilter"));
    industry->setCurrentIndex(industry->findText(QStringLiteral("Hotel")));
    EXPECT_EQ(visibleCodes(), QStringList({"H002", "H005"}));
}

TEST_F(CustomerListTest, SortByNameAscendingPutsLatinNamesFirst)
{
    // Names compare by code point: "Shanghai…" (ASCII) < 北 U+5317 < 华 U+534E < 广 U+5E7F < 苏 U+82CF.
    m_window->listView()->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder);
    EXPECT_EQ(visibleCodes(), QStringList({"H003", "H002", "H005", "H004", "H001"}));
    m_window->listView()->sortByColumn(CustomerListModel::Name, Qt::DescendingOrder);
    EXPECT_EQ(visibleCodes().first(), QStringLiteral("H001"));
}

TEST_F(CustomerListTest, FilterKeepsTheSortOrder)
{
    m_window->listView()->sortByColumn(CustomerListModel::Code, Qt::DescendingOrder);
    typeFilter(QStringLiteral("华美"));
    EXPECT_EQ(visibleCodes(), QStringList({"H005", "H001"}));
}

TEST_F(CustomerListTest, SortColumnIsRememberedForTheNextWindow)
{
    m_window->listView()->sortByColumn(CustomerListModel::Name, Qt::DescendingOrder);
    closeWindow();
    openWindow(path(QStringLiteral("hand.sqlite")));
    QHeaderView *header = m_window->listView()->horizontalHeader();
    EXPECT_EQ(header->sortIndicatorSection(), int(CustomerListModel::Name));
    EXPECT_EQ(header->sortIndicatorOrder(), Qt::DescendingOrder);
    EXPECT_EQ(visibleCodes().first(), QStringLiteral("H001"));
    // Leave the default order for the other tests.
    m_window->listView()->sortByColumn(CustomerListModel::Code, Qt::AscendingOrder);
}

TEST_F(CustomerListTest, ArchivedCustomersShowOnlyWithShowArchived)
{
    Database db(path(QStringLiteral("hand.sqlite")));
    CustomerRepository(db).archive(*CustomerRepository(db).idOfCode(QStringLiteral("H004")), QDateTime::currentDateTimeUtc());
    closeWindow();
    openWindow(path(QStringLiteral("hand.sqlite")));
    EXPECT_EQ(visibleCodes(), QStringList({"H001", "H002", "H003", "H005"}));
    m_window->findChild<QAction *>(QStringLiteral("showArchivedAction"))->setChecked(true);
    EXPECT_EQ(visibleRows(), 5);
}

class DemoCustomerListTest : public MainWindowTest
{
};

TEST_F(DemoCustomerListTest, FullListReplacesTheFirstPage)
{
    const QString file = path(QStringLiteral("demo.sqlite"));
    int active = 0;
    {
        Database db(file);
        DemoDataGenerator::Options options;
        options.customers = 300;
        options.orders = 3000;
        options.seed = 7;
        DemoDataGenerator::generate(db, options);
        active = CustomerRepository(db).count(false);
    }
    openWindow(file);
    // More than the first page of 200, and exactly the active customers.
    EXPECT_EQ(visibleRows(), active);
    EXPECT_GT(visibleRows(), 200);
    typeFilter(QStringLiteral("C000123"));
    EXPECT_EQ(visibleCodes(), QStringList({"C000123"}));
}

} // namespace
} // namespace kehu::test

namespace kehu::test {
namespace {

TEST_F(CustomerListTest, SelectionFollowsItsCustomerWhenSorting)
{
    QTableView *table = m_window->listView();
    table->selectRow(visibleCodes().indexOf(QStringLiteral("H003")));
    table->sortByColumn(CustomerListModel::Name, Qt::AscendingOrder); // H003 moves to the top
    const QModelIndex current = table->selectionModel()->currentIndex();
    ASSERT_TRUE(current.isValid());
    EXPECT_EQ(current.row(), 0);
    EXPECT_EQ(m_window->listModel()->index(current.row(), 0).data().toString(), QStringLiteral("H003"));
}

} // namespace
} // namespace kehu::test
