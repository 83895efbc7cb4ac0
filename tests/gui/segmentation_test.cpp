// The Segmentation tab: the summary agrees with the domain's classifier on the same file, a
// new measure re-classifies without reading the file again, the limits are saved, and
// clicking a class filters the customer list to exactly that class until the segment is cleared.

#include "guitestsupport.h"

#include "app/abcbreakdownchartview.h"
#include "app/abcbreakdownmodel.h"
#include "app/abcsharechartview.h"
#include "app/abcstrategydialog.h"
#include "app/customerclasspanel.h"
#include "app/displayformat.h"
#include "app/filterbar.h"
#include "app/segmentationanalysis.h"
#include "app/segmentationexporter.h"
#include "app/paretochartview.h"
#include "app/segmentationsummarymodel.h"
#include "app/segmentationview.h"
#include "domain/abcclassifier.h"
#include "storage/customervaluerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/customerrepository.h"
#include "storage/demodatagenerator.h"
#include "storage/transactionrepository.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QImage>
#include <QPlainTextEdit>
#include <QStringEncoder>
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

void expectSameAnalysis(const SegmentationAnalysis &fast, const SegmentationAnalysis &direct)
{
    EXPECT_EQ(fast.result.ranked, direct.result.ranked);
    EXPECT_EQ(fast.result.classes, direct.result.classes);
    EXPECT_EQ(fast.cross.counts, direct.cross.counts);
    EXPECT_EQ(fast.cross.aBySalesCByProfit, direct.cross.aBySalesCByProfit);
    EXPECT_EQ(fast.movers.counts, direct.movers.counts);
    EXPECT_EQ(fast.movers.up, direct.movers.up);
    EXPECT_EQ(fast.movers.down, direct.movers.down);
    EXPECT_EQ(fast.buckets, direct.buckets);
    EXPECT_EQ(fast.breakdowns, direct.breakdowns);
}

// The view's analysis re-walks rankings made once per period; it must equal classifying,
// cross-tabulating and comparing from scratch, for both measures and several limits, and
// when the previous period holds other customers in another order.
TEST_F(SegmentationTest, FastAnalysisEqualsTheDomainFunctions)
{
    SegmentationValues values = m_view->loader()->values();
    ASSERT_TRUE(values.current && values.previous);
    ASSERT_TRUE(values.currentRanking[0]);
    auto shuffled = std::make_shared<std::vector<CustomerValue>>(*values.previous);
    std::reverse(shuffled->begin(), shuffled->end());
    shuffled->erase(shuffled->begin(), shuffled->begin() + 5);
    SegmentationValues other;
    other.current = values.current;
    other.previous = shuffled;
    other.rank();
    const AbcThresholds limits[] = {AbcThresholds(), *AbcThresholds::fromHundredths(7000, 8000),
                                    *AbcThresholds::fromHundredths(3000, 9500)};
    for (const SegmentationValues &v : {values, other}) {
        for (AbcMeasure measure : {AbcMeasure::Profit, AbcMeasure::Sales}) {
            for (AbcThresholds t : limits) {
                SCOPED_TRACE(toKey(measure).toStdString() + " " + std::to_string(t.aHundredths()));
                expectSameAnalysis(SegmentationAnalysis::compute(v, measure, t),
                                   SegmentationAnalysis::computeDirectly(v, measure, t));
            }
        }
    }
    // Somebody moved, or the comparison would prove little.
    const SegmentationAnalysis analysis = SegmentationAnalysis::compute(other, AbcMeasure::Profit, AbcThresholds());
    EXPECT_FALSE(analysis.movers.up.empty() && analysis.movers.down.empty());
}

