#include "storage/complaintdemodata.h"
#include "storage/complaintrepository.h"
#include "storage/database.h"
#include "storage/demodatagenerator.h"

#include "testsupport.h"

#include <set>

namespace kehu {
namespace {

class ComplaintDemoDataTest : public test::TempFolderTest
{
protected:
    std::vector<Complaint> generate(const QString &name, quint64 seed)
    {
        Database db(path(name));
        DemoDataGenerator::Options options;
        options.customers = 40;
        options.orders = 300;
        options.today = QDate(2026, 6, 30);
        DemoDataGenerator::generate(db, options);
        EXPECT_EQ(ComplaintDemoData::generate(db, 80, seed, QDateTime(QDate(2026, 6, 30), QTime(17, 0))), 80);
        return ComplaintRepository(db).list();
    }
};

TEST_F(ComplaintDemoDataTest, EveryStateAndTheSameForTheSameSeed)
{
    const std::vector<Complaint> first = generate(QStringLiteral("a.sqlite"), 7);
    ASSERT_EQ(first.size(), 80u);
    std::set<ComplaintState> states;
    for (const Complaint &c : first) {
        states.insert(c.state);
        EXPECT_LE(c.lastStepAt(), QDateTime(QDate(2026, 6, 30), QTime(17, 0))) << c.number.toStdString();
        for (size_t i = 1; i < c.history.size(); ++i)
            EXPECT_LE(c.history[i - 1].at, c.history[i].at) << c.number.toStdString();
    }
    EXPECT_TRUE(states.count(ComplaintState::Closed));
    EXPECT_GE(states.size(), 3u);

    const std::vector<Complaint> again = generate(QStringLiteral("b.sqlite"), 7);
    ASSERT_EQ(again.size(), first.size());
    for (size_t i = 0; i < first.size(); ++i) {
        EXPECT_EQ(again[i].number, first[i].number);
        EXPECT_EQ(again[i].state, first[i].state);
        EXPECT_EQ(again[i].history.size(), first[i].history.size());
    }
}

} // namespace
} // namespace kehu
