#include "domain/surveyreport.h"
#include "domain/surveyresponseparser.h"
#include "domain/surveyscoring.h"

#include "testsupport.h"

namespace kehu {
namespace {

constexpr double Eps = 1e-9;

SurveyAnswers answers(std::map<QString, int> scores, const QString &comment = {})
{
    return SurveyAnswers{std::move(scores), comment};
}

SurveyResponseRow response(const QString &code, const QString &region, const QString &abcClass, SurveyAnswers given)
{
    SurveyResponseRow row;
    row.customerCode = code;
    row.region = region;
    row.abcClass = abcClass;
    row.answers = std::move(given);
    return row;
}

// A small campaign of four answered questionnaires out of five customers, worked out by hand:
//   C1 华东: quality 5, delivery 4, service 3, price 2 → 100, 75, 50, 25
//            composite (35·100 + 25·75 + 25·50 + 15·25) / 100 = 70; repurchase 5, recommend 10 → loyalty 100
//   C2 华东: quality 3, service 5 (delivery and price unanswered) → (35·50 + 25·100) / 60 = 70.8333…;
//            repurchase 2 → loyalty 25
//   C3 华北: all four 1 → composite 0; repurchase 3 (50), recommend 6 (60) → loyalty 55
//   C4 华北: recommend 8 and a comment only → no composite; loyalty 80
std::vector<SurveyResponseRow> smallCampaign()
{
    return {
        response(QStringLiteral("C1"), QStringLiteral("华东"), QStringLiteral("A"),
                 answers({{"quality", 5}, {"delivery", 4}, {"service", 3}, {"price", 2}, {"repurchase", 5}, {"recommend", 10}})),
        response(QStringLiteral("C2"), QStringLiteral("华东"), QStringLiteral("B"),
                 answers({{"quality", 3}, {"service", 5}, {"repurchase", 2}})),
        response(QStringLiteral("C3"), QStringLiteral("华北"), QStringLiteral("A"),
                 answers({{"quality", 1}, {"delivery", 1}, {"service", 1}, {"price", 1}, {"repurchase", 3}, {"recommend", 6}})),
        response(QStringLiteral("C4"), QStringLiteral("华北"), QString(), answers({{"recommend", 8}}, QStringLiteral("ok"))),
    };
}

TEST(SurveyScoringTest, CompositeIsTheWeightedMeanOfAnsweredItemsRescaled)
{
    const SurveyTemplate t = defaultSurveyTemplate();
    const auto rows = smallCampaign();
    EXPECT_NEAR(*surveyComposite(t, rows[0].answers), 70.0, Eps);
    EXPECT_NEAR(*surveyComposite(t, rows[1].answers), 4250.0 / 60.0, Eps);
    EXPECT_NEAR(*surveyComposite(t, rows[2].answers), 0.0, Eps);
    EXPECT_FALSE(surveyComposite(t, rows[3].answers).has_value());
}

TEST(SurveyScoringTest, LoyaltyIsTheMeanOfRepurchaseAndRecommendRescaled)
{
    const SurveyTemplate t = defaultSurveyTemplate();
    const auto rows = smallCampaign();
    EXPECT_NEAR(*surveyLoyalty(t, rows[0].answers), 100.0, Eps);
    EXPECT_NEAR(*surveyLoyalty(t, rows[1].answers), 25.0, Eps);
    EXPECT_NEAR(*surveyLoyalty(t, rows[2].answers), 55.0, Eps);
    EXPECT_NEAR(*surveyLoyalty(t, rows[3].answers), 80.0, Eps);
    EXPECT_FALSE(surveyLoyalty(t, answers({{"quality", 4}})).has_value());
}

TEST(SurveyScoringTest, NpsCountsOnlyResponsesThatRecommendAnswered)
{
    const SurveyTemplate t = defaultSurveyTemplate();
    const SurveyAnswers promoter = answers({{"recommend", 9}});
    const SurveyAnswers passive = answers({{"recommend", 7}});
    const SurveyAnswers detractor = answers({{"recommend", 6}});
    const SurveyAnswers silent = answers({{"quality", 5}});
    const std::vector<const SurveyAnswers *> group{&promoter, &promoter, &passive, &detractor, &silent};
    // 2 promoters, 1 detractor of 4 answers: 50 % − 25 %.
    EXPECT_NEAR(*surveyNps(t, group), 25.0, Eps);
    const std::vector<const SurveyAnswers *> none{&silent};
    EXPECT_FALSE(surveyNps(t, none).has_value());
}

TEST(SurveyReportTest, SmallCampaignByRegion)
{
    const auto rows = smallCampaign();
    const SurveyReport report = buildSurveyReport(defaultSurveyTemplate(), rows, 5, SurveyGrouping::Region);
    EXPECT_EQ(report.responses, 4);
    EXPECT_NEAR(*report.responseRate, 0.8, Eps);
    EXPECT_NEAR(*report.composite, (70.0 + 4250.0 / 60.0 + 0.0) / 3.0, Eps); // 46.944…
    EXPECT_NEAR(*report.loyalty, 65.0, Eps);
    EXPECT_NEAR(*report.nps, 0.0, Eps); // 10, 6, 8: one promoter, one detractor

    ASSERT_EQ(report.items.size(), 6u); // the comment is not scored
    const std::vector<std::tuple<const char *, int, double, double>> expected{
        {"quality", 3, 3.0, 50.0}, {"delivery", 2, 2.5, 37.5}, {"service", 3, 3.0, 50.0},
        {"price", 2, 1.5, 12.5}, {"repurchase", 3, 10.0 / 3.0, 175.0 / 3.0}, {"recommend", 3, 8.0, 80.0}};
    for (size_t i = 0; i < expected.size(); ++i) {
        const auto &[key, count, mean, score] = expected[i];
        EXPECT_EQ(report.items[i].key, QLatin1String(key));
        EXPECT_EQ(report.items[i].answers, count) << key;
        EXPECT_NEAR(*report.items[i].mean, mean, Eps) << key;
        EXPECT_NEAR(*report.items[i].score, score, Eps) << key;
    }

    ASSERT_EQ(report.groups.size(), 2u);
    EXPECT_EQ(report.groups[0].group, QStringLiteral("华东"));
    EXPECT_EQ(report.groups[0].responses, 2);
    EXPECT_NEAR(*report.groups[0].composite, (70.0 + 4250.0 / 60.0) / 2.0, Eps);
    EXPECT_NEAR(*report.groups[0].loyalty, 62.5, Eps);
    EXPECT_NEAR(*report.groups[0].nps, 100.0, Eps);
    EXPECT_EQ(report.groups[1].group, QStringLiteral("华北"));
    EXPECT_NEAR(*report.groups[1].composite, 0.0, Eps);
    EXPECT_NEAR(*report.groups[1].loyalty, 67.5, Eps);
    EXPECT_NEAR(*report.groups[1].nps, -50.0, Eps);
}

TEST(SurveyReportTest, GroupsWithoutANameComeLastAndEmptyCampaignHasNoFigures)
{
    const auto rows = smallCampaign();
    const SurveyReport byClass = buildSurveyReport(defaultSurveyTemplate(), rows, 4, SurveyGrouping::AbcClass);
    ASSERT_EQ(byClass.groups.size(), 3u);
    EXPECT_EQ(byClass.groups[0].group, QStringLiteral("A"));
    EXPECT_EQ(byClass.groups[1].group, QStringLiteral("B"));
    EXPECT_EQ(byClass.groups[2].group, QString());
    EXPECT_FALSE(byClass.groups[2].composite.has_value()); // C4 answered no weighted item

    const SurveyReport empty = buildSurveyReport(defaultSurveyTemplate(), {}, 0, SurveyGrouping::Item);
    EXPECT_FALSE(empty.responseRate.has_value());
    EXPECT_FALSE(empty.composite.has_value());
    EXPECT_FALSE(empty.nps.has_value());
    EXPECT_FALSE(empty.items.at(0).mean.has_value());
    EXPECT_TRUE(empty.groups.empty());
}

TEST(SurveyReportTest, YearOnYearPerItemAndPerGroup)
{
    const SurveyTemplate t = defaultSurveyTemplate();
    // Last year: one 华东 customer rating everything 4 (75) → composite 75.
    const std::vector<SurveyResponseRow> lastYear{response(QStringLiteral("C1"), QStringLiteral("华东"), QStringLiteral("A"),
                                                           answers({{"quality", 4}, {"delivery", 4}, {"service", 4}, {"price", 4}}))};
    const SurveyReport previous = buildSurveyReport(t, lastYear, 1, SurveyGrouping::Region);
    const SurveyReport current = buildSurveyReport(t, smallCampaign(), 5, SurveyGrouping::Region);
    const SurveyComparison change = compareSurveyReports(current, previous);

    EXPECT_NEAR(*change.compositeChange, (70.0 + 4250.0 / 60.0 + 0.0) / 3.0 - 75.0, Eps);
    EXPECT_FALSE(change.loyaltyChange.has_value()); // last year nobody answered the loyalty items
    ASSERT_EQ(change.items.size(), 6u);
    EXPECT_EQ(change.items[0].key, QStringLiteral("quality"));
    EXPECT_NEAR(*change.items[0].meanChange, -1.0, Eps); // 3 against 4
    EXPECT_NEAR(*change.items[0].scoreChange, -25.0, Eps);
    EXPECT_NEAR(*change.items[3].meanChange, -2.5, Eps); // price 1.5 against 4
    EXPECT_FALSE(change.items[5].meanChange.has_value()); // recommend: none last year

    ASSERT_EQ(change.groups.size(), 2u);
    EXPECT_EQ(change.groups[0].group, QStringLiteral("华东"));
    EXPECT_NEAR(*change.groups[0].compositeChange, (70.0 + 4250.0 / 60.0) / 2.0 - 75.0, Eps);
    EXPECT_EQ(change.groups[1].group, QStringLiteral("华北"));
    EXPECT_FALSE(change.groups[1].compositeChange.has_value());
}

TEST(SurveyActionsTest, ProposesItemsAndGroupsUnderTheThresholdLowestFirst)
{
    const SurveyReport report = buildSurveyReport(defaultSurveyTemplate(), smallCampaign(), 5, SurveyGrouping::Region);
    const auto proposals = proposeImprovementActions(report);
    ASSERT_EQ(proposals.size(), 6u);
    EXPECT_EQ(proposals[0], (ActionProposal{QString(), SurveyGrouping::Region, QStringLiteral("华北"), 0.0}));
    EXPECT_EQ(proposals[1].itemKey, QStringLiteral("price"));
    EXPECT_EQ(proposals[2].itemKey, QStringLiteral("delivery"));
    EXPECT_EQ(proposals[3].itemKey, QStringLiteral("quality"));
    EXPECT_EQ(proposals[4].itemKey, QStringLiteral("service"));
    EXPECT_EQ(proposals[5].itemKey, QStringLiteral("repurchase"));
    // recommend (80) and 华东 (70.4) are not under 70.
    EXPECT_EQ(proposeImprovementActions(report, 40.0).size(), 3u); // 华北 0, price 12.5, delivery 37.5
}

TEST(SurveyActionsTest, MeasuredChangeIsTheNextCampaignsScoreMinusTheBaseline)
{
    ImprovementAction price;
    price.itemKey = QStringLiteral("price");
    price.baseline = 12.5;
    ImprovementAction north;
    north.grouping = SurveyGrouping::Region;
    north.group = QStringLiteral("华北");
    north.baseline = 0.0;
    const std::vector<SurveyResponseRow> nextYear{response(QStringLiteral("C3"), QStringLiteral("华北"), QStringLiteral("A"),
                                                           answers({{"quality", 3}, {"price", 3}}))};
    const SurveyReport byRegion = buildSurveyReport(defaultSurveyTemplate(), nextYear, 5, SurveyGrouping::Region);
    EXPECT_NEAR(*measuredChange(price, byRegion), 37.5, Eps); // price 3 → 50
    EXPECT_NEAR(*measuredChange(north, byRegion), 50.0, Eps); // composite 50
    const SurveyReport byItem = buildSurveyReport(defaultSurveyTemplate(), nextYear, 5, SurveyGrouping::Item);
    EXPECT_FALSE(measuredChange(north, byItem).has_value());
    ImprovementAction delivery = price;
    delivery.itemKey = QStringLiteral("delivery");
    EXPECT_FALSE(measuredChange(delivery, byItem).has_value()); // nobody rated delivery
}

TEST(SurveyTemplateTest, DefaultTemplateIsValidAndWeighs100)
{
    const SurveyTemplate t = defaultSurveyTemplate();
    EXPECT_TRUE(validateSurveyTemplate(t).isEmpty());
    int weights = 0;
    for (const SurveyItem &item : t.items)
        weights += item.weight;
    EXPECT_EQ(weights, 100);
    EXPECT_EQ(t.item(QStringLiteral("recommend"))->scaleMax, 10);

    SurveyTemplate broken = t;
    broken.items[1].key = QStringLiteral("quality");
    broken.items[2].scaleMin = 5;
    EXPECT_EQ(validateSurveyTemplate(broken).size(), 2);
    SurveyTemplate renamed = t;
    renamed.name = QStringLiteral("x");
    EXPECT_TRUE(renamed.sameItems(t));
    renamed.items[0].weight = 40;
    EXPECT_FALSE(renamed.sameItems(t));
}

CsvRecord row(qint64 line, const std::vector<const char *> &fields)
{
    CsvRecord record;
    record.line = line;
    for (const char *field : fields)
        record.fields.emplace_back(field);
    return record;
}

TEST(SurveyResponseParserTest, ReadsScoresLeavesEmptyCellsUnansweredAndReportsBadScores)
{
    const SurveyTemplate t = defaultSurveyTemplate();
    const SurveyResponseParser parser(t, {QStringLiteral("客户编码"), QStringLiteral("Quality"), QStringLiteral("delivery"),
                                          QStringLiteral("recommend"), QStringLiteral("comment"), QStringLiteral("note")});
    EXPECT_TRUE(parser.headerProblem().isEmpty());
    EXPECT_EQ(parser.unknownHeaders(), QStringList{QStringLiteral("note")});

    SurveyResponseRecord record;
    std::vector<ImportError> errors;
    EXPECT_TRUE(parser.parse(row(2, {"C1", "5", "", "0", " good ", "x"}), record, errors));
    EXPECT_EQ(record.customerCode, QStringLiteral("C1"));
    EXPECT_EQ(record.answers, answers({{"quality", 5}, {"recommend", 0}}, QStringLiteral("good")));

    EXPECT_FALSE(parser.parse(row(3, {"", "6", "x", "11", ""}), record, errors));
    ASSERT_EQ(errors.size(), 4u);
    EXPECT_EQ(errors[0], (ImportError{3, QStringLiteral("客户编码"), QStringLiteral("a value is required")}));
    EXPECT_EQ(errors[1], (ImportError{3, QStringLiteral("Quality"), QStringLiteral("'6' is not a score from 1 to 5")}));
    EXPECT_EQ(errors[2], (ImportError{3, QStringLiteral("delivery"), QStringLiteral("'x' is not a score from 1 to 5")}));
    EXPECT_EQ(errors[3], (ImportError{3, QStringLiteral("recommend"), QStringLiteral("'11' is not a score from 0 to 10")}));
}

TEST(SurveyResponseParserTest, HeaderWithoutCodeOrItemsIsRefused)
{
    const SurveyTemplate t = defaultSurveyTemplate();
    EXPECT_FALSE(SurveyResponseParser(t, {QStringLiteral("quality")}).headerProblem().isEmpty());
    EXPECT_FALSE(SurveyResponseParser(t, {QStringLiteral("customer_code"), QStringLiteral("name")}).headerProblem().isEmpty());
}

} // namespace
} // namespace kehu
