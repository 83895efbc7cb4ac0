// Who took a step when no name is given: the login name from the environment, else the home
// folder's name.

#include "domain/loginname.h"

#include <QDir>

#include <gtest/gtest.h>

namespace kehu {
namespace {

class LoginNameTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
            m_saved.push_back({variable, qgetenv(variable), qEnvironmentVariableIsSet(variable)});
        for (const char *variable : {"USER", "LOGNAME", "USERNAME"})
            qunsetenv(variable);
    }
    void TearDown() override
    {
        for (const Saved &saved : m_saved) {
            if (saved.wasSet)
                qputenv(saved.name, saved.value);
            else
                qunsetenv(saved.name);
        }
    }

    struct Saved
    {
        const char *name;
        QByteArray value;
        bool wasSet;
    };
    std::vector<Saved> m_saved;
};

TEST_F(LoginNameTest, UserComesFirst)
{
    qputenv("USERNAME", "win");
    qputenv("USER", " wangfang ");
    EXPECT_EQ(loginName(), QStringLiteral("wangfang"));
}

TEST_F(LoginNameTest, LognameOrUsernameWhenUserIsMissing)
{
    qputenv("USERNAME", "lina");
    EXPECT_EQ(loginName(), QStringLiteral("lina"));
    qputenv("LOGNAME", "zhaolei");
    EXPECT_EQ(loginName(), QStringLiteral("zhaolei"));
}

TEST_F(LoginNameTest, TheHomeFolderWhenTheEnvironmentSaysNothing)
{
    EXPECT_EQ(loginName(), QDir::home().dirName());
}

} // namespace
} // namespace kehu
