// Follow-ups in the app: the start page's list for the person at the desk, logging a
// follow-up on a customer page, the dialog's checks, and the Scorecard view with its CSV.

#include "guitestsupport.h"

#include "app/currentuser.h"
#include "app/customerpage.h"
#include "app/duefollowupsmodel.h"
#include "app/duefollowupspanel.h"
#include "app/followupdialog.h"
#include "app/followuplogmodel.h"
#include "app/followuppanel.h"
#include "app/followupsview.h"
#include "app/scorecardmodel.h"
#include "app/scorecardview.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/followuprepository.h"
#include "storage/referencelistrepository.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QCheckBox>
#include <QComboBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

namespace kehu::test {
namespace {

// Relative to today, as the app judges by the current date. No orders: every customer is C
// (365 days).
//   F1 王伟 created 400 days ago, never followed up → due 35 days ago: overdue
//   F2 李娜 created 400 days ago, never followed up → overdue, but not 王伟's
//   F3 王伟 followed up yesterday → due in 364 days
class FollowUpsGuiTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        CurrentUser::setName(QStringLiteral("王伟"));
        Database db(file());
        ReferenceListRepository listRepository(db);
        const qint64 wang = listRepository.findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
        const qint64 li = listRepository.findOrAdd(ListKind::AccountManager, QStringLiteral("李娜"));
        const ReferenceLists lists = listRepository.load();
        auto add = [&](const char *code, const char *name, qint64 manager) {
            Customer c;
            c.code = QString::fromLatin1(code);
            c.name = QString::fromUtf8(name);
            c.accountManagerId = manager;
            c.regionId = lists.regions.front().id;
            c.industryId = lists.industries.front().id;
            c.contacts = {Contact{0, QStringLiteral("张伟"), {}, ContactRole::Purchaser, {}, {}, {}}};
            CustomerRepository(db).create(c);
            return c.id;
        };
        f1 = add("F1", "苏州华美洗涤有限公司", wang);
        add("F2", "北京长城大酒店", li);
        const qint64 f3 = add("F3", "广州白云职业学院", wang);
        QSqlQuery created(db.connection());
        created.prepare(QStringLiteral("UPDATE customers SET created_at = ?"));
        created.addBindValue(QDateTime(QDate::currentDate().addDays(-400), QTime(12, 0)).toUTC().toString(Qt::ISODate));
        ASSERT_TRUE(created.exec());
        FollowUp f;
        f.customerId = f3;
        f.date = QDate::currentDate().addDays(-1);
        f.staff = QStringLiteral("王伟");
        f.content = QStringLiteral("回访");
        FollowUpRepository(db).add(f);
    }

    void TearDown() override
    {
        MainWindowTest::TearDown();
        CurrentUser::setName({});
    }

    QString file() const { return path(QStringLiteral("followups.sqlite")); }
    DueFollowUpsPanel *panel() const { return m_window->dueFollowUpsPanel(); }

    void waitForPanel()
    {
        panel()->waitForFinished();
        QCoreApplication::processEvents();
    }

    qint64 f1 = 0;
};

TEST_F(FollowUpsGuiTest, StartPageListsTheDeskOwnersDueCustomers)
{
    openWindow(file());
    waitForPanel();
    ASSERT_TRUE(panel()->isVisible());
    const DueFollowUpsModel *model = panel()->model();
    ASSERT_EQ(model->rowCount(), 1);
    EXPECT_EQ(model->rows()[0].code, QStringLiteral("F1"));
    EXPECT_EQ(model->rows()[0].daysOverdue, 35);
    EXPECT_EQ(model->index(0, DueFollowUpsModel::Last).data().toString(), QStringLiteral("never"));
    EXPECT_EQ(model->overdueCount(), 1);

    // Double-click opens the customer's page.
    QTableView *view = panel()->view();
    const QRect cell = view->visualRect(model->index(0, DueFollowUpsModel::Name));
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cell.center());
    ASSERT_NE(m_window->currentPage(), nullptr);
    EXPECT_EQ(m_window->currentPage()->customerId(), f1);
}

TEST_F(FollowUpsGuiTest, HiddenWhenTheDeskOwnerIsNotAnAccountManager)
{
    CurrentUser::setName(QStringLiteral("赵磊"));
    openWindow(file());
    waitForPanel();
    EXPECT_FALSE(panel()->isVisible());
    EXPECT_EQ(panel()->model()->rowCount(), 0);
}

TEST_F(FollowUpsGuiTest, AddingAFollowUpUpdatesLastNextAndTheStartPage)
{
    openWindow(file());
    waitForPanel();
    m_window->openCustomer(f1);
    CustomerPage *page = m_window->currentPage();
    ASSERT_NE(page, nullptr);
    FollowUpPanel *followUps = page->followUpPanel();
    ASSERT_NE(followUps, nullptr);
    ASSERT_TRUE(waitUntil([followUps] { return followUps->isDueLoaded(); }));
    const QDate today = QDate::currentDate();
    EXPECT_TRUE(followUps->summaryLabel()->text().contains(QStringLiteral("Last follow-up: none")))
            << followUps->summaryLabel()->text().toStdString();
    EXPECT_TRUE(followUps->summaryLabel()->text().contains(QStringLiteral("overdue by 35 day")))
            << followUps->summaryLabel()->text().toStdString();

    followUps->setEditor([today](QWidget *, FollowUp &f) {
        f.date = today;
        f.channel = FollowUpChannel::Visit;
        f.staff = QStringLiteral("王伟");
        f.contact = QStringLiteral("张伟");
        f.content = QStringLiteral("设备巡检");
        f.outcome = QStringLiteral("运行正常");
        return true;
    });
    ASSERT_TRUE(followUps->addFollowUp());
    ASSERT_TRUE(waitUntil([followUps] { return followUps->isDueLoaded(); }));
    ASSERT_EQ(followUps->model()->rowCount(), 1);
    EXPECT_EQ(followUps->model()->index(0, FollowUpLogModel::Content).data().toString(), QStringLiteral("设备巡检"));
    const QString summary = followUps->summaryLabel()->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("Last follow-up: %1 (Visit, 王伟)").arg(today.toString(Qt::ISODate))))
            << summary.toStdString();
    EXPECT_TRUE(summary.contains(QStringLiteral("next due: %1 (class C)").arg(today.addDays(365).toString(Qt::ISODate))))
            << summary.toStdString();

    // F1 is no longer due: the start page has nothing left for 王伟.
    waitForPanel();
    EXPECT_EQ(panel()->model()->rowCount(), 0);
    EXPECT_FALSE(panel()->isVisibleTo(m_window.get()));
}

