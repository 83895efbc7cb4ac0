#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"
#include "storage/surveyrepository.h"
#include "storage/surveyresponseimporter.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

namespace kehu {
namespace {

constexpr double Eps = 1e-9;

class SurveyRepositoryTest : public test::TempFolderTest
{
protected:
    void SetUp() override
    {
        db = std::make_unique<Database>(path(QStringLiteral("k.sqlite")));
        wang = ReferenceListRepository(*db).findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
        lists = ReferenceListRepository(*db).load();
        // Profit in 2026: S1 600, S2 300, S3 100, S4 none → classes A, B, C, C at the end of 2026.
        s1 = addCustomer("S1", "华东", 600'00);
        s2 = addCustomer("S2", "华东", 300'00);
        s3 = addCustomer("S3", "华北", 100'00);
        s4 = addCustomer("S4", "华北", 0);
    }

    qint64 addCustomer(const char *code, const char *region, qint64 profitFen)
    {
        Customer c;
        c.code = QString::fromUtf8(code);
        c.name = QStringLiteral("客户 ") + c.code;
        c.regionId = lists.findByName(ListKind::Region, QString::fromUtf8(region))->id;
        c.industryId = lists.findByName(ListKind::Industry, QStringLiteral("酒店"))->id;
        c.accountManagerId = wang;
        CustomerRepository(*db).create(c);
        if (profitFen > 0) {
            Order o;
            o.customerId = c.id;
            o.orderNo = QStringLiteral("SO-") + c.code;
            o.date = QDate(2026, 6, 1);
            o.productModel = QStringLiteral("KH-W100");
            o.quantity = 1;
            o.amount = Money::fromFen(profitFen * 2);
            o.cost = Money::fromFen(profitFen);
            TransactionRepository(*db).addOrder(o);
        }
        return c.id;
    }

    SurveyCampaign addCampaign(const QString &name, int year, std::vector<qint64> ids = {})
    {
        NewSurveyCampaign campaign;
        campaign.name = name;
        campaign.year = year;
        campaign.customerIds = ids.empty() ? std::vector<qint64>{s1, s2, s3, s4} : ids;
        return SurveyRepository(*db).createCampaign(campaign);
    }

    static SurveyAnswers answers(std::map<QString, int> scores, const QString &comment = {})
    {
        return SurveyAnswers{std::move(scores), comment};
    }

    std::unique_ptr<Database> db;
    ReferenceLists lists;
    qint64 wang = 0;
    qint64 s1 = 0, s2 = 0, s3 = 0, s4 = 0;
};

TEST_F(SurveyRepositoryTest, NewDatabaseHasTheDefaultTemplateAsVersionOne)
{
    const SurveyTemplate stored = SurveyRepository(*db).latestTemplate(QStringLiteral("default"));
    SurveyTemplate expected = defaultSurveyTemplate();
    expected.id = stored.id;
    EXPECT_EQ(stored, expected);
    EXPECT_THROW(SurveyRepository(*db).latestTemplate(QStringLiteral("nope")), StorageError);
}

TEST_F(SurveyRepositoryTest, CampaignKeepsTheTemplateVersionItStartedWith)
{
    SurveyRepository surveys(*db);
    const SurveyCampaign first = addCampaign(QStringLiteral("2025 survey"), 2025);
    EXPECT_EQ(first.templateVersion, 1);
    EXPECT_EQ(first.endDate, QDate(2025, 12, 31));
    EXPECT_EQ(first.targeted, 4);

    SurveyTemplate edited = surveys.latestTemplate(QStringLiteral("default"));
    EXPECT_EQ(surveys.saveTemplate(edited).version, 1); // unchanged: no new version
    edited.items[0].weight = 45; // quality 45, price 5
    edited.items[3].weight = 5;
    const SurveyTemplate second = surveys.saveTemplate(edited);
    EXPECT_EQ(second.version, 2);
    EXPECT_NE(second.id, first.templateId);

    const SurveyCampaign later = addCampaign(QStringLiteral("2026 survey"), 2026);
    EXPECT_EQ(later.templateVersion, 2);
    EXPECT_EQ(surveys.templateById(surveys.campaign(first.id).templateId).items[0].weight, 35);
    EXPECT_EQ(surveys.templateById(later.templateId).items[0].weight, 45);

    // Composite under each version: quality 5 (100) and price 1 (0).
    const SurveyAnswers a = answers({{"quality", 5}, {"price", 1}});
    surveys.saveResponse(first.id, s1, a);
    surveys.saveResponse(later.id, s1, a);
    EXPECT_NEAR(*surveys.report(surveys.campaign(first.id), SurveyGrouping::Item).composite, 3500.0 / 50.0, Eps); // 70
    EXPECT_NEAR(*surveys.report(surveys.campaign(later.id), SurveyGrouping::Item).composite, 4500.0 / 50.0, Eps); // 90

    SurveyTemplate broken = edited;
    broken.items[1].scaleMax = 0;
    EXPECT_THROW(surveys.saveTemplate(broken), StorageError);
}

TEST_F(SurveyRepositoryTest, CampaignNamesAreUniqueAndTargetsRequired)
{
    addCampaign(QStringLiteral("2026 survey"), 2026);
    try {
        addCampaign(QStringLiteral("2026 SURVEY"), 2026);
        FAIL() << "a second campaign with the same name was accepted";
    } catch (const StorageError &error) {
        EXPECT_EQ(error.kind(), StorageError::Kind::Conflict);
    }
    NewSurveyCampaign none;
    none.name = QStringLiteral("empty");
    none.year = 2026;
    EXPECT_THROW(SurveyRepository(*db).createCampaign(none), StorageError);
    EXPECT_EQ(SurveyRepository(*db).campaigns().size(), 1u);
}

TEST_F(SurveyRepositoryTest, ResponsesStatusesAndReportByClassAtTheCampaignsEnd)
{
    SurveyRepository surveys(*db);
    const SurveyCampaign campaign = addCampaign(QStringLiteral("2026 survey"), 2026);
    surveys.saveResponse(campaign.id, s1, answers({{"quality", 5}, {"delivery", 5}, {"service", 5}, {"price", 5}, {"recommend", 10}}));
    surveys.saveResponse(campaign.id, s2, answers({{"quality", 3}, {"recommend", 6}}, QStringLiteral("slow")));
    surveys.saveResponse(campaign.id, s3, answers({{"quality", 1}}));
    surveys.setDeclined(campaign.id, s4, true);
    EXPECT_THROW(surveys.saveResponse(campaign.id, s1, answers({{"quality", 6}})), StorageError);

    const SurveyCampaign counted = surveys.campaign(campaign.id);
    EXPECT_EQ(counted.answered, 3);
    EXPECT_EQ(counted.declined, 1);
    const auto targets = surveys.targets(campaign.id);
    ASSERT_EQ(targets.size(), 4u);
    EXPECT_EQ(targets[1].code, QStringLiteral("S2"));
    EXPECT_EQ(targets[1].status, SurveyTargetStatus::Answered);
    EXPECT_EQ(targets[1].answers, answers({{"quality", 3}, {"recommend", 6}}, QStringLiteral("slow")));
    EXPECT_EQ(targets[3].status, SurveyTargetStatus::Declined);

    const SurveyReport byClass = surveys.report(counted, SurveyGrouping::AbcClass);
    EXPECT_NEAR(*byClass.responseRate, 0.75, Eps);
    EXPECT_NEAR(*byClass.composite, (100.0 + 50.0 + 0.0) / 3.0, Eps);
    EXPECT_NEAR(*byClass.nps, 0.0, Eps); // one promoter (10), one detractor (6)
    ASSERT_EQ(byClass.groups.size(), 3u);
    EXPECT_EQ(byClass.groups[0].group, QStringLiteral("A")); // S1
    EXPECT_NEAR(*byClass.groups[0].composite, 100.0, Eps);
    EXPECT_EQ(byClass.groups[1].group, QStringLiteral("B")); // S2
    EXPECT_NEAR(*byClass.groups[1].composite, 50.0, Eps);
    EXPECT_EQ(byClass.groups[2].group, QStringLiteral("C")); // S3
    EXPECT_NEAR(*byClass.groups[2].composite, 0.0, Eps);

    const SurveyReport byManager = surveys.report(counted, SurveyGrouping::AccountManager);
    ASSERT_EQ(byManager.groups.size(), 1u);
    EXPECT_EQ(byManager.groups[0].group, QStringLiteral("王伟"));
    EXPECT_EQ(byManager.groups[0].responses, 3);
}

TEST_F(SurveyRepositoryTest, PreviousAndNextCampaignShareTheTemplateKeyAndLatestScoresFollowTheEndDate)
{
    SurveyRepository surveys(*db);
    const SurveyCampaign y2025 = addCampaign(QStringLiteral("2025 survey"), 2025);
    const SurveyCampaign y2026 = addCampaign(QStringLiteral("2026 survey"), 2026);
    EXPECT_FALSE(surveys.previousCampaign(y2025).has_value());
    EXPECT_EQ(surveys.previousCampaign(y2026)->id, y2025.id);
    EXPECT_EQ(surveys.nextCampaign(y2025)->id, y2026.id);
    EXPECT_FALSE(surveys.nextCampaign(y2026).has_value());

    surveys.saveResponse(y2026.id, s1, answers({{"quality", 3}, {"repurchase", 5}}));
    surveys.saveResponse(y2025.id, s1, answers({{"quality", 5}}));
    surveys.saveResponse(y2025.id, s2, answers({{"quality", 2}, {"recommend", 5}}));
    const auto latest = surveys.latestScores();
    ASSERT_EQ(latest.size(), 2u);
    EXPECT_EQ(latest.at(s1).campaign, QStringLiteral("2026 survey"));
    EXPECT_NEAR(*latest.at(s1).composite, 50.0, Eps);
    EXPECT_NEAR(*latest.at(s1).loyalty, 100.0, Eps);
    EXPECT_EQ(latest.at(s2).campaign, QStringLiteral("2025 survey"));
    EXPECT_NEAR(*latest.at(s2).composite, 25.0, Eps);
    EXPECT_NEAR(*latest.at(s2).loyalty, 50.0, Eps);
    EXPECT_EQ(surveys.latestScore(s1), latest.at(s1));
    EXPECT_FALSE(surveys.latestScore(s3).has_value());

    // Year on year: quality 3.5 in 2025 (S1 5, S2 2), 3 in 2026.
    const SurveyComparison change = compareSurveyReports(surveys.report(surveys.campaign(y2026.id), SurveyGrouping::Item),
                                                         surveys.report(surveys.campaign(y2025.id), SurveyGrouping::Item));
    EXPECT_NEAR(*change.items[0].meanChange, -0.5, Eps);
    EXPECT_NEAR(*change.items[0].scoreChange, -12.5, Eps);
}

TEST_F(SurveyRepositoryTest, ImprovementActionLifecycle)
{
    SurveyRepository surveys(*db);
    const SurveyCampaign y2025 = addCampaign(QStringLiteral("2025 survey"), 2025);
    surveys.saveResponse(y2025.id, s1, answers({{"quality", 5}, {"delivery", 2}}));
    surveys.saveResponse(y2025.id, s2, answers({{"quality", 5}, {"delivery", 1}}));
    const SurveyReport report = surveys.report(surveys.campaign(y2025.id), SurveyGrouping::Item);
    const auto proposals = proposeImprovementActions(report);
    ASSERT_EQ(proposals.size(), 1u); // delivery 1.5 → 12.5
    EXPECT_EQ(proposals[0].itemKey, QStringLiteral("delivery"));

    ImprovementAction action;
    action.campaignId = y2025.id;
    action.itemKey = proposals[0].itemKey;
    action.baseline = proposals[0].score;
    action.title = QStringLiteral("Shorter delivery times");
    action.owner = QStringLiteral("王伟");
    action.due = QDate(2026, 6, 30);
    surveys.saveAction(action);
    ASSERT_NE(action.id, 0);
    action.status = ActionStatus::InProgress;
    surveys.saveAction(action);
    action.status = ActionStatus::Done;
    surveys.saveAction(action);
    const auto stored = surveys.actions(y2025.id);
    ASSERT_EQ(stored.size(), 1u);
    EXPECT_EQ(stored[0], action);
    ImprovementAction untitled;
    untitled.campaignId = y2025.id;
    EXPECT_THROW(surveys.saveAction(untitled), StorageError);

    // The next campaign measures delivery again: 4 → 75, up 62.5 from 12.5.
    const SurveyCampaign y2026 = addCampaign(QStringLiteral("2026 survey"), 2026);
    surveys.saveResponse(y2026.id, s1, answers({{"delivery", 4}}));
    const auto next = surveys.nextCampaign(surveys.campaign(y2025.id));
    ASSERT_TRUE(next.has_value());
    EXPECT_NEAR(*measuredChange(stored[0], surveys.report(*next, SurveyGrouping::Item)), 62.5, Eps);

    surveys.removeAction(action.id);
    EXPECT_TRUE(surveys.actions(y2025.id).empty());
}

class SurveyImportTest : public SurveyRepositoryTest
{
};

TEST_F(SurveyImportTest, RejectsTheWholeFileOnAnyErrorAndNamesEachOne)
{
    addCampaign(QStringLiteral("2026 survey"), 2026, {s1, s2, s3});
    const QString file = path(QStringLiteral("answers.csv"));
    test::writeFile(file, "customer_code,quality,delivery,service,price,repurchase,recommend,comment\n"
                          "S1,5,4,4,3,5,9,fine\n"
                          "S2,6,4,4,3,5,11,\n"
                          "S4,5,5,5,5,5,10,\n"
                          "NOPE,5,5,5,5,5,10,\n"
                          "S1,4,4,4,4,4,8,again\n");
    const ImportResult result = SurveyResponseImporter(*db).run(file, QStringLiteral("2026 survey"));
    EXPECT_EQ(result.status, ImportResult::Status::Rejected);
    ASSERT_EQ(result.errors.size(), 5u);
    EXPECT_EQ(result.errors[0], (ImportError{3, QStringLiteral("quality"), QStringLiteral("'6' is not a score from 1 to 5")}));
    EXPECT_EQ(result.errors[1], (ImportError{3, QStringLiteral("recommend"), QStringLiteral("'11' is not a score from 0 to 10")}));
    EXPECT_EQ(result.errors[2], (ImportError{4, QStringLiteral("customer_code"), QStringLiteral("customer S4 is not targeted by the campaign 2026 survey")}));
    EXPECT_EQ(result.errors[3], (ImportError{5, QStringLiteral("customer_code"), QStringLiteral("there is no customer NOPE")}));
    EXPECT_EQ(result.errors[4], (ImportError{6, QStringLiteral("customer_code"), QStringLiteral("customer S1 already has a row on line 2")}));
    EXPECT_EQ(SurveyRepository(*db).findCampaign(QStringLiteral("2026 survey"))->answered, 0);
}

TEST_F(SurveyImportTest, ImportsGb18030WithChineseCodeHeaderAndMarksAnswered)
{
    addCampaign(QStringLiteral("2026 survey"), 2026, {s1, s2, s3});
    SurveyRepository(*db).saveResponse(SurveyRepository(*db).findCampaign(QStringLiteral("2026 survey"))->id, s2,
                                       answers({{"quality", 1}}));
    const QString file = path(QStringLiteral("answers.csv"));
    // 客户编码;quality;price;recommend;comment / S1;5;;10;很好 / S2;3;2;; in GB18030, as Excel on Chinese Windows saves it.
    test::writeFile(file, QByteArray("\xbf\xcd\xbb\xa7\xb1\xe0\xc2\xeb;quality;price;recommend;comment\n"
                                     "S1;5;;10;\xba\xdc\xba\xc3\nS2;3;2;;\n"));
    const ImportResult result = SurveyResponseImporter(*db).run(file, QStringLiteral("2026 survey"));
    ASSERT_EQ(result.status, ImportResult::Status::Imported) << result.problem.toStdString();
    EXPECT_EQ(result.dialect.encoding, TextEncoding::Gb18030);
    EXPECT_EQ(result.added, 1);
    EXPECT_EQ(result.updated, 1);
    SurveyRepository surveys(*db);
    const auto targets = surveys.targets(surveys.findCampaign(QStringLiteral("2026 survey"))->id);
    EXPECT_EQ(targets[0].answers, answers({{"quality", 5}, {"recommend", 10}}, QStringLiteral("很好")));
    EXPECT_EQ(targets[1].answers, answers({{"quality", 3}, {"price", 2}}));
    EXPECT_EQ(targets[2].status, SurveyTargetStatus::Pending);

    const ImportResult missing = SurveyResponseImporter(*db).run(file, QStringLiteral("2030 survey"));
    EXPECT_EQ(missing.status, ImportResult::Status::Unreadable);
    EXPECT_EQ(missing.problem, QStringLiteral("There is no campaign named '2030 survey'."));
}

} // namespace
} // namespace kehu
