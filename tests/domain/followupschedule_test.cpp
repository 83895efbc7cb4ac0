// The follow-up rule of DOMAIN §8 on fixed dates, worked out by hand.

#include "domain/followup.h"
#include "domain/followupschedule.h"
#include "domain/scorecard.h"

#include "testsupport.h"

#include <gtest/gtest.h>

namespace kehu {
namespace {

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}

FollowUpStatus status(const char *code, AbcClass abcClass, QDate baseline, QDate last = {}, QDate next = {})
{
    FollowUpStatus s;
    s.customerId = QString::fromLatin1(code).mid(1).toLongLong();
    s.code = QString::fromLatin1(code);
    s.name = QStringLiteral("客户 ") + s.code;
    s.abcClass = abcClass;
    s.baseline = baseline;
    s.lastDate = last;
    s.lastNextDate = next;
    return s;
}

TEST(FollowUpScheduleTest, IsoWeekRunsMondayToSunday)
{
    // 2026-11-23 is a Monday, 2026-11-29 a Sunday.
    EXPECT_EQ(isoWeekOf(day(2026, 11, 23)), (Period{day(2026, 11, 23), day(2026, 11, 29)}));
    EXPECT_EQ(isoWeekOf(day(2026, 11, 26)), (Period{day(2026, 11, 23), day(2026, 11, 29)}));
    EXPECT_EQ(isoWeekOf(day(2026, 11, 29)), (Period{day(2026, 11, 23), day(2026, 11, 29)}));
    // Across a year's end: Thursday 2026-12-31 is in the week from Monday 12-28 to Sunday 2027-01-03.
    EXPECT_EQ(isoWeekOf(day(2026, 12, 31)), (Period{day(2026, 12, 28), day(2027, 1, 3)}));
}

TEST(FollowUpScheduleTest, CadencePerClassFromTheLastFollowUp)
{
    const FollowUpCadence cadence; // A 30, B 90, C 365
    const QDate last = day(2026, 1, 10);
    EXPECT_EQ(nextFollowUpDate(last, {}, day(2020, 1, 1), AbcClass::A, cadence), day(2026, 2, 9));
    EXPECT_EQ(nextFollowUpDate(last, {}, day(2020, 1, 1), AbcClass::B, cadence), day(2026, 4, 10));
    EXPECT_EQ(nextFollowUpDate(last, {}, day(2020, 1, 1), AbcClass::C, cadence), day(2027, 1, 10));
}

TEST(FollowUpScheduleTest, LoggedNextDateWinsOverTheCadence)
{
    EXPECT_EQ(nextFollowUpDate(day(2026, 1, 10), day(2026, 1, 17), day(2020, 1, 1), AbcClass::C, FollowUpCadence()),
              day(2026, 1, 17));
}

TEST(FollowUpScheduleTest, NeverFollowedUpCountsFromTheBaseline)
{
    // Created 2026-03-01, class B: due 90 days later, 2026-05-30.
    EXPECT_EQ(nextFollowUpDate({}, {}, day(2026, 3, 1), AbcClass::B, FollowUpCadence()), day(2026, 5, 30));
}

TEST(FollowUpScheduleTest, EditedCadence)
{
    const FollowUpCadence cadence = *FollowUpCadence::fromDays(7, 14, 60);
    EXPECT_EQ(nextFollowUpDate(day(2026, 1, 10), {}, {}, AbcClass::A, cadence), day(2026, 1, 17));
    EXPECT_EQ(nextFollowUpDate(day(2026, 1, 10), {}, {}, AbcClass::C, cadence), day(2026, 3, 11));
    EXPECT_FALSE(FollowUpCadence::fromDays(0, 90, 365));
    EXPECT_FALSE(FollowUpCadence::fromDays(30, 90, 3651));
}

TEST(FollowUpScheduleTest, OverdueIsStrictlyBeforeTheAsOfDay)
{
    // Class A, last 2026-10-20 → due 2026-11-19.
    const FollowUpStatus s = status("C1", AbcClass::A, day(2025, 1, 1), day(2026, 10, 20));
    const FollowUpDue onTheDay = followUpDueOf(s, FollowUpCadence(), day(2026, 11, 19));
    EXPECT_EQ(onTheDay.due, day(2026, 11, 19));
    EXPECT_FALSE(onTheDay.overdue);
    EXPECT_EQ(onTheDay.daysOverdue, 0);
    const FollowUpDue fourDaysLate = followUpDueOf(s, FollowUpCadence(), day(2026, 11, 23));
    EXPECT_TRUE(fourDaysLate.overdue);
    EXPECT_EQ(fourDaysLate.daysOverdue, 4);
    EXPECT_EQ(fourDaysLate.last, day(2026, 10, 20));
}

// As of Wednesday 2026-11-25 (week 2026-11-23 … 11-29):
//   C1 A last 10-20            → due 11-19, overdue 6 days
//   C2 B last 09-01 next 11-29 → due 11-29 (Sunday), due this week, not overdue
//   C3 C last 2025-11-30       → due 2026-11-30 (next Monday): not listed
//   C4 B never, created 08-27  → due 11-25 (today): this week, not overdue
//   C5 A last 11-22 next 11-23 → due 11-23 (Monday), overdue 2 days
//   C6 C never, created 2025-11-01 → due 2026-11-01, overdue 24 days
TEST(FollowUpScheduleTest, DueThisWeekAndOverdueAsOfAFixedDay)
{
    const std::vector<FollowUpStatus> customers{
            status("C1", AbcClass::A, day(2025, 1, 1), day(2026, 10, 20)),
            status("C2", AbcClass::B, day(2025, 1, 1), day(2026, 9, 1), day(2026, 11, 29)),
            status("C3", AbcClass::C, day(2025, 1, 1), day(2025, 11, 30)),
            status("C4", AbcClass::B, day(2026, 8, 27)),
            status("C5", AbcClass::A, day(2025, 1, 1), day(2026, 11, 22), day(2026, 11, 23)),
            status("C6", AbcClass::C, day(2025, 11, 1)),
    };
    const QDate asOf = day(2026, 11, 25);
    const std::vector<FollowUpDue> due = dueFollowUps(customers, FollowUpCadence(), asOf);
    QStringList codes;
    for (const FollowUpDue &d : due)
        codes << QStringLiteral("%1 %2 %3").arg(d.code, d.due.toString(Qt::ISODate)).arg(d.daysOverdue);
    EXPECT_EQ(codes, (QStringList{QStringLiteral("C6 2026-11-01 24"), QStringLiteral("C1 2026-11-19 6"),
                                  QStringLiteral("C5 2026-11-23 2"), QStringLiteral("C4 2026-11-25 0"),
                                  QStringLiteral("C2 2026-11-29 0")}));

    const std::vector<FollowUpDue> overdue = dueFollowUps(customers, FollowUpCadence(), asOf, true);
    QStringList overdueCodes;
    for (const FollowUpDue &d : overdue)
        overdueCodes << d.code;
    EXPECT_EQ(overdueCodes, (QStringList{QStringLiteral("C6"), QStringLiteral("C1"), QStringLiteral("C5")}));
}

TEST(FollowUpScheduleTest, ExpectedFollowUpsOverAPeriod)
{
    const Period year{day(2025, 11, 24), day(2026, 11, 23)}; // 365 days
    EXPECT_EQ(followUpsExpected(year, 30), 12);
    EXPECT_EQ(followUpsExpected(year, 90), 4);
    EXPECT_EQ(followUpsExpected(year, 365), 1);
    const Period october{day(2026, 10, 1), day(2026, 10, 31)}; // 31 days
    EXPECT_EQ(followUpsExpected(october, 30), 1);
    EXPECT_EQ(followUpsExpected(october, 90), 0);
    EXPECT_EQ(followUpsExpected({day(2026, 1, 1), day(2026, 2, 14)}, 90), 1); // 45 days: half, rounded up
}

TEST(FollowUpTest, ValidationNamesTheFields)
{
    FollowUp f;
    f.date = day(2026, 11, 20);
    f.staff = QStringLiteral("王伟");
    f.content = QStringLiteral("回访设备运行情况");
    EXPECT_TRUE(validateFollowUp(f).empty());
    f.nextDate = day(2026, 11, 19);
    const auto errors = validateFollowUp(f);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].field, QStringLiteral("next_date"));
    f.nextDate = day(2026, 11, 20); // the same day is allowed
    f.content = QStringLiteral("  ");
    const auto noContent = validateFollowUp(f);
    ASSERT_EQ(noContent.size(), 1u);
    EXPECT_EQ(noContent[0].field, QStringLiteral("content"));
}

