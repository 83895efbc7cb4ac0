#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"

#include "testsupport.h"

namespace kehu {
namespace {

class ReferenceListRepositoryTest : public test::TempFolderTest
{
};

TEST_F(ReferenceListRepositoryTest, AddRenameAndRemove)
{
    Database db(path(QStringLiteral("k.sqlite")));
    ReferenceListRepository repo(db);
    ListItem manager{0, QStringLiteral("陈静"), QStringLiteral("Chen Jing"), 0};
    repo.add(ListKind::AccountManager, manager);
    ASSERT_GT(manager.id, 0);
    ListItem twin{0, QStringLiteral("陈静"), {}, 0};
    EXPECT_THROW(repo.add(ListKind::AccountManager, twin), StorageError);

    manager.name = QStringLiteral("陈静怡");
    repo.update(ListKind::AccountManager, manager);
    const ReferenceLists lists = repo.load();
    ASSERT_EQ(lists.accountManagers.size(), 1u);
    EXPECT_EQ(lists.accountManagers[0].name, QStringLiteral("陈静怡"));
    EXPECT_EQ(lists.nameOf(ListKind::AccountManager, manager.id, QStringLiteral("en")), QStringLiteral("Chen Jing"));

    repo.remove(ListKind::AccountManager, manager.id);
    EXPECT_TRUE(repo.load().accountManagers.empty());
}

TEST_F(ReferenceListRepositoryTest, AnEntryInUseCannotBeRemoved)
{
    Database db(path(QStringLiteral("k.sqlite")));
    ReferenceListRepository repo(db);
    const ReferenceLists lists = repo.load();
    Customer c;
    c.code = QStringLiteral("C1");
    c.name = QStringLiteral("甲公司");
    c.regionId = lists.regions[0].id;
    c.industryId = lists.industries[0].id;
    CustomerRepository(db).create(c);
    try {
        repo.remove(ListKind::Region, lists.regions[0].id);
        FAIL();
    } catch (const StorageError &e) {
        EXPECT_EQ(e.kind(), StorageError::Kind::Refused);
    }
    EXPECT_EQ(repo.load().regions.size(), 8u);
}

TEST_F(ReferenceListRepositoryTest, FindOrAddMatchesEitherNameOrAdds)
{
    Database db(path(QStringLiteral("k.sqlite")));
    ReferenceListRepository repo(db);
    const qint64 east = repo.findOrAdd(ListKind::Region, QStringLiteral("华东"));
    EXPECT_EQ(repo.findOrAdd(ListKind::Region, QStringLiteral("east")), east);
    const qint64 added = repo.findOrAdd(ListKind::Industry, QStringLiteral("食品加工"));
    EXPECT_GT(added, 0);
    EXPECT_EQ(repo.load().industries.size(), 9u);
    EXPECT_EQ(repo.findOrAdd(ListKind::Industry, QString()), 0);
}

} // namespace
} // namespace kehu
