#include "cli/checkcommand.h"
#include "cli/customerscommand.h"

#include "storage/database.h"
#include "testsupport.h"

#include <QBuffer>

namespace kehu::test {
namespace {

// Commands write to injected devices, so they can run without a process (KeePassXC's TestCli).
class CommandInProcessTest : public TempFolderTest
{
protected:
    int execute(cli::Command &command, const QStringList &arguments, const QString &db)
    {
        m_out.setData({});
        m_err.setData({});
        m_out.open(QIODevice::WriteOnly);
        m_err.open(QIODevice::WriteOnly);
        command.setDevices(&m_out, &m_err);
        command.setGlobalOptions({ db, false });
        const int code = command.execute(arguments);
        m_out.close();
        m_err.close();
        return code;
    }

    QBuffer m_out;
    QBuffer m_err;
};

TEST_F(CommandInProcessTest, CheckWritesToTheInjectedDevice)
{
    const QString db = path(QStringLiteral("fresh.sqlite"));
    {
        Database created(db);
    }
    cli::CheckCommand check;
    EXPECT_EQ(execute(check, { QStringLiteral("check") }, db), cli::Done);
    EXPECT_TRUE(m_out.data().endsWith("ok\n")) << m_out.data().toStdString();
    EXPECT_TRUE(m_err.data().isEmpty());
}

TEST_F(CommandInProcessTest, SubcommandsShareTheInjectedDevices)
{
    const QString db = path(QStringLiteral("fresh.sqlite"));
    {
        Database created(db);
    }
    cli::CustomersCommand customers;
    EXPECT_EQ(
        execute(customers,
            { QStringLiteral("customers"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") },
            db),
        cli::Done);
    EXPECT_EQ(m_out.data(), QByteArray("[]\n"));
}

TEST_F(CommandInProcessTest, MissingDatabaseIsCannotOpen)
{
    cli::CheckCommand check;
    EXPECT_EQ(execute(check, { QStringLiteral("check") }, path(QStringLiteral("none.sqlite"))), cli::CannotOpen);
    EXPECT_TRUE(m_out.data().isEmpty());
    EXPECT_TRUE(m_err.data().contains("none.sqlite"));
}

} // namespace
} // namespace kehu::test
