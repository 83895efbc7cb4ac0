#pragma once

#include "customertransactions.h"
#include "duplicateprompt.h"

#include "domain/customer.h"
#include "domain/customervalidator.h"
#include "domain/referencelists.h"
#include "domain/transactions.h"

#include <QDate>
#include <QFutureWatcher>
#include <QWidget>

#include <memory>
#include <vector>

namespace Ui {
class CustomerForm;
}

namespace kehu {

class CompetitorsModel;
class FollowUpPanel;
class ContactsModel;
class Database;
class RowTableModel;

// What every customer page needs from the window around it.
struct CustomerPageContext
{
    ReferenceLists lists;
    QString language = QStringLiteral("en"); // for list item names
    int staleMonths = 12;
    QDate today;
    QString userName; // recorded as the verifier
    DuplicateConfirmation confirmDuplicates;
};

// One customer file in a tab: the form of ui/customerform.ui, its contacts and competitors,
// the read-only orders, payments, service costs and derived figures, and the actions on the
// file (save, verify, review, archive, restore, delete). The page reads and writes through
// the repositories of the window's Database and reports what changed through signals.
class CustomerPage : public QWidget
{
    Q_OBJECT

public:
    // id 0 opens an empty draft for a new customer.
    CustomerPage(const Database &db, CustomerPageContext context, qint64 id, QWidget *parent = nullptr);
    ~CustomerPage() override;

    qint64 customerId() const { return m_customer.id; }
    bool isModified() const { return m_modified; }
    QString title() const; // for the tab: code and name, '*' when modified
    const Customer &customer() const { return m_customer; }

    // Validates and writes the file; false when invalid, cancelled or refused by the database.
    bool save();
    // Asks Save / Discard / Cancel when modified; true when the page may close.
    bool confirmClose();

    void markVerified();
    void markReviewed();
    void archive();
    void restore();
    void removeCustomer(); // after a confirmation; only a draft without orders

    bool canRemove() const;
    void showSection(int index); // the form's tab: 0 Basic … 9 Service costs
    bool hasTransactions() const { return m_transactionsLoaded; }
    FollowUpPanel *followUpPanel() const { return m_followUps; } // null for a new customer

Q_SIGNALS:
    void titleChanged();
    void saved(qint64 id);
    void removed(qint64 id);
    void statusChanged(qint64 id); // verified, reviewed, archived or restored
    void transactionsLoaded();
    void complaintRequested(const QString &number);
    void newComplaintRequested(const QString &customerCode);

private:
    void addComplaintsTab();
    void setUpForm();
    void fillCombos();
    void connectEdits();
    void startLoadingTransactions();
    void onTransactionsLoaded();
    void showCustomer();
    void showHeader();
    void showFigures();
    void showTransactions();
    Customer customerFromForm(std::vector<FieldError> &parseErrors) const;
    std::vector<FieldError> validate(Customer &customer) const;
    void showErrors(const std::vector<FieldError> &errors);
    void setModified(bool modified);
    void onEdited();
    void followRegion();
    void reloadStatus();
    bool runStorage(const QString &what, const std::function<void()> &action);

    const Database &m_db;
    CustomerPageContext m_context;
    std::unique_ptr<Ui::CustomerForm> m_ui;
    ContactsModel *m_contacts = nullptr;
    CompetitorsModel *m_competitors = nullptr;
    RowTableModel *m_orders = nullptr;
    RowTableModel *m_payments = nullptr;
    RowTableModel *m_serviceCosts = nullptr;
    FollowUpPanel *m_followUps = nullptr;

    Customer m_customer;
    CustomerTransactions m_transactions;
    bool m_transactionsLoaded = false;
    QFutureWatcher<CustomerTransactions> *m_transactionWatcher = nullptr;
    bool m_modified = false;
    bool m_loading = false;
    bool m_showErrors = false; // after a refused save, errors follow every edit
};

} // namespace kehu
