#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"
#include "storage/transactionrepository.h"

#include "testsupport.h"

#include <QSqlQuery>

namespace kehu {
namespace {

class MigrationsTest : public test::TempFolderTest, public ::testing::WithParamInterface<int>
{
};

Database::Options atVersion(int version)
{
    Database::Options options;
    options.targetVersion = version;
    return options;
}

QStringList tables(const Database &db)
{
    QStringList names;
    QSqlQuery q(db.connection());
    q.exec(QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"));
    while (q.next())
        names << q.value(0).toString();
    return names;
}

// A file left at every earlier version, with data where that version has tables for it,
// opens at the current version with its data intact.
TEST_P(MigrationsTest, UpgradesFromEveryEarlierVersion)
{
    const int from = GetParam();
    const QString file = path(QStringLiteral("old.sqlite"));
    {
        Database old(file, atVersion(from));
        EXPECT_EQ(old.schemaVersion(), from);
        if (from >= 1) {
            QSqlQuery q(old.connection());
            ASSERT_TRUE(q.exec(QStringLiteral(
                    "INSERT INTO customers (code, name, name_key, region_id, industry_id, created_at, updated_at)"
                    " VALUES ('C1', '华美酒店', '华美酒店', 1, 1, '2024-01-01T00:00:00Z', '2024-01-01T00:00:00Z')")));
        }
    }
    Database db(file);
    EXPECT_EQ(db.schemaVersion(), Database::currentSchemaVersion());
    EXPECT_TRUE(db.check().isEmpty()) << db.check().join(u'\n').toStdString();
    EXPECT_EQ(tables(db), (QStringList{QStringLiteral("account_managers"), QStringLiteral("competitors"),
                                       QStringLiteral("complaint_attachments"), QStringLiteral("complaint_comments"),
                                       QStringLiteral("complaint_departments"), QStringLiteral("complaint_steps"),
                                       QStringLiteral("complaints"),
                                       QStringLiteral("contacts"), QStringLiteral("customer_month"), QStringLiteral("customers"),
                                       QStringLiteral("industries"), QStringLiteral("orders"),
                                       QStringLiteral("payments"), QStringLiteral("regions"),
                                       QStringLiteral("sales_centers"), QStringLiteral("service_costs"),
                                       QStringLiteral("settings")}));
    const ReferenceLists lists = ReferenceListRepository(db).load();
    EXPECT_EQ(lists.regions.size(), 8u);
    EXPECT_EQ(lists.industries.size(), 8u);
    EXPECT_EQ(lists.salesCenters.size(), 4u);
    if (from >= 1) {
        CustomerRepository customers(db);
        const auto id = customers.idOfCode(QStringLiteral("C1"));
        ASSERT_TRUE(id);
        EXPECT_EQ(customers.load(*id).name, QStringLiteral("华美酒店"));
        EXPECT_EQ(TransactionRepository(db).orderCount(*id), 0);
    }
}

INSTANTIATE_TEST_SUITE_P(EveryVersion, MigrationsTest, ::testing::Range(0, Database::currentSchemaVersion()));

TEST_F(MigrationsTest, DefaultRegionsFollowTheirCenters)
{
    Database db(path(QStringLiteral("k.sqlite")));
    const ReferenceLists lists = ReferenceListRepository(db).load();
    auto centerOf = [&lists](const char *region) {
        return lists.nameOf(ListKind::SalesCenter, lists.centerOfRegion(lists.findByName(ListKind::Region, QString::fromUtf8(region))->id), QStringLiteral("en"));
    };
    EXPECT_EQ(centerOf("华东"), QStringLiteral("Shanghai"));
    EXPECT_EQ(centerOf("华南"), QStringLiteral("Shanghai"));
    EXPECT_EQ(centerOf("华北"), QStringLiteral("Beijing"));
    EXPECT_EQ(centerOf("东北"), QStringLiteral("Beijing"));
    EXPECT_EQ(centerOf("Overseas"), QStringLiteral("International"));
}

} // namespace
} // namespace kehu