// The five hand-made customers (guitestsupport.h) with one order each a month ago:
//   H001 East   sales 5 000  profit 4 000
//   H002 North  sales 3 000  profit 2 000
//   H003 East   sales 2 000  profit 1 500
//   H004 South  sales 1 000  profit   500
//   H005 South  no orders
// By profit (positive total 8 000): H001 A (0 % before), H002 B (50 %: not below 50),
// H003 B (75 %), H004 C (93.75 %), H005 C (0). By sales (11 000): H001 A, H002 A (45.5 %),
// H003 B (72.7 %), H004 C (90.9 %), H005 C.
class SegmentationHandMadeTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        const QString file = path(QStringLiteral("hand.sqlite"));
        writeHandMadeCustomers(file);
        {
            Database db(file);
            const QDate day = QDate::currentDate().addDays(-30);
            const std::pair<const char *, std::pair<qint64, qint64>> orders[] = {
                    {"H001", {5000'00, 1000'00}}, {"H002", {3000'00, 1000'00}},
                    {"H003", {2000'00, 500'00}}, {"H004", {1000'00, 500'00}}};
            int number = 0;
            for (const auto &[code, money] : orders) {
                Order o;
                o.customerId = *CustomerRepository(db).idOfCode(QString::fromLatin1(code));
                o.orderNo = QStringLiteral("SO-%1").arg(++number);
                o.date = day;
                o.productModel = QStringLiteral("KH-W100");
                o.quantity = 1;
                o.amount = Money::fromFen(money.first);
                o.cost = Money::fromFen(money.second);
                TransactionRepository(db).addOrder(o);
            }
        }
        openWindow(file);
        m_window->openSegmentation();
        m_view = m_window->segmentationView();
        ASSERT_NE(m_view, nullptr);
        ASSERT_TRUE(waitUntil([this] { return !m_view->loader()->isBusy() && m_view->summaryModel()->rowCount() == 4; }));
    }

    QString cell(int row, int column) const
    {
        const AbcBreakdownModel *model = m_view->breakdownPanel()->model();
        return model->index(row, column).data().toString();
    }

    static QString money(qint64 yuan) { return formatMoney(Money::fromFen(yuan * 100)); }

    void clickBreakdownCell(int row, int column)
    {
        m_view->resultTabs()->setCurrentIndex(1);
        QTableView *table = m_view->breakdownPanel()->table();
        QCoreApplication::processEvents();
        const QRect rect = table->visualRect(table->model()->index(row, column));
        ASSERT_FALSE(rect.isEmpty());
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, rect.center());
    }

    QString exportedPath(const QString &name) const { return path(name); }

    SegmentationView *m_view = nullptr;
};

TEST_F(SegmentationHandMadeTest, BreakdownByRegionMatchesTheHandCountedFigures)
{
    m_view->resultTabs()->setCurrentIndex(1);
    m_view->breakdownPanel()->setKind(ListKind::Region);
    const AbcBreakdownModel *model = m_view->breakdownPanel()->model();
    using M = AbcBreakdownModel;
    ASSERT_EQ(model->rowCount(), 4); // East, North, South by profit, then the total
    EXPECT_TRUE(cell(0, M::Group).contains(QStringLiteral("East"))) << cell(0, M::Group).toStdString();
    EXPECT_TRUE(cell(1, M::Group).contains(QStringLiteral("North"))) << cell(1, M::Group).toStdString();
    EXPECT_TRUE(cell(2, M::Group).contains(QStringLiteral("South"))) << cell(2, M::Group).toStdString();
    const QStringList east = {QStringLiteral("1"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("2"),
                              money(4000), money(1500), money(0), money(5500)};
    const QStringList north = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("0"), QStringLiteral("1"),
                               money(0), money(2000), money(0), money(2000)};
    const QStringList south = {QStringLiteral("0"), QStringLiteral("0"), QStringLiteral("2"), QStringLiteral("2"),
                               money(0), money(0), money(500), money(500)};
    const QStringList total = {QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("2"), QStringLiteral("5"),
                               money(4000), money(3500), money(500), money(8000)};
    const QStringList *expected[] = {&east, &north, &south, &total};
    for (int row = 0; row < 4; ++row) {
        for (int column = M::CustomersA; column <= M::Value; ++column)
            EXPECT_EQ(cell(row, column), expected[row]->at(column - 1)) << "row " << row << " column " << column;
    }
    EXPECT_EQ(cell(3, M::Group), QStringLiteral("Total"));
    EXPECT_EQ(model->headerData(M::ValueA, Qt::Horizontal).toString(), QStringLiteral("A profit"));
    EXPECT_EQ(m_view->breakdownPanel()->chartView()->barCount(), 3);

    // By sales the value columns follow: East holds H001 A 5 000 and H003 B 2 000.
    m_view->findChild<QComboBox *>(QStringLiteral("measureCombo"))->setCurrentIndex(1);
    ASSERT_TRUE(waitUntil([this] {
        return !m_view->loader()->isBusy() && m_view->loader()->analysis().result.measure == AbcMeasure::Sales;
    }));
    EXPECT_EQ(cell(0, M::ValueA), money(5000));
    EXPECT_EQ(cell(0, M::ValueB), money(2000));
    EXPECT_EQ(cell(1, M::CustomersA), QStringLiteral("1")); // H002 is A by sales
    EXPECT_EQ(model->headerData(M::Value, Qt::Horizontal).toString(), QStringLiteral("Sales"));

    // Hidden, the breakdown waits; shown again, it follows the measure chosen meanwhile.
    m_view->resultTabs()->setCurrentIndex(0);
    m_view->findChild<QComboBox *>(QStringLiteral("measureCombo"))->setCurrentIndex(0);
    ASSERT_TRUE(waitUntil([this] {
        return !m_view->loader()->isBusy() && m_view->loader()->analysis().result.measure == AbcMeasure::Profit;
    }));
    m_view->resultTabs()->setCurrentIndex(1);
    EXPECT_EQ(cell(0, M::ValueA), money(4000));
}

