#include "guitestsupport.h"

#include "app/applanguage.h"
#include "app/customerlistmodel.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/referencelistrepository.h"

#include <QApplication>
#include <QMessageBox>
#include <QTimer>
#include <QDeadlineTimer>
#include <QInputMethodEvent>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

namespace kehu::test {

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QTest::qWait(5);
    }
    return true;
}

void typeText(QWidget *widget, const QString &text)
{
    for (QChar c : text) {
        if (c.unicode() < 0x80) {
            QTest::keyClick(widget, c.toLatin1());
            continue;
        }
        QInputMethodEvent event;
        event.setCommitString(QString(c));
        QCoreApplication::sendEvent(widget, &event);
    }
}

namespace {

Customer customer(const ReferenceLists &lists, const QString &code, const QString &name, const char *region,
                  const char *industry, const QString &phone)
{
    Customer c;
    c.code = code;
    c.name = name;
    c.regionId = lists.findByName(ListKind::Region, QString::fromUtf8(region))->id;
    c.industryId = lists.findByName(ListKind::Industry, QString::fromUtf8(industry))->id;
    c.phone = phone;
    return c;
}

Contact contact(const QString &name, const QString &phone)
{
    Contact c;
    c.name = name;
    c.phone = phone;
    return c;
}

} // namespace

void writeHandMadeCustomers(const QString &path)
{
    Database db(path);
    const ReferenceLists lists = ReferenceListRepository(db).load();
    CustomerRepository repository(db);
    std::vector<Customer> customers{
            customer(lists, QStringLiteral("H001"), QStringLiteral("苏州华美洗涤有限公司"), "East", "Laundry", QStringLiteral("0512-6666 1234")),
            customer(lists, QStringLiteral("H002"), QStringLiteral("北京长城大酒店"), "North", "Hotel", QStringLiteral("010-8888 0001")),
            customer(lists, QStringLiteral("H003"), QStringLiteral("Shanghai Pacific Hospital"), "East", "Hospital", QStringLiteral("021-5555 0100")),
            customer(lists, QStringLiteral("H004"), QStringLiteral("广州白云职业学院"), "South", "School", QStringLiteral("020-3333 4444")),
            customer(lists, QStringLiteral("H005"), QStringLiteral("华美酒店管理有限公司"), "South", "Hotel", QStringLiteral("0755-1234 5678")),
    };
    customers[0].contacts.push_back(contact(QStringLiteral("张伟"), QStringLiteral("13800138000")));
    customers[1].contacts.push_back(contact(QStringLiteral("李娜"), QStringLiteral("13911112222")));
    customers[3].contacts.push_back(contact(QStringLiteral("王芳"), QStringLiteral("13533334444")));
    for (Customer &c : customers)
        repository.create(c);
}

void MainWindowTest::SetUp()
{
    QSettings().clear();
    AppLanguage::setSetting(QStringLiteral("en"));
    // A modal dialog nobody expected would block the test forever: fail and close it instead.
    m_dialogGuard = std::make_unique<QTimer>();
    QObject::connect(m_dialogGuard.get(), &QTimer::timeout, [] {
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && !modal->property(ExpectedDialogProperty).toBool()) {
            const auto *box = qobject_cast<QMessageBox *>(modal);
            ADD_FAILURE() << "unexpected dialog: " << (box ? box->text() : modal->windowTitle()).toStdString();
            modal->close();
        }
    });
    m_dialogGuard->start(500);
}

void MainWindowTest::TearDown()
{
    m_dialogGuard.reset();
    m_window.reset();
}

void MainWindowTest::openWindow(const QString &databasePath)
{
    m_window = std::make_unique<MainWindow>();
    m_window->show();
    ASSERT_TRUE(m_window->openDatabase(databasePath));
    ASSERT_TRUE(waitUntil([this] { return m_window->isListComplete(); }));
    m_window->activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(m_window.get()));
}

void MainWindowTest::closeWindow()
{
    m_window->close();
    m_window.reset();
}

QLineEdit *MainWindowTest::filterEdit() const
{
    return m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit"));
}

void MainWindowTest::typeFilter(const QString &text)
{
    filterEdit()->clear();
    typeText(filterEdit(), text);
}

int MainWindowTest::visibleRows() const
{
    return m_window->listModel()->rowCount();
}

QStringList MainWindowTest::visibleCodes() const
{
    QStringList codes;
    const CustomerListModel *model = m_window->listModel();
    for (int row = 0; row < model->rowCount(); ++row)
        codes << model->index(row, CustomerListModel::Code).data().toString();
    return codes;
}

} // namespace kehu::test
