// The customer page: opening from the list, saving with Ctrl+S, validation messages next to
// the fields, and the duplicate warning for a new customer.

#include "guitestsupport.h"

#include "app/customerlistmodel.h"
#include "app/customerpage.h"
#include "app/listsdialog.h"
#include "storage/customerrepository.h"
#include "storage/database.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QApplication>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>
#include <QTest>

namespace kehu::test {
namespace {

class CustomerPageTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        writeHandMadeCustomers(file());
        openWindow(file());
    }

    QString file() const { return path(QStringLiteral("hand.sqlite")); }

    // Selects the row of `code` in the list and triggers Customer ▸ Open.
    CustomerPage *openFromList(const QString &code)
    {
        const int row = visibleCodes().indexOf(code);
        m_window->listView()->setCurrentIndex(m_window->listModel()->index(row, 0));
        m_window->findChild<QAction *>(QStringLiteral("openCustomerAction"))->trigger();
        return m_window->currentPage();
    }

    QLineEdit *nameEdit(CustomerPage *page) const { return page->findChild<QLineEdit *>(QStringLiteral("nameEdit")); }

    void replaceText(QLineEdit *edit, const QString &text)
    {
        edit->setFocus();
        edit->selectAll();
        QTest::keyClick(edit, Qt::Key_Delete);
        typeText(edit, text);
    }

    void pressSave() { QTest::keyClick(m_window->focusWidget(), Qt::Key_S, Qt::ControlModifier); }

    QString storedName(const QString &code) const
    {
        Database db(file());
        CustomerRepository repository(db);
        return repository.load(*repository.idOfCode(code)).name;
    }
};

TEST_F(CustomerPageTest, OpenShowsTheCustomerInANewTab)
{
    CustomerPage *page = openFromList(QStringLiteral("H002"));
    ASSERT_NE(page, nullptr);
    EXPECT_EQ(nameEdit(page)->text(), QStringLiteral("北京长城大酒店"));
    EXPECT_EQ(page->findChild<QLineEdit *>(QStringLiteral("phoneEdit"))->text(), QStringLiteral("010-8888 0001"));
    EXPECT_EQ(page->findChild<QTableView *>(QStringLiteral("contactsView"))->model()->rowCount(), 1);
    EXPECT_EQ(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->count(), 2);
}

