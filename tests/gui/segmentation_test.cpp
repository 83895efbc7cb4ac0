// The Segmentation tab: the summary agrees with the domain's classifier on the same file, a
// new measure re-classifies without reading the file again, the limits are saved, and
// clicking a class filters the customer list to exactly that class until the segment is cleared.

#include "guitestsupport.h"

#include "app/filterbar.h"
#include "app/paretochartview.h"
#include "app/segmentationsummarymodel.h"
#include "app/segmentationview.h"
#include "domain/abcclassifier.h"
#include "storage/customervaluerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/demodatagenerator.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include <algorithm>

namespace kehu::test {
namespace {

class SegmentationTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        {
            Database db(path(QStringLiteral("demo.sqlite")));
            DemoDataGenerator::Options options;
            options.customers = 60;
            options.orders = 1200;
            options.seed = 7;
            DemoDataGenerator::generate(db, options);
        }
        openWindow(path(QStringLiteral("demo.sqlite")));
        m_window->openSegmentation();
        m_view = m_window->segmentationView();
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(waitForResult());
    }

    bool waitForResult()
    {
        return waitUntil([this] { return !m_view->loader()->isBusy() && m_view->summaryModel()->rowCount() == 4; });
    }

    // What the domain says for the same file, period and limits.
    AbcResult expected(AbcMeasure measure, AbcThresholds thresholds) const
    {
        Database db(path(QStringLiteral("demo.sqlite")));
        CustomerValueQuery query;
        query.period = Period::lastTwelveMonths(QDate::currentDate());
        return classifyAbc(CustomerValueRepository(db).values(query), measure, thresholds);
    }

    int shownCustomers(AbcClass c) const
    {
        const QModelIndex index = m_view->summaryModel()->index(abcIndex(c), SegmentationSummaryModel::Customers);
        return QLocale().toInt(index.data().toString());
    }

    static QStringList codesOf(const AbcResult &result, AbcClass c)
    {
        QStringList codes;
        for (const AbcRankedCustomer &line : result.ranked) {
            if (line.abcClass == c)
                codes << line.customer.code;
        }
        std::sort(codes.begin(), codes.end());
        return codes;
    }

    void clickSummaryRow(int row)
    {
        auto *table = m_view->findChild<QTableView *>(QStringLiteral("summaryTable"));
        const QRect rect = table->visualRect(table->model()->index(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    SegmentationView *m_view = nullptr;
};

TEST_F(SegmentationTest, SummaryCountsMatchTheClassifier)
{
    const AbcResult result = expected(AbcMeasure::Profit, AbcThresholds());
    ASSERT_EQ(result.ranked.size(), 60u);
    for (AbcClass c : AllAbcClasses)
        EXPECT_EQ(shownCustomers(c), result.summary(c).customers) << toKey(c).toStdString();
    EXPECT_EQ(m_view->summaryModel()->index(3, SegmentationSummaryModel::Customers).data().toString(), QStringLiteral("60"));
    // At most 100 bars: 60 customers are 60 bars, the first one the top customer.
    EXPECT_TRUE(m_view->chartView()->barText(0).contains(result.ranked.front().customer.code));
}

TEST_F(SegmentationTest, NewMeasureReclassifiesWithoutReadingAgain)
{
    const auto valuesBefore = m_view->loader()->values().current;
    m_view->findChild<QComboBox *>(QStringLiteral("measureCombo"))->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil([this] {
        return !m_view->loader()->isBusy() && m_view->loader()->analysis().result.measure == AbcMeasure::Sales;
    }));
    EXPECT_EQ(m_view->loader()->values().current, valuesBefore); // the same values, not a new read
    const AbcResult result = expected(AbcMeasure::Sales, AbcThresholds());
    for (AbcClass c : AllAbcClasses)
        EXPECT_EQ(shownCustomers(c), result.summary(c).customers) << toKey(c).toStdString();
}

TEST_F(SegmentationTest, ChangedLimitsAreSavedAndApplied)
{
    m_view->findChild<QDoubleSpinBox *>(QStringLiteral("aLimit"))->setValue(70.0);
    const AbcThresholds limits = *AbcThresholds::fromHundredths(7000, 8000);
    ASSERT_TRUE(waitUntil([&] {
        return !m_view->loader()->isBusy() && m_view->loader()->analysis().result.thresholds == limits;
    }));
    EXPECT_EQ(DatabaseSettings(*m_window->database()).abcThresholds(), limits);
    const AbcResult result = expected(AbcMeasure::Profit, limits);
    for (AbcClass c : AllAbcClasses)
        EXPECT_EQ(shownCustomers(c), result.summary(c).customers) << toKey(c).toStdString();
}

TEST_F(SegmentationTest, ClickingClassAListsExactlyTheACustomers)
{
    m_view->findChild<QComboBox *>(QStringLiteral("measureCombo"))->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil([this] {
        return !m_view->loader()->isBusy() && m_view->loader()->analysis().result.measure == AbcMeasure::Sales;
    }));
    clickSummaryRow(0);

    const QStringList aCodes = codesOf(expected(AbcMeasure::Sales, AbcThresholds()), AbcClass::A);
    ASSERT_FALSE(aCodes.isEmpty());
    EXPECT_EQ(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 0);
    EXPECT_EQ(visibleCodes(), aCodes);
    auto *label = m_window->findChild<QLabel *>(QStringLiteral("segmentLabel"));
    EXPECT_TRUE(label->isVisible());
    EXPECT_TRUE(label->text().contains(QStringLiteral("A (key accounts)"))) << label->text().toStdString();

    // Clearing the segment shows everyone again.
    m_window->findChild<QToolButton *>(QStringLiteral("clearSegmentButton"))->click();
    EXPECT_EQ(visibleRows(), 60);
    EXPECT_FALSE(label->isVisible());
}

TEST_F(SegmentationTest, ClosesWithTheTabAndReopens)
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    ASSERT_EQ(tabs->count(), 2);
    Q_EMIT tabs->tabCloseRequested(1);
    EXPECT_EQ(tabs->count(), 1);
    m_window->openSegmentation();
    EXPECT_EQ(tabs->count(), 2);
}

} // namespace
} // namespace kehu::test
