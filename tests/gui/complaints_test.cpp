// View ▸ Complaints: log a complaint, walk it through every step to closed, on a real file.

#include "guitestsupport.h"

#include "app/complaintlistmodel.h"
#include "app/complaintpage.h"
#include "app/complaintstepdialog.h"
#include "app/complaintsview.h"
#include "app/currentuser.h"
#include "app/newcomplaintdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTableView>

namespace kehu::test {
namespace {

class ComplaintsViewTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        CurrentUser::setName(QStringLiteral("王芳"));
        CurrentUser::setDepartment(QStringLiteral("quality"));
        writeHandMadeCustomers(path(QStringLiteral("k.sqlite")));
        openWindow(path(QStringLiteral("k.sqlite")));
    }
    void TearDown() override
    {
        CurrentUser::setName({});
        CurrentUser::setDepartment({});
        MainWindowTest::TearDown();
    }
};

void setText(QWidget *editor, const QString &text)
{
    if (auto *line = qobject_cast<QLineEdit *>(editor))
        line->setText(text);
    else if (auto *plain = qobject_cast<QPlainTextEdit *>(editor))
        plain->setPlainText(text);
}

TEST_F(ComplaintsViewTest, LogAComplaintAndWalkItToClosed)
{
    ComplaintsView *view = m_window->openComplaints();
    ASSERT_NE(view, nullptr);
    view->waitForLoaded();
    EXPECT_EQ(view->queueCount(ComplaintQueue::AllOpen), 0);

    // New complaint: a major quality complaint against H001, refused first without a description.
    bool refusedEmpty = false;
    view->setNewComplaintHook([&](NewComplaintDialog &dialog) {
        dialog.customerEdit()->setText(QStringLiteral("H001"));
        dialog.severityCombo()->setCurrentIndex(1);
        dialog.accept();
        refusedEmpty = dialog.result() != QDialog::Accepted;
        dialog.descriptionEdit()->setPlainText(QStringLiteral("洗脱机运行异响"));
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    const QString number = view->newComplaint();
    EXPECT_TRUE(refusedEmpty);
    EXPECT_EQ(number, QStringLiteral("TS-%1-000001").arg(QDate::currentDate().year()));
    view->waitForLoaded();
    EXPECT_EQ(view->queueCount(ComplaintQueue::AllOpen), 1);
    EXPECT_EQ(view->queueCount(ComplaintQueue::Escalated), 1);
    EXPECT_EQ(view->queueCount(ComplaintQueue::Mine), 1); // received by 王芳, not assigned yet

    ComplaintPage *page = view->currentPage();
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(page->complaint().number, number);
    EXPECT_EQ(page->stepButtons(), QList<ComplaintStep> { ComplaintStep::Assign });
    EXPECT_TRUE(page->targetLabel()->text().contains(QStringLiteral("left"))) << page->targetLabel()->text().toStdString();

    // Each step's form: fill the fields it needs; the resolve form first refuses a missing cause.
    bool refusedMissingCause = false;
    page->setStepDialogHook([&](ComplaintStepDialog &dialog) {
        if (QWidget *department = dialog.editor(QStringLiteral("department")))
            qobject_cast<QComboBox *>(department)->setCurrentIndex(1); // 质量部
        if (dialog.editor(QStringLiteral("cause"))) {
            setText(dialog.editor(QStringLiteral("handling")), QStringLiteral("更换轴承"));
            setText(dialog.editor(QStringLiteral("action")), QStringLiteral("轴承来料检验加严"));
            dialog.accept();
            refusedMissingCause = dialog.result() != QDialog::Accepted;
            setText(dialog.editor(QStringLiteral("cause")), QStringLiteral("轴承磨损"));
        }
        if (QWidget *note = dialog.editor(QStringLiteral("note")))
            setText(note, QStringLiteral("电话告知"));
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    const std::vector<std::pair<ComplaintStep, ComplaintState>> walk {
        { ComplaintStep::Assign, ComplaintState::Assigned },
        { ComplaintStep::Start, ComplaintState::InProgress },
        { ComplaintStep::Resolve, ComplaintState::Resolved },
        { ComplaintStep::Report, ComplaintState::AwaitingVerdict },
        { ComplaintStep::Accept, ComplaintState::Closed },
    };
    for (const auto &[step, state] : walk) {
        EXPECT_TRUE(page->stepButtons().contains(step)) << toKey(step).toStdString();
        ASSERT_TRUE(page->takeStep(step)) << toKey(step).toStdString();
        EXPECT_EQ(page->complaint().state, state);
    }
    EXPECT_TRUE(refusedMissingCause);
    EXPECT_EQ(page->complaint().department, QStringLiteral("质量部"));
    EXPECT_EQ(page->complaint().handler, QStringLiteral("王芳"));
    EXPECT_EQ(page->complaint().rootCause, QStringLiteral("轴承磨损"));
    EXPECT_TRUE(page->stepButtons().isEmpty()); // the review waits for its date
    EXPECT_EQ(page->timelineView()->model()->rowCount(), 6);
    for (int row = 0; row < 6; ++row)
        EXPECT_EQ(page->timelineView()->model()->index(row, 2).data().toString(), QStringLiteral("王芳"));

    EXPECT_TRUE(page->addComment(QStringLiteral("客户来电致谢")));
    writeFile(path(QStringLiteral("现场照片.txt")), "photo");
    EXPECT_TRUE(page->addAttachment(path(QStringLiteral("现场照片.txt"))));
    const QString exported = page->exportAttachment(0);
    EXPECT_TRUE(exported.endsWith(QStringLiteral("现场照片.txt")));
    EXPECT_EQ(fileBytes(exported), QByteArray("photo"));

    view->waitForLoaded();
    EXPECT_EQ(view->queueCount(ComplaintQueue::AllOpen), 0);
    EXPECT_EQ(view->queueCount(ComplaintQueue::Closed), 1);
    view->selectQueue(ComplaintQueue::Closed);
    ASSERT_EQ(view->model()->rowCount(), 1);
    EXPECT_EQ(view->model()->index(0, ComplaintListModel::Number).data().toString(), number);
}

TEST_F(ComplaintsViewTest, CustomerPageShowsComplaintsAndRate)
{
    ComplaintsView *view = m_window->openComplaints();
    view->waitForLoaded();
    view->setNewComplaintHook([](NewComplaintDialog &dialog) {
        dialog.descriptionEdit()->setPlainText(QStringLiteral("交货延期"));
        dialog.categoryCombo()->setCurrentIndex(1);
        dialog.accept();
        return dialog.result() == QDialog::Accepted;
    });
    EXPECT_FALSE(view->newComplaint(QStringLiteral("H002")).isEmpty());
    ASSERT_TRUE(m_window->openCustomerByCode(QStringLiteral("H002")));
    auto *label = m_window->currentPage()->findChild<QLabel *>(QStringLiteral("complaintRateLabel"));
    ASSERT_NE(label, nullptr);
    EXPECT_TRUE(label->text().contains(QStringLiteral("1 complaints"))) << label->text().toStdString();
    auto *table = m_window->currentPage()->findChild<QWidget *>(QStringLiteral("customerComplaints"))->findChild<QTableView *>();
    ASSERT_NE(table, nullptr);
    EXPECT_EQ(table->model()->rowCount(), 1);
}

} // namespace
} // namespace kehu::test

#include "app/complaintsettingsdialog.h"
#include "storage/complaintsettings.h"

#include <QDoubleSpinBox>
#include <QSpinBox>
#include <QTableWidget>

namespace kehu::test {
namespace {

TEST_F(ComplaintsViewTest, SettingsDialogStoresTargetsTeamAndDepartments)
{
    ComplaintSettingsDialog dialog(*m_window->database());
    auto *majorResolve = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("target_major_resolve"));
    ASSERT_NE(majorResolve, nullptr);
    EXPECT_DOUBLE_EQ(majorResolve->value(), 24.0);
    majorResolve->setValue(4.5);
    dialog.findChild<QSpinBox *>(QStringLiteral("reviewDaysSpin"))->setValue(60);
    dialog.findChild<QPlainTextEdit *>(QStringLiteral("teamEdit"))->setPlainText(QStringLiteral("张伟\n\n 李娜 "));
    auto *departments = dialog.findChild<QTableWidget *>(QStringLiteral("departmentTable"));
    ASSERT_EQ(departments->rowCount(), 6);
    departments->item(5, 0)->setText(QStringLiteral("仓储物流部"));
    dialog.accept();
    EXPECT_EQ(dialog.result(), QDialog::Accepted);

    const ComplaintSettings settings(*m_window->database());
    EXPECT_EQ(settings.rules().major.resolveMinutes, 270);
    EXPECT_EQ(settings.rules().normal.resolveMinutes, 72 * 60);
    EXPECT_EQ(settings.rules().reviewDays, 60);
    EXPECT_EQ(settings.emergencyTeam(), (QStringList { QStringLiteral("张伟"), QStringLiteral("李娜") }));
    EXPECT_EQ(settings.departments()[5].name, QStringLiteral("仓储物流部"));
    EXPECT_EQ(settings.departmentName(QStringLiteral("logistics")), QStringLiteral("仓储物流部"));
}

} // namespace
} // namespace kehu::test
