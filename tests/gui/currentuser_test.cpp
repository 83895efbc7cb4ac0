// Settings ▸ My name…: the name steps are recorded under, per user.

#include "app/currentuser.h"
#include "app/currentuserdialog.h"

#include <QLineEdit>

#include <gtest/gtest.h>

namespace kehu::test {
namespace {

class CurrentUserTest : public ::testing::Test
{
protected:
    void TearDown() override
    {
        CurrentUser::setName({});
        CurrentUser::setDepartment({});
    }
};

TEST_F(CurrentUserTest, TheLoginNameUntilANameIsSet)
{
    qputenv("USER", "wangfang");
    EXPECT_EQ(CurrentUser::name(), QStringLiteral("wangfang"));
    EXPECT_EQ(CurrentUser::department(), QString());
}

TEST_F(CurrentUserTest, TheDialogStoresTrimmedNameAndDepartment)
{
    qputenv("USER", "wangfang");
    CurrentUserDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("  李娜 "));
    dialog.findChild<QLineEdit *>(QStringLiteral("departmentEdit"))->setText(QStringLiteral("售后服务部"));
    dialog.accept();
    EXPECT_EQ(CurrentUser::name(), QStringLiteral("李娜"));
    EXPECT_EQ(CurrentUser::department(), QStringLiteral("售后服务部"));

    CurrentUserDialog again;
    again.findChild<QLineEdit *>(QStringLiteral("nameEdit"))->setText(QStringLiteral("   "));
    again.accept();
    EXPECT_EQ(CurrentUser::name(), QStringLiteral("wangfang"));
}

} // namespace
} // namespace kehu::test