TEST(FollowUpTest, ChannelKeys)
{
    EXPECT_EQ(followUpChannelFromKey(QStringLiteral("Visit")), FollowUpChannel::Visit);
    EXPECT_EQ(followUpChannelFromKey(QStringLiteral("phone")), FollowUpChannel::Phone);
    EXPECT_EQ(toKey(FollowUpChannel::Online), QStringLiteral("online"));
    EXPECT_FALSE(followUpChannelFromKey(QStringLiteral("email")));
}

ScorecardCustomer customer(AbcClass c, qint64 salesYuan, qint64 profitYuan, int done, int due, bool overdue)
{
    ScorecardCustomer s;
    s.abcClass = c;
    s.sales = Money::fromFen(salesYuan * 100);
    s.profit = Money::fromFen(profitYuan * 100);
    s.followUpsDone = done;
    s.followUpsDue = due;
    s.overdue = overdue;
    return s;
}

// 王伟: A (sales 1000, profit 300, 10 of 12 done), C (sales 200, profit −40, 0 of 1, overdue)
//   → 2 customers (A 1, C 1), sales 1200, profit 260, margin 260/1200 = 0.21666…, 10 of 13,
//     rate 10/13, 1 overdue; 3 complaints, 5.5 h, reopen 1/3, satisfaction 4.2, loyalty 3.9.
// 李娜: B (sales 1500, profit 450, 4 of 4) → first, as she sold more; complaints unknown.
// (none): one C without sales or follow-ups due → no margin, no rate.
TEST(ScorecardTest, FiguresPerManager)
{
    std::vector<ScorecardInput> inputs(3);
    inputs[0].accountManagerId = 1;
    inputs[0].manager = QStringLiteral("王伟");
    inputs[0].customers = {customer(AbcClass::A, 1000, 300, 10, 12, false), customer(AbcClass::C, 200, -40, 0, 1, true)};
    inputs[0].complaints = 3;
    inputs[0].meanResolutionHours = 5.5;
    inputs[0].reopenRate = 1.0 / 3.0;
    inputs[0].meanSatisfaction = 4.2;
    inputs[0].meanLoyalty = 3.9;
    inputs[1].accountManagerId = 2;
    inputs[1].manager = QStringLiteral("李娜");
    inputs[1].customers = {customer(AbcClass::B, 1500, 450, 4, 4, false)};
    inputs[2].manager = QString();
    inputs[2].customers = {customer(AbcClass::C, 0, 0, 0, 0, false)};

    const std::vector<ScorecardRow> rows = buildScorecard(inputs);
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].manager, QStringLiteral("李娜"));
    EXPECT_EQ(rows[0].customersByClass, (std::array<int, 3>{0, 1, 0}));
    EXPECT_DOUBLE_EQ(*rows[0].followUpRate, 1.0);
    EXPECT_FALSE(rows[0].complaints);
    EXPECT_FALSE(rows[0].meanSatisfaction);

    const ScorecardRow &wang = rows[1];
    EXPECT_EQ(wang.manager, QStringLiteral("王伟"));
    EXPECT_EQ(wang.customers, 2);
    EXPECT_EQ(wang.customersByClass, (std::array<int, 3>{1, 0, 1}));
    EXPECT_EQ(wang.sales, Money::fromFen(120000));
    EXPECT_EQ(wang.profit, Money::fromFen(26000));
    EXPECT_DOUBLE_EQ(*wang.margin, 260.0 / 1200.0);
    EXPECT_EQ(wang.followUpsDone, 10);
    EXPECT_EQ(wang.followUpsDue, 13);
    EXPECT_EQ(wang.followUpsOverdue, 1);
    EXPECT_DOUBLE_EQ(*wang.followUpRate, 10.0 / 13.0);
    EXPECT_EQ(wang.complaints, 3);
    EXPECT_DOUBLE_EQ(*wang.meanResolutionHours, 5.5);
    EXPECT_DOUBLE_EQ(*wang.reopenRate, 1.0 / 3.0);
    EXPECT_DOUBLE_EQ(*wang.meanSatisfaction, 4.2);
    EXPECT_DOUBLE_EQ(*wang.meanLoyalty, 3.9);

    const ScorecardRow &none = rows[2];
    EXPECT_EQ(none.accountManagerId, 0);
    EXPECT_EQ(none.customers, 1);
    EXPECT_FALSE(none.margin);
    EXPECT_FALSE(none.followUpRate);
}