TEST_F(SegmentationHandMadeTest, BreakdownByIndustryGroupsHotels)
{
    m_view->resultTabs()->setCurrentIndex(1);
    m_view->breakdownPanel()->setKind(ListKind::Industry);
    const AbcBreakdownModel *model = m_view->breakdownPanel()->model();
    // Laundry H001 4 000, Hotel H002 + H005 2 000, Hospital H003 1 500, School H004 500; total row.
    ASSERT_EQ(model->rowCount(), 5);
    EXPECT_TRUE(cell(1, AbcBreakdownModel::Group).contains(QStringLiteral("Hotel")));
    EXPECT_EQ(cell(1, AbcBreakdownModel::CustomersB), QStringLiteral("1"));
    EXPECT_EQ(cell(1, AbcBreakdownModel::CustomersC), QStringLiteral("1"));
    EXPECT_EQ(cell(1, AbcBreakdownModel::Customers), QStringLiteral("2"));
}

TEST_F(SegmentationHandMadeTest, ClickingABreakdownCellListsThoseCustomers)
{
    m_view->resultTabs()->setCurrentIndex(1);
    m_view->breakdownPanel()->setKind(ListKind::Region);
    clickBreakdownCell(0, AbcBreakdownModel::CustomersB); // East, class B: H003
    EXPECT_EQ(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->currentIndex(), 0);
    EXPECT_EQ(visibleCodes(), QStringList {QStringLiteral("H003")});
    const QString label = m_window->findChild<QLabel *>(QStringLiteral("segmentLabel"))->text();
    EXPECT_TRUE(label.contains(QStringLiteral("East"))) << label.toStdString();

    m_window->openSegmentation();
    clickBreakdownCell(2, AbcBreakdownModel::Group); // South, every class
    EXPECT_EQ(visibleCodes(), (QStringList {QStringLiteral("H004"), QStringLiteral("H005")}));

    m_window->openSegmentation();
    clickBreakdownCell(3, AbcBreakdownModel::ValueB); // total row, class B: H002 and H003
    EXPECT_EQ(visibleCodes(), (QStringList {QStringLiteral("H002"), QStringLiteral("H003")}));

    // A bar part of the chart: the top bar is East, its A part H001.
    m_window->openSegmentation();
    Q_EMIT m_view->breakdownPanel()->chartView()->partClicked(0, AbcClass::A);
    EXPECT_EQ(visibleCodes(), QStringList {QStringLiteral("H001")});
}

TEST_F(SegmentationHandMadeTest, ShareChartDrawsTheSummaryShares)
{
    const AbcShareChartView *shares = m_view->shareChartView();
    EXPECT_DOUBLE_EQ(shares->drawnPercent(AbcClass::A, 0), 20.0); // 1 of 5 customers
    EXPECT_DOUBLE_EQ(shares->drawnPercent(AbcClass::B, 0), 40.0);
    EXPECT_DOUBLE_EQ(shares->drawnPercent(AbcClass::A, 1), 5000.0 / 11000.0 * 100.0);
    EXPECT_DOUBLE_EQ(shares->drawnPercent(AbcClass::A, 2), 50.0); // 4 000 of 8 000 profit
    EXPECT_DOUBLE_EQ(shares->drawnPercent(AbcClass::C, 2), 6.25);
    Q_EMIT const_cast<AbcShareChartView *>(shares)->classClicked(AbcClass::B);
    EXPECT_EQ(visibleCodes(), (QStringList {QStringLiteral("H002"), QStringLiteral("H003")}));
}

