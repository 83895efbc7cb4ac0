#include "clitest.h"

#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"

#include <QJsonArray>
#include <QJsonObject>

namespace kehu::test {
namespace {

constexpr double Eps = 1e-9;

// Five hotels: S1, S2 in 华东, S3, S4 in 华北, S5 in 华南, all with 王伟.
class SurveysCliTest : public CliTest
{
protected:
    void SetUp() override
    {
        file = path(QStringLiteral("surveys.sqlite"));
        Database db(file);
        ReferenceListRepository listRepository(db);
        const qint64 wang = listRepository.findOrAdd(ListKind::AccountManager, QStringLiteral("王伟"));
        const ReferenceLists lists = listRepository.load();
        for (const auto &[code, region] : std::vector<std::pair<const char *, const char *>>{
                     {"S1", "华东"}, {"S2", "华东"}, {"S3", "华北"}, {"S4", "华北"}, {"S5", "华南"}}) {
            Customer c;
            c.code = QString::fromUtf8(code);
            c.name = QStringLiteral("华美 ") + c.code;
            c.regionId = lists.findByName(ListKind::Region, QString::fromUtf8(region))->id;
            c.industryId = lists.findByName(ListKind::Industry, QStringLiteral("酒店"))->id;
            c.accountManagerId = wang;
            CustomerRepository(db).create(c);
        }
    }

    CliRun surveys(const QStringList &arguments) const
    {
        return run(QStringList{QStringLiteral("--db"), file, QStringLiteral("surveys")} + arguments);
    }

    CliRun importAnswers(const QString &csv, const QString &campaign) const
    {
        return run({QStringLiteral("--db"), file, QStringLiteral("import"), QStringLiteral("survey-responses"), csv,
                    QStringLiteral("--campaign"), campaign});
    }

    QJsonObject reportJson(const QString &campaign, const QString &by) const
    {
        const CliRun result = surveys({QStringLiteral("report"), QStringLiteral("--campaign"), campaign, QStringLiteral("--by"), by,
                                       QStringLiteral("--format"), QStringLiteral("json")});
        EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        EXPECT_EQ(error.error, QJsonParseError::NoError) << result.out.toStdString();
        return document.object();
    }

    QString file;
};

TEST_F(SurveysCliTest, CampaignAddTargetsActiveCustomersOrTheFiltered)
{
    CliRun result = surveys({QStringLiteral("campaign-add"), QStringLiteral("2026 survey"), QStringLiteral("--year"), QStringLiteral("2026")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.outText().contains(QStringLiteral("5 customers targeted"))) << result.out.toStdString();

    result = surveys({QStringLiteral("campaign-add"), QStringLiteral("East"), QStringLiteral("--year"), QStringLiteral("2026"),
                      QStringLiteral("--region"), QStringLiteral("East")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.outText().contains(QStringLiteral("2 customers targeted"))) << result.out.toStdString();

    result = surveys({QStringLiteral("campaign-add"), QStringLiteral("S5 only"), QStringLiteral("--year"), QStringLiteral("2026"),
                      QStringLiteral("--filter"), QStringLiteral("s5")});
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.outText().contains(QStringLiteral("1 customers targeted"))) << result.out.toStdString();

    // The same name, no year, an unknown region, nobody matching.
    EXPECT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("east"), QStringLiteral("--year"), QStringLiteral("2027")}).exitCode, 1);
    EXPECT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("x")}).exitCode, 2);
    EXPECT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("x"), QStringLiteral("--year"), QStringLiteral("2026"),
                       QStringLiteral("--region"), QStringLiteral("Atlantis")}).exitCode, 1);
    EXPECT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("x"), QStringLiteral("--year"), QStringLiteral("2026"),
                       QStringLiteral("--filter"), QStringLiteral("nobody")}).exitCode, 1);
    EXPECT_EQ(countRows(file, QStringLiteral("survey_campaigns")), 3);
    EXPECT_EQ(countRows(file, QStringLiteral("survey_targets")), 8);
}