// Received 2026-01-05 09:00, closed 01-08 09:00 (72 h), reported and reopened once;
// received 02-01 08:00, closed 20:00 (12 h), reported, not reopened; a third still open.
// → 3 complaints, mean resolution (72 + 12) / 2 = 42 h, reopen rate 1 of 2 reported = 0.5.
TEST(ScorecardTest, ComplaintFiguresHandChecked)
{
    auto at = [](const char *iso) { return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate); };
    Complaint first;
    first.receivedAt = at("2026-01-05T09:00:00");
    first.closedAt = at("2026-01-08T09:00:00");
    first.reopenCount = 1;
    first.history = {{ComplaintStep::Add, first.receivedAt, {}, {}}, {ComplaintStep::Report, at("2026-01-06T11:00:00"), {}, {}}};
    Complaint second;
    second.receivedAt = at("2026-02-01T08:00:00");
    second.closedAt = at("2026-02-01T20:00:00");
    second.history = {{ComplaintStep::Add, second.receivedAt, {}, {}}, {ComplaintStep::Report, at("2026-02-01T18:00:00"), {}, {}}};
    Complaint open;
    open.receivedAt = at("2026-03-01T08:00:00");
    open.history = {{ComplaintStep::Add, open.receivedAt, {}, {}}};

    const ComplaintFigures figures = complaintFigures({first, second, open});
    EXPECT_EQ(figures.count, 3);
    EXPECT_DOUBLE_EQ(*figures.meanResolutionHours, 42.0);
    EXPECT_DOUBLE_EQ(*figures.reopenRate, 0.5);

    const ComplaintFigures none = complaintFigures({open});
    EXPECT_EQ(none.count, 1);
    EXPECT_FALSE(none.meanResolutionHours);
    EXPECT_FALSE(none.reopenRate);
    EXPECT_FALSE(meanOf({}));
    EXPECT_DOUBLE_EQ(*meanOf({4.0, 5.0, 3.0}), 4.0);
}

} // namespace
} // namespace kehu