// Nobody bought anything in the previous period, so everyone was C: H001 moved up to A,
// H002 and H003 to B, and H004 and H005 stayed C.
TEST_F(SegmentationHandMadeTest, MoversCellsAndRowsListTheirCustomers)
{
    m_view->showMovedCustomers(AbcClass::C, AbcClass::B);
    EXPECT_EQ(visibleCodes(), (QStringList {QStringLiteral("H002"), QStringLiteral("H003")}));
    m_window->openSegmentation();
    m_view->showMovedCustomers(AbcClass::C, AbcClass::C);
    EXPECT_EQ(visibleCodes(), (QStringList {QStringLiteral("H004"), QStringLiteral("H005")}));
    m_window->openSegmentation();
    m_view->showMovedCustomers(AbcClass::A, AbcClass::C);
    EXPECT_EQ(visibleRows(), 0);

    // The first row of the movers' list is the best ranked mover, H001.
    m_window->openSegmentation();
    auto *list = m_view->findChild<QTableView *>(QStringLiteral("moversList"));
    ASSERT_EQ(list->model()->rowCount(), 3);
    EXPECT_EQ(list->model()->index(0, 1).data().toString(), QStringLiteral("H001"));
    QCoreApplication::processEvents();
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(list->model()->index(0, 1)).center());
    EXPECT_EQ(visibleCodes(), QStringList {QStringLiteral("H001")});
}