TEST_F(SurveysCliTest, ImportRejectsAWholeFileWithEveryErrorThenReportsHandCheckedFigures)
{
    ASSERT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("2025 survey"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode, 0);
    ASSERT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("2026 survey"), QStringLiteral("--year"), QStringLiteral("2026")}).exitCode, 0);

    const QString bad = path(QStringLiteral("bad.csv"));
    writeFile(bad, "customer_code,quality,delivery,service,price,repurchase,recommend,comment\n"
                   "S1,5,4,3,2,5,10,\n"
                   "S2,0,,5,,2,,\n"
                   "S9,1,1,1,1,3,6,\n");
    CliRun result = importAnswers(bad, QStringLiteral("2026 survey"));
    EXPECT_EQ(result.exitCode, 1);
    EXPECT_TRUE(result.errText().contains(bad + QStringLiteral(":3: quality: '0' is not a score from 1 to 5"))) << result.err.toStdString();
    EXPECT_TRUE(result.errText().contains(bad + QStringLiteral(":4: customer_code: there is no customer S9"))) << result.err.toStdString();
    EXPECT_EQ(countRows(file, QStringLiteral("survey_scores")), 0);

    // S1: composite 70, loyalty 100; S2 (delivery, price, recommend unanswered): 70.833…, 25;
    // S3: 0, 55; S4 (recommend and a comment only): no composite, loyalty 80. S5 does not answer.
    const QString good = path(QStringLiteral("good.csv"));
    writeFile(good, "customer_code,quality,delivery,service,price,repurchase,recommend,comment\n"
                    "S1,5,4,3,2,5,10,\n"
                    "S2,3,,5,,2,,\n"
                    "S3,1,1,1,1,3,6,\n"
                    "S4,,,,,,8,ok\n");
    result = importAnswers(good, QStringLiteral("2026 survey"));
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_TRUE(result.outText().startsWith(QStringLiteral("imported 4 rows (4 added, 0 updated)"))) << result.out.toStdString();
    const QString last = path(QStringLiteral("2025.csv"));
    writeFile(last, "customer_code,quality,delivery,service,price\nS1,4,4,4,4\n");
    ASSERT_EQ(importAnswers(last, QStringLiteral("2025 survey")).exitCode, 0);

    const QJsonObject report = reportJson(QStringLiteral("2026 survey"), QStringLiteral("region"));
    EXPECT_EQ(report.value(QStringLiteral("campaign")).toString(), QStringLiteral("2026 survey"));
    EXPECT_EQ(report.value(QStringLiteral("responses")).toInt(), 4);
    EXPECT_NEAR(report.value(QStringLiteral("response_rate")).toDouble(), 0.8, Eps);
    EXPECT_NEAR(report.value(QStringLiteral("composite")).toDouble(), (70.0 + 4250.0 / 60.0) / 3.0, Eps);
    EXPECT_NEAR(report.value(QStringLiteral("loyalty")).toDouble(), 65.0, Eps);
    EXPECT_NEAR(report.value(QStringLiteral("nps")).toDouble(), 0.0, Eps);

    const QJsonArray items = report.value(QStringLiteral("items")).toArray();
    ASSERT_EQ(items.size(), 6);
    EXPECT_EQ(items[3].toObject().value(QStringLiteral("item")).toString(), QStringLiteral("price"));
    EXPECT_NEAR(items[3].toObject().value(QStringLiteral("mean")).toDouble(), 1.5, Eps);
    EXPECT_NEAR(items[3].toObject().value(QStringLiteral("score")).toDouble(), 12.5, Eps);

    const QJsonArray groups = report.value(QStringLiteral("groups")).toArray();
    ASSERT_EQ(groups.size(), 2);
    const QJsonObject east = groups[0].toObject();
    EXPECT_EQ(east.value(QStringLiteral("group")).toString(), QStringLiteral("华东"));
    EXPECT_EQ(east.value(QStringLiteral("responses")).toInt(), 2);
    EXPECT_NEAR(east.value(QStringLiteral("composite")).toDouble(), (70.0 + 4250.0 / 60.0) / 2.0, Eps);
    EXPECT_NEAR(east.value(QStringLiteral("loyalty")).toDouble(), 62.5, Eps);
    EXPECT_NEAR(east.value(QStringLiteral("nps")).toDouble(), 100.0, Eps);
    const QJsonObject north = groups[1].toObject();
    EXPECT_EQ(north.value(QStringLiteral("group")).toString(), QStringLiteral("华北"));
    EXPECT_NEAR(north.value(QStringLiteral("composite")).toDouble(), 0.0, Eps);
    EXPECT_NEAR(north.value(QStringLiteral("nps")).toDouble(), -50.0, Eps);

    // Year on year against 2025 (S1 rated everything 4: composite 75, quality mean 4).
    const QJsonObject previous = report.value(QStringLiteral("previous")).toObject();
    EXPECT_EQ(previous.value(QStringLiteral("campaign")).toString(), QStringLiteral("2025 survey"));
    EXPECT_NEAR(previous.value(QStringLiteral("composite_change")).toDouble(), (70.0 + 4250.0 / 60.0) / 3.0 - 75.0, Eps);
    EXPECT_TRUE(previous.value(QStringLiteral("loyalty_change")).isNull());
    EXPECT_NEAR(previous.value(QStringLiteral("items")).toArray()[0].toObject().value(QStringLiteral("mean_change")).toDouble(), -1.0, Eps);

    // The 2025 campaign has no earlier one; by item it has no groups; undefined figures are null.
    const QJsonObject first = reportJson(QStringLiteral("2025 survey"), QStringLiteral("item"));
    EXPECT_TRUE(first.value(QStringLiteral("previous")).isNull());
    EXPECT_TRUE(first.value(QStringLiteral("groups")).toArray().isEmpty());
    EXPECT_TRUE(first.value(QStringLiteral("nps")).isNull());
    EXPECT_NEAR(first.value(QStringLiteral("response_rate")).toDouble(), 0.2, Eps);

    const CliRun table = surveys({QStringLiteral("report"), QStringLiteral("--campaign"), QStringLiteral("2026 survey"),
                                  QStringLiteral("--by"), QStringLiteral("class")});
    EXPECT_EQ(table.exitCode, 0);
    EXPECT_TRUE(table.outText().contains(QStringLiteral("Responses: 4 of 5 targeted (80.0 %)"))) << table.out.toStdString();
}