TEST_F(FollowUpsGuiTest, DialogRefusesANextDateBeforeTheDate)
{
    FollowUpDialog dialog(QStringLiteral("苏州华美"), {QStringLiteral("张伟")}, QStringLiteral("王伟"), QDate(2026, 11, 20));
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("contentEdit"))->setPlainText(QStringLiteral("回访"));
    dialog.findChild<QCheckBox *>(QStringLiteral("planNextCheck"))->setChecked(true);
    dialog.findChild<QDateEdit *>(QStringLiteral("nextEdit"))->setDate(QDate(2026, 11, 19));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Rejected);
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("nextError"));
    EXPECT_FALSE(error->isHidden());
    EXPECT_TRUE(error->text().contains(QStringLiteral("2026-11-19")));
    dialog.findChild<QDateEdit *>(QStringLiteral("nextEdit"))->setDate(QDate(2026, 12, 20));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);
    const FollowUp f = dialog.followUp();
    EXPECT_EQ(f.contact, QStringLiteral("张伟"));
    EXPECT_EQ(f.nextDate, QDate(2026, 12, 20));
    EXPECT_EQ(f.channel, FollowUpChannel::Phone);
}

TEST_F(FollowUpsGuiTest, ScorecardViewShowsEveryManagerAndExportsCsv)
{
    openWindow(file());
    m_window->findChild<QAction *>(QStringLiteral("scorecardAction"))->trigger();
    ScorecardView *view = m_window->scorecardView();
    ASSERT_NE(view, nullptr);
    view->waitForFinished();
    ASSERT_EQ(view->model()->rowCount(), 2);
    // 王伟: F1 and F3, both C: 1 + 1 due over the 12 months, 1 done (F3 yesterday), F1 overdue.
    const auto &rows = view->model()->rows();
    const auto wang = std::find_if(rows.begin(), rows.end(), [](const ScorecardRow &r) { return r.manager == QStringLiteral("王伟"); });
    ASSERT_NE(wang, rows.end());
    EXPECT_EQ(wang->customers, 2);
    EXPECT_EQ(wang->customersByClass[2], 2);
    EXPECT_EQ(wang->followUpsDone, 1);
    EXPECT_EQ(wang->followUpsDue, 2);
    EXPECT_EQ(wang->followUpsOverdue, 1);
    const int wangRow = int(wang - rows.begin());
    EXPECT_EQ(view->model()->index(wangRow, ScorecardModel::Complaints).data().toString(), QStringLiteral("0"));
    EXPECT_EQ(view->model()->index(wangRow, ScorecardModel::Satisfaction).data().toString(), QStringLiteral("—"));
    EXPECT_EQ(view->model()->index(wangRow, ScorecardModel::FollowUpRate).data().toString(), QStringLiteral("50.0 %"));

    const QString csv = path(QStringLiteral("scorecard.csv"));
    ASSERT_TRUE(view->exportCsv(csv, 1)); // UTF-8 with BOM
    const QByteArray bytes = fileBytes(csv);
    ASSERT_TRUE(bytes.startsWith("\xEF\xBB\xBF"));
    const QStringList lines = QString::fromUtf8(bytes.mid(3)).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_TRUE(lines[0].startsWith(QStringLiteral("Account manager,Customers,A,B,C,Sales,Profit,Margin")));
    EXPECT_TRUE(lines.filter(QStringLiteral("王伟,2,0,0,2,0.00,0.00,,1,2,0.5000,1,0,,,,")).size() == 1)
            << lines.join(u'\n').toStdString();
}

TEST_F(FollowUpsGuiTest, FollowUpsViewListsEveryManagerAndFilters)
{
    openWindow(file());
    m_window->findChild<QAction *>(QStringLiteral("followUpsAction"))->trigger();
    FollowUpsView *view = m_window->followUpsView();
    ASSERT_NE(view, nullptr);
    view->waitForFinished();
    ASSERT_EQ(view->model()->rowCount(), 2); // F1 (王伟) and F2 (李娜), both 35 days overdue
    EXPECT_EQ(view->model()->index(0, DueFollowUpsModel::Code).data().toString(), QStringLiteral("F1"));
    EXPECT_EQ(view->model()->index(0, DueFollowUpsModel::Manager).data().toString(), QStringLiteral("王伟"));
    QComboBox *manager = view->managerCombo();
    manager->setCurrentIndex(manager->findText(QStringLiteral("李娜")));
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, DueFollowUpsModel::Code).data().toString(), QStringLiteral("F2"));
    view->overdueCheck()->setChecked(true);
    EXPECT_EQ(view->model()->rowCount(), 1);
}

} // namespace
} // namespace kehu::test