TEST_F(CustomerPageTest, OpeningTheSameCustomerTwiceFocusesItsTab)
{
    CustomerPage *first = openFromList(QStringLiteral("H002"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(0);
    CustomerPage *second = openFromList(QStringLiteral("H002"));
    EXPECT_EQ(first, second);
    EXPECT_EQ(tabs->count(), 2);
}

TEST_F(CustomerPageTest, CtrlSSavesTheChangedName)
{
    CustomerPage *page = openFromList(QStringLiteral("H002"));
    replaceText(nameEdit(page), QStringLiteral("北京长城饭店"));
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("tabs"));
    EXPECT_TRUE(tabs->tabText(1).endsWith(u'*'));
    pressSave();
    EXPECT_FALSE(tabs->tabText(1).endsWith(u'*'));
    closeWindow();
    EXPECT_EQ(storedName(QStringLiteral("H002")), QStringLiteral("北京长城饭店"));
}

TEST_F(CustomerPageTest, SavedNameShowsInTheListAfterReload)
{
    CustomerPage *page = openFromList(QStringLiteral("H003"));
    replaceText(nameEdit(page), QStringLiteral("Shanghai Pacific Clinic"));
    pressSave();
    ASSERT_TRUE(waitUntil([this] {
        return m_window->listModel()->rowCount() == 5
            && m_window->listModel()->index(2, CustomerListModel::Name).data().toString() == QLatin1String("Shanghai Pacific Clinic");
    }));
}

TEST_F(CustomerPageTest, EmptyNameShowsMessageNextToTheFieldAndDoesNotSave)
{
    CustomerPage *page = openFromList(QStringLiteral("H001"));
    replaceText(nameEdit(page), QString());
    pressSave();
    auto *nameError = page->findChild<QLabel *>(QStringLiteral("nameError"));
    EXPECT_TRUE(nameError->isVisible());
    EXPECT_EQ(nameError->text(), QStringLiteral("A name is required."));
    EXPECT_TRUE(page->findChild<QLabel *>(QStringLiteral("errorSummary"))->isVisible());
    EXPECT_FALSE(page->findChild<QLabel *>(QStringLiteral("codeError"))->isVisible());
    EXPECT_TRUE(page->isModified());
    EXPECT_EQ(storedName(QStringLiteral("H001")), QStringLiteral("苏州华美洗涤有限公司"));

    // Typing a name clears the message at once.
    typeText(nameEdit(page), QStringLiteral("苏州华美"));
    EXPECT_FALSE(nameError->isVisible());
}

TEST_F(CustomerPageTest, InvalidContactEmailShowsUnderTheContacts)
{
    CustomerPage *page = openFromList(QStringLiteral("H002"));
    auto *contacts = page->findChild<QTableView *>(QStringLiteral("contactsView"))->model();
    contacts->setData(contacts->index(0, 4), QStringLiteral("not-an-address"));
    EXPECT_FALSE(page->save());
    auto *contactsError = page->findChild<QLabel *>(QStringLiteral("contactsError"));
    EXPECT_FALSE(contactsError->text().isEmpty());
    EXPECT_TRUE(contactsError->isVisible()); // the page switched to the Contacts tab
}

class NewCustomerTest : public CustomerPageTest
{
protected:
    CustomerPage *fillNewCustomer(const QString &code, const QString &name)
    {
        QTest::keyClick(m_window->focusWidget(), Qt::Key_N, Qt::ControlModifier);
        CustomerPage *page = m_window->currentPage();
        EXPECT_NE(page, nullptr);
        replaceText(page->findChild<QLineEdit *>(QStringLiteral("codeEdit")), code);
        replaceText(nameEdit(page), name);
        auto *region = page->findChild<QComboBox *>(QStringLiteral("regionCombo"));
        region->setCurrentIndex(region->findText(QStringLiteral("East")));
        auto *industry = page->findChild<QComboBox *>(QStringLiteral("industryCombo"));
        industry->setCurrentIndex(industry->findText(QStringLiteral("Laundry")));
        return page;
    }

    int storedCount() const
    {
        Database db(file());
        return CustomerRepository(db).count();
    }
};

TEST_F(NewCustomerTest, SameNormalizedNameWarnsAndCancelSavesNothing)
{
    std::vector<DuplicateCandidate> shown;
    m_window->setDuplicateConfirmation([&](QWidget *, const std::vector<DuplicateCandidate> &candidates) {
        shown = candidates;
        return false; // Cancel
    });
    // Full-width letters and spaces fold away: the same company as H001.
    CustomerPage *page = fillNewCustomer(QStringLiteral("H100"), QStringLiteral("苏州华美洗涤 有限公司"));
    pressSave();
    ASSERT_EQ(shown.size(), 1u);
    EXPECT_EQ(shown[0].code, QStringLiteral("H001"));
    EXPECT_TRUE(shown[0].sameName);
    EXPECT_FALSE(shown[0].samePhone);
    EXPECT_EQ(page->customerId(), 0);
    EXPECT_EQ(storedCount(), 5);
}

TEST_F(NewCustomerTest, SaveAnywayCreatesTheCustomer)
{
    int asked = 0;
    m_window->setDuplicateConfirmation([&](QWidget *, const std::vector<DuplicateCandidate> &) {
        ++asked;
        return true; // Save anyway
    });
    CustomerPage *page = fillNewCustomer(QStringLiteral("H100"), QStringLiteral("苏州华美洗涤有限公司"));
    pressSave();
    EXPECT_EQ(asked, 1);
    EXPECT_NE(page->customerId(), 0);
    EXPECT_EQ(storedCount(), 6);
    ASSERT_TRUE(waitUntil([this] { return visibleRows() == 6; }));
}

TEST_F(NewCustomerTest, DistinctNameSavesWithoutWarning)
{
    int asked = 0;
    m_window->setDuplicateConfirmation([&](QWidget *, const std::vector<DuplicateCandidate> &) {
        ++asked;
        return false;
    });
    CustomerPage *page = fillNewCustomer(QStringLiteral("H200"), QStringLiteral("无锡新华宾馆"));
    pressSave();
    EXPECT_EQ(asked, 0);
    EXPECT_NE(page->customerId(), 0);
    EXPECT_EQ(storedCount(), 6);
}

TEST_F(CustomerPageTest, DeleteIsOnlyOfferedForADraftWithoutOrders)
{
    CustomerPage *page = openFromList(QStringLiteral("H004"));
    ASSERT_TRUE(waitUntil([page] { return page->hasTransactions(); }));
    EXPECT_TRUE(page->canRemove());
    page->markVerified();
    EXPECT_FALSE(page->canRemove());
    EXPECT_FALSE(page->findChild<QWidget *>(QStringLiteral("deleteButton"))->isEnabled());
}

} // namespace
} // namespace kehu::test