TEST_F(SurveysCliTest, TemplateSaveMakesANewVersionThatOnlyNewCampaignsUse)
{
    ASSERT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("2025 survey"), QStringLiteral("--year"), QStringLiteral("2025")}).exitCode, 0);
    const QStringList items{QStringLiteral("--item"), QStringLiteral("quality:45:1-5"), QStringLiteral("--item"),
                            QStringLiteral("price:5:1-5"), QStringLiteral("--item"), QStringLiteral("recommend:recommend:0-10")};
    CliRun result = surveys(QStringList{QStringLiteral("template-save"), QStringLiteral("default")} + items);
    EXPECT_EQ(result.exitCode, 0) << result.err.toStdString();
    EXPECT_EQ(result.outText().trimmed(), QStringLiteral("saved template default version 2"));
    result = surveys(QStringList{QStringLiteral("template-save"), QStringLiteral("default")} + items);
    EXPECT_EQ(result.outText().trimmed(), QStringLiteral("template default is unchanged (version 2)"));
    EXPECT_EQ(surveys({QStringLiteral("template-save"), QStringLiteral("default"), QStringLiteral("--item"), QStringLiteral("quality:x")}).exitCode, 2);
    ASSERT_EQ(surveys({QStringLiteral("campaign-add"), QStringLiteral("2026 survey"), QStringLiteral("--year"), QStringLiteral("2026")}).exitCode, 0);

    result = surveys({QStringLiteral("campaigns"), QStringLiteral("--format"), QStringLiteral("json")});
    const QJsonArray campaigns = QJsonDocument::fromJson(result.out).array();
    ASSERT_EQ(campaigns.size(), 2);
    EXPECT_EQ(campaigns[0].toObject().value(QStringLiteral("campaign")).toString(), QStringLiteral("2026 survey"));
    EXPECT_EQ(campaigns[0].toObject().value(QStringLiteral("template_version")).toInt(), 2);
    EXPECT_EQ(campaigns[1].toObject().value(QStringLiteral("template_version")).toInt(), 1);

    // The same answers score by each campaign's own weights: quality 5 (100), price 1 (0).
    const QString csv = path(QStringLiteral("a.csv"));
    writeFile(csv, "customer_code,quality,price\nS1,5,1\n");
    ASSERT_EQ(importAnswers(csv, QStringLiteral("2025 survey")).exitCode, 0);
    ASSERT_EQ(importAnswers(csv, QStringLiteral("2026 survey")).exitCode, 0);
    EXPECT_NEAR(reportJson(QStringLiteral("2025 survey"), QStringLiteral("item")).value(QStringLiteral("composite")).toDouble(), 3500.0 / 50.0, Eps);
    EXPECT_NEAR(reportJson(QStringLiteral("2026 survey"), QStringLiteral("item")).value(QStringLiteral("composite")).toDouble(), 4500.0 / 50.0, Eps);
    // An item the new version no longer has is an unknown column there, and ignored with a warning.
    writeFile(csv, "customer_code,quality,service\nS2,4,4\n");
    result = importAnswers(csv, QStringLiteral("2026 survey"));
    EXPECT_EQ(result.exitCode, 0);
    EXPECT_TRUE(result.errText().contains(QStringLiteral("ignored columns: service"))) << result.err.toStdString();
}

TEST_F(SurveysCliTest, UsageErrorsAndUnknownCampaigns)
{
    EXPECT_EQ(surveys({QStringLiteral("report")}).exitCode, 2);
    EXPECT_EQ(surveys({QStringLiteral("report"), QStringLiteral("--campaign"), QStringLiteral("x"), QStringLiteral("--by"),
                       QStringLiteral("colour")}).exitCode, 2);
    EXPECT_EQ(surveys({QStringLiteral("report"), QStringLiteral("--campaign"), QStringLiteral("nope")}).exitCode, 1);
    EXPECT_EQ(surveys({QStringLiteral("frobnicate")}).exitCode, 2);
    const QString csv = path(QStringLiteral("a.csv"));
    writeFile(csv, "customer_code,quality\nS1,5\n");
    EXPECT_EQ(run({QStringLiteral("--db"), file, QStringLiteral("import"), QStringLiteral("survey-responses"), csv}).exitCode, 2);
    const CliRun missing = importAnswers(csv, QStringLiteral("nope"));
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.errText().contains(QStringLiteral("There is no campaign named 'nope'."))) << missing.err.toStdString();
}

} // namespace
} // namespace kehu::test
