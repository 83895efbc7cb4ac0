// The Surveys tab: two customers' answers typed with the keyboard alone (Enter moves from field
// to field, Ctrl+Enter saves and goes to the next pending customer), a score off its scale
// refused at the field, Ctrl+D marking a customer declined; the report and the customer page
// show the hand-checked figures; improvement actions are proposed from low items.

#include "guitestsupport.h"

#include "app/customerpage.h"
#include "app/customersurveybox.h"
#include "app/rowtablemodel.h"
#include "app/surveyentrywidget.h"
#include "app/surveyreportloader.h"
#include "app/surveysview.h"
#include "storage/database.h"
#include "storage/surveyrepository.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

namespace kehu::test {
namespace {

class SurveysTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        writeHandMadeCustomers(path(QStringLiteral("k.sqlite")));
        {
            Database db(path(QStringLiteral("k.sqlite")));
            SurveyRepository surveys(db);
            NewSurveyCampaign campaign;
            campaign.name = QStringLiteral("2026 survey");
            campaign.year = 2026;
            campaign.customerIds = surveys.customersMatching({});
            campaignId = surveys.createCampaign(campaign).id;
        }
        openWindow(path(QStringLiteral("k.sqlite")));
        m_window->openSurveys();
        view = m_window->surveysView();
        ASSERT_NE(view, nullptr);
        ASSERT_TRUE(waitForReport());
    }

    bool waitForReport()
    {
        return waitUntil([this] {
            return !view->loader()->isRunning() && view->loader()->data().campaign.id == campaignId && !view->entry()->isLoading();
        });
    }

    // Types into whatever has the focus, as a person at the keyboard does.
    void type(const QString &text) { QTest::keyClicks(QApplication::focusWidget(), text); }
    void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QTest::keyClick(QApplication::focusWidget(), key, modifiers);
    }

    SurveysView *view = nullptr;
    qint64 campaignId = 0;
};

TEST_F(SurveysTest, EntersTwoResponsesWithTheKeyboard)
{
    SurveyEntryWidget *entry = view->entry();
    ASSERT_EQ(entry->currentCode(), QStringLiteral("H001"));
    entry->field(QStringLiteral("quality"))->setFocus();
    ASSERT_TRUE(waitUntil([entry] { return QApplication::focusWidget() == entry->field(QStringLiteral("quality")); }));

    // H001: quality 5, delivery 4, service 3, price 2, repurchase 5, recommend 10, a comment.
    for (const char *score : {"5", "4", "3", "2", "5", "10"}) {
        type(QString::fromLatin1(score));
        press(Qt::Key_Return);
    }
    EXPECT_EQ(QApplication::focusWidget(), entry->field(QStringLiteral("comment")));
    type(QStringLiteral("fast delivery"));
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(entry->currentCode(), QStringLiteral("H002"));
    EXPECT_EQ(QApplication::focusWidget(), entry->field(QStringLiteral("quality")));

    // H002: a 6 on the 1–5 quality scale is refused at the field and nothing moves on.
    type(QStringLiteral("6"));
    press(Qt::Key_Return, Qt::ControlModifier);
    EXPECT_EQ(entry->currentCode(), QStringLiteral("H002"));
    EXPECT_EQ(QApplication::focusWidget(), entry->field(QStringLiteral("quality")));
    EXPECT_TRUE(view->findChild<QLabel *>(QStringLiteral("surveyErrorLabel"))->text().contains(QStringLiteral("1 to 5")));

    // Quality 3, delivery and price left empty, service 5, repurchase 2, recommend empty.
    entry->field(QStringLiteral("quality"))->selectAll();
    type(QStringLiteral("3"));
    press(Qt::Key_Return);
    press(Qt::Key_Return); // delivery: not answered
    type(QStringLiteral("5"));
    press(Qt::Key_Tab);
    press(Qt::Key_Tab); // price: not answered
    type(QStringLiteral("2"));
    press(Qt::Key_Return, Qt::ControlModifier);
    ASSERT_EQ(entry->currentCode(), QStringLiteral("H003"));
    press(Qt::Key_D, Qt::ControlModifier); // H003 declines
    EXPECT_EQ(entry->currentCode(), QStringLiteral("H004"));

    Database db(path(QStringLiteral("k.sqlite")));
    const auto targets = SurveyRepository(db).targets(campaignId);
    ASSERT_EQ(targets.size(), 5u);
    EXPECT_EQ(targets[0].status, SurveyTargetStatus::Answered);
    EXPECT_EQ(targets[0].answers,
              (SurveyAnswers{{{"quality", 5}, {"delivery", 4}, {"service", 3}, {"price", 2}, {"repurchase", 5}, {"recommend", 10}},
                             QStringLiteral("fast delivery")}));
    EXPECT_EQ(targets[1].answers, (SurveyAnswers{{{"quality", 3}, {"service", 5}, {"repurchase", 2}}, QString()}));
    EXPECT_EQ(targets[2].status, SurveyTargetStatus::Declined);
    EXPECT_EQ(targets[3].status, SurveyTargetStatus::Pending);

    // The report: 2 of 5 answered; composite (70 + 70.83) / 2 = 70.4; loyalty (100 + 25) / 2 = 62.5;
    // one promoter of one recommend answer: NPS 100.
    ASSERT_TRUE(waitForReport());
    ASSERT_TRUE(waitUntil([this] { return view->summaryText().contains(QStringLiteral("<b>2</b> of 5")); }));
    EXPECT_TRUE(view->summaryText().contains(QStringLiteral("<b>70.4</b>"))) << view->summaryText().toStdString();
    EXPECT_TRUE(view->summaryText().contains(QStringLiteral("<b>62.5</b>"))) << view->summaryText().toStdString();
    EXPECT_TRUE(view->summaryText().contains(QStringLiteral("<b>100.0</b>"))) << view->summaryText().toStdString();
    EXPECT_EQ(view->itemsModel()->data(view->itemsModel()->index(0, 2)).toString(), QStringLiteral("4.00")); // quality (5 + 3) / 2

    // Price averaged 2 (25), delivery 4 (75), repurchase 3.5 (62.5), service 4 (75),
    // quality 4 (75), recommend 10 (100): price and repurchase are under 70.
    EXPECT_EQ(view->proposeActions(), 2);
    EXPECT_EQ(view->actionsModel()->rowCount(), 2);
    EXPECT_EQ(view->proposeActions(), 0); // already proposed

    // The customer page shows the latest scores.
    ASSERT_TRUE(m_window->openCustomerByCode(QStringLiteral("H002")));
    auto *box = m_window->currentPage()->findChild<CustomerSurveyBox *>();
    ASSERT_NE(box, nullptr);
    EXPECT_EQ(box->compositeText(), QStringLiteral("70.8"));
    EXPECT_EQ(box->loyaltyText(), QStringLiteral("25.0"));
}

} // namespace
} // namespace kehu::test