namespace kehu::test {
namespace {

TEST_F(CustomerPageTest, ReturnInTheListOpensTheCurrentCustomer)
{
    QTableView *table = m_window->listView();
    table->setFocus();
    table->setCurrentIndex(m_window->listModel()->index(visibleCodes().indexOf(QStringLiteral("H004")), 0));
    QTest::keyClick(table, Qt::Key_Return);
    ASSERT_NE(m_window->currentPage(), nullptr);
    EXPECT_EQ(m_window->currentPage()->customer().code, QStringLiteral("H004"));
}

TEST_F(CustomerPageTest, CtrlFGoesBackToTheListAndFocusesTheFilter)
{
    openFromList(QStringLiteral("H001"));
    QTest::keyClick(m_window->focusWidget(), Qt::Key_F, Qt::ControlModifier);
    EXPECT_EQ(m_window->currentPage(), nullptr);
    EXPECT_EQ(QApplication::focusWidget(), m_window->findChild<QLineEdit *>(QStringLiteral("filterEdit")));
}

TEST_F(CustomerPageTest, CtrlWClosesAnUnchangedPage)
{
    openFromList(QStringLiteral("H001"));
    QTest::keyClick(m_window->focusWidget(), Qt::Key_W, Qt::ControlModifier);
    EXPECT_EQ(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->count(), 1);
}

TEST_F(CustomerPageTest, ListsDialogShowsTheDefaultRegions)
{
    ListsDialog dialog(*m_window->database(), QStringLiteral("en"));
    auto *regions = dialog.findChild<QTableWidget *>(QStringLiteral("regionTable"));
    ASSERT_NE(regions, nullptr);
    EXPECT_EQ(regions->rowCount(), 8); // East, North, South, Central, Northwest, Southwest, Northeast, Overseas
    EXPECT_EQ(regions->item(0, 1)->text(), QStringLiteral("East"));
}

} // namespace
} // namespace kehu::test

namespace kehu::test {
namespace {

// Answers the next message box with `button` as soon as it opens.
void answerNextMessageBox(QMessageBox::StandardButton button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        ASSERT_NE(box, nullptr);
        box->button(button)->click();
    });
}

TEST_F(CustomerPageTest, ClosingAChangedTabAsksAndCancelKeepsIt)
{
    CustomerPage *page = openFromList(QStringLiteral("H002"));
    replaceText(nameEdit(page), QStringLiteral("北京长城饭店"));
    answerNextMessageBox(QMessageBox::Cancel);
    QTest::keyClick(m_window->focusWidget(), Qt::Key_W, Qt::ControlModifier);
    EXPECT_EQ(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->count(), 2);
    EXPECT_EQ(nameEdit(page)->text(), QStringLiteral("北京长城饭店"));
}

TEST_F(CustomerPageTest, ClosingAChangedTabAndDiscardingLeavesTheFileAsItWas)
{
    CustomerPage *page = openFromList(QStringLiteral("H002"));
    replaceText(nameEdit(page), QStringLiteral("北京长城饭店"));
    answerNextMessageBox(QMessageBox::Discard);
    QTest::keyClick(m_window->focusWidget(), Qt::Key_W, Qt::ControlModifier);
    EXPECT_EQ(m_window->findChild<QTabWidget *>(QStringLiteral("tabs"))->count(), 1);
    EXPECT_EQ(storedName(QStringLiteral("H002")), QStringLiteral("北京长城大酒店"));
}

TEST_F(CustomerPageTest, ClosingTheWindowWithChangesAndSavingWritesThem)
{
    CustomerPage *page = openFromList(QStringLiteral("H002"));
    replaceText(nameEdit(page), QStringLiteral("北京长城饭店"));
    answerNextMessageBox(QMessageBox::Save);
    closeWindow();
    EXPECT_EQ(storedName(QStringLiteral("H002")), QStringLiteral("北京长城饭店"));
}

} // namespace
} // namespace kehu::test