QByteArray readAll(const QString &file)
{
    QFile f(file);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

TEST_F(SegmentationHandMadeTest, ExportsSummaryAndRankingAsCsvAndTheChartAsPng)
{
    const QString summaryPath = path(QStringLiteral("summary.csv"));
    m_view->setExportEncoding(TextEncoding::Utf8, false);
    ASSERT_TRUE(m_view->exportSummary(summaryPath));
    EXPECT_EQ(readAll(summaryPath),
              QByteArray("class,customers,share_of_customers,sales,share_of_sales,profit,share_of_profit\r\n"
                         "A,1,0.2,5000.00,0.45454545454545453,4000.00,0.5\r\n"
                         "B,2,0.4,5000.00,0.45454545454545453,3500.00,0.4375\r\n"
                         "C,2,0.4,1000.00,0.09090909090909091,500.00,0.0625\r\n"
                         "total,5,1,11000.00,1,8000.00,1\r\n"));

    const QString ranking = QStringLiteral(
            "rank,code,name,sales,profit,value,share,cumulative_before,class\r\n"
            "1,H001,苏州华美洗涤有限公司,5000.00,4000.00,4000.00,0.5,0,A\r\n"
            "2,H002,北京长城大酒店,3000.00,2000.00,2000.00,0.25,0.5,B\r\n"
            "3,H003,Shanghai Pacific Hospital,2000.00,1500.00,1500.00,0.1875,0.75,B\r\n"
            "4,H004,广州白云职业学院,1000.00,500.00,500.00,0.0625,0.9375,C\r\n"
            "5,H005,华美酒店管理有限公司,0.00,0.00,0.00,0,1,C\r\n");
    const QString utf8Path = path(QStringLiteral("ranking-utf8.csv"));
    m_view->setExportEncoding(TextEncoding::Utf8, true);
    ASSERT_TRUE(m_view->exportRanking(utf8Path));
    EXPECT_EQ(readAll(utf8Path), QByteArray("\xEF\xBB\xBF") + ranking.toUtf8());

    const QString gbPath = path(QStringLiteral("ranking-gb18030.csv"));
    m_view->setExportEncoding(TextEncoding::Gb18030, false);
    ASSERT_TRUE(m_view->exportRanking(gbPath));
    const QByteArray gb = readAll(gbPath);
    QStringEncoder encoder("GB18030");
    EXPECT_EQ(gb, QByteArray(encoder.encode(ranking)));
    EXPECT_TRUE(gb.contains("\xBB\xAA\xC3\xC0")); // 华美 in GB18030 (GBK) bytes
    EXPECT_FALSE(gb.startsWith("\xEF\xBB\xBF"));

    // The menu's way: written off the GUI thread, the same bytes.
    const QString backgroundPath = path(QStringLiteral("ranking-background.csv"));
    bool finished = false;
    bool written = false;
    QObject::connect(m_view, &SegmentationView::exportFinished, m_view, [&](bool ok, const QString &) {
        finished = true;
        written = ok;
    });
    m_view->exportRankingInBackground(backgroundPath);
    ASSERT_TRUE(waitUntil([&] { return finished; }));
    EXPECT_TRUE(written);
    EXPECT_EQ(readAll(backgroundPath), gb);

    m_view->resize(1200, 800);
    m_view->show();
    QCoreApplication::processEvents();
    const QString pngPath = path(QStringLiteral("pareto.png"));
    ASSERT_TRUE(m_view->exportParetoChart(pngPath));
    const QImage image(pngPath);
    ASSERT_FALSE(image.isNull());
    EXPECT_EQ(image.size(), m_view->chartView()->size() * 2);

    // A file that cannot be written is refused with a message, not half written.
    EXPECT_FALSE(SegmentationExporter(TextEncoding::Utf8, false).writeSummary(path(QStringLiteral("no/such/dir/x.csv")),
                                                                               m_view->loader()->analysis().result));
}

class CustomerClassTest : public SegmentationHandMadeTest
{
protected:
    CustomerClassPanel *openPanel(const QString &code)
    {
        EXPECT_TRUE(m_window->openCustomerByCode(code));
        auto *panel = m_window->currentPage()->findChild<CustomerClassPanel *>(QStringLiteral("customerClassPanel"));
        EXPECT_NE(panel, nullptr);
        if (panel) {
            EXPECT_TRUE(waitUntil([panel] { return panel->isReady(); }));
        }
        return panel;
    }
};

TEST_F(CustomerClassTest, PageShowsTheClassAndItsStrategy)
{
    CustomerClassPanel *a = openPanel(QStringLiteral("H001"));
    ASSERT_NE(a, nullptr);
    EXPECT_EQ(a->abcClass(), AbcClass::A);
    EXPECT_TRUE(a->classText().contains(QStringLiteral("rank 1 of 5"))) << a->classText().toStdString();
    EXPECT_TRUE(a->strategyText().contains(defaultAbcStrategy(AbcClass::A))) << a->strategyText().toStdString();
    EXPECT_FALSE(a->isHidden());

    CustomerClassPanel *b = openPanel(QStringLiteral("H002"));
    ASSERT_NE(b, nullptr);
    EXPECT_EQ(b->abcClass(), AbcClass::B); // 50 % before it by profit
    EXPECT_TRUE(b->strategyText().contains(defaultAbcStrategy(AbcClass::B)));
    EXPECT_EQ(openPanel(QStringLiteral("H005"))->abcClass(), AbcClass::C);
}

TEST_F(CustomerClassTest, EditedStrategyAndMeasureShowOnThePage)
{
    CustomerClassPanel *panel = openPanel(QStringLiteral("H002"));
    ASSERT_NE(panel, nullptr);
    AbcStrategyDialog dialog(*m_window->database());
    dialog.textEdit(AbcClass::A)->setPlainText(QStringLiteral("专人对接，每月拜访。"));
    dialog.measureCombo()->setCurrentIndex(dialog.measureCombo()->findData(int(AbcMeasure::Sales)));
    ASSERT_TRUE(dialog.save());
    panel->refresh();
    ASSERT_TRUE(waitUntil([panel] { return panel->isReady(); }));
    EXPECT_EQ(panel->abcClass(), AbcClass::A); // by sales H002 has 45.5 % before it
    EXPECT_TRUE(panel->classText().contains(QStringLiteral("by sales"))) << panel->classText().toStdString();
    EXPECT_TRUE(panel->strategyText().contains(QStringLiteral("专人对接，每月拜访。")));
    EXPECT_EQ(DatabaseSettings(*m_window->database()).abcStrategy(AbcClass::A), QStringLiteral("专人对接，每月拜访。"));
}

TEST_F(CustomerClassTest, NewCustomerPageHasNoClass)
{
    m_window->newCustomer();
    auto *panel = m_window->currentPage()->findChild<CustomerClassPanel *>(QStringLiteral("customerClassPanel"));
    ASSERT_NE(panel, nullptr);
    EXPECT_TRUE(panel->isHidden());
}

} // namespace
} // namespace kehu::test
