#include "customerpage.h"

#include "customercomplaintswidget.h"

#include "customersurveybox.h"
#include "displayformat.h"

#include "competitorsmodel.h"
#include "contactroledelegate.h"
#include "contactsmodel.h"
#include "customerclasspanel.h"
#include "followuppanel.h"
#include "rowtablemodel.h"
#include "ui_customerform.h"

#include "domain/customerfigures.h"
#include "domain/period.h"
#include "storage/customerrepository.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QHeaderView>
#include <QIntValidator>
#include <QLocale>
#include <QMessageBox>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <map>

namespace kehu {
namespace {

void fillListCombo(QComboBox *combo, const std::vector<ListItem> &items, const QString &language)
{
    combo->clear();
    combo->addItem(QCoreApplication::translate("kehu::CustomerPage", "— not set —"), qint64(0));
    for (const ListItem &item : items)
        combo->addItem(item.displayName(language), item.id);
}

template<typename Enum>
void fillEnumCombo(QComboBox *combo)
{
    combo->clear();
    for (Enum value : allValues<Enum>())
        combo->addItem(displayName(value), int(value));
}

void selectData(QComboBox *combo, const QVariant &value)
{
    combo->setCurrentIndex(std::max(0, combo->findData(value)));
}

void prepareTable(QTableView *view)
{
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
}

} // namespace

CustomerPage::CustomerPage(const Database &db, CustomerPageContext context, qint64 id, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_context(std::move(context))
    , m_ui(std::make_unique<Ui::CustomerForm>())
{
    m_ui->setupUi(this);
    setUpForm();
    // The customer's ABC class and its strategy, under the status line.
    m_ui->vbox7->insertWidget(2, new CustomerClassPanel(m_db, id, m_context.today, this));
    if (id != 0) {
        m_customer = CustomerRepository(m_db).load(id); // NotFound goes to the caller
        startLoadingTransactions();
        addComplaintsTab();
        m_ui->vbox1->insertWidget(m_ui->vbox1->indexOf(m_ui->figuresBox) + 1, new CustomerSurveyBox(m_db, id, m_ui->cooperationTab));
    } else {
        m_transactionsLoaded = true; // a new customer has none
    }
    showCustomer();
    connectEdits();
    if (id != 0) { // the follow-up log in its own tab, the last and next under the header
        m_followUps = new FollowUpPanel(m_db, m_customer, m_context.today, this);
        m_ui->sections->addTab(m_followUps, tr("Follow-ups"));
        m_ui->vbox7->insertWidget(2, m_followUps->summaryLabel());
    }
}

CustomerPage::~CustomerPage() = default;

void CustomerPage::setUpForm()
{
    m_contacts = new ContactsModel(this);
    m_competitors = new CompetitorsModel(this);
    m_orders = new RowTableModel({tr("Order no."), tr("Date"), tr("Product model"), tr("Quantity"), tr("Amount"),
                                  tr("Cost"), tr("Profit"), tr("Due date"), tr("Paid"), tr("Outstanding")}, this);
    m_payments = new RowTableModel({tr("Order no."), tr("Date"), tr("Amount")}, this);
    m_serviceCosts = new RowTableModel({tr("Date"), tr("Category"), tr("Amount"), tr("Note")}, this);
    m_ui->contactsView->setModel(m_contacts);
    m_ui->contactsView->setItemDelegateForColumn(ContactsModel::Role, new ContactRoleDelegate(this));
    m_ui->competitorsView->setModel(m_competitors);
    m_ui->ordersView->setModel(m_orders);
    m_ui->paymentsView->setModel(m_payments);
    m_ui->serviceCostsView->setModel(m_serviceCosts);
    for (QTableView *view : {m_ui->contactsView, m_ui->competitorsView, m_ui->ordersView, m_ui->paymentsView,
                             m_ui->serviceCostsView})
        prepareTable(view);
    m_ui->contactsView->horizontalHeader()->setDefaultSectionSize(130);
    m_ui->competitorsView->horizontalHeader()->setDefaultSectionSize(260);

    m_ui->employeesEdit->setValidator(new QIntValidator(0, 10'000'000, this));
    m_ui->paymentTermsEdit->setValidator(new QIntValidator(0, 365, this));
    m_ui->customerSinceEdit->setMaximumDate(m_context.today);
    m_ui->customerSinceEdit->setSpecialValueText(tr("Not set"));
    m_ui->periodCombo->addItem(tr("Last 12 months"), 0);
    m_ui->periodCombo->addItem(tr("This year"), 1);
    m_ui->periodCombo->addItem(tr("Last year"), 2);
    m_ui->periodCombo->addItem(tr("All time"), 3);
    fillCombos();

    connect(m_ui->addContactButton, &QPushButton::clicked, this, [this] {
        const int row = m_contacts->addContact();
        m_ui->contactsView->edit(m_contacts->index(row, ContactsModel::Name));
    });
    connect(m_ui->removeContactButton, &QPushButton::clicked, this,
            [this] { m_contacts->removeContact(m_ui->contactsView->currentIndex().row()); });
    connect(m_ui->addCompetitorButton, &QPushButton::clicked, this, [this] {
        const int row = m_competitors->addCompetitor();
        m_ui->competitorsView->edit(m_competitors->index(row, CompetitorsModel::Name));
    });
    connect(m_ui->removeCompetitorButton, &QPushButton::clicked, this,
            [this] { m_competitors->removeCompetitor(m_ui->competitorsView->currentIndex().row()); });
    connect(m_ui->periodCombo, &QComboBox::currentIndexChanged, this, &CustomerPage::showFigures);
    connect(m_ui->saveButton, &QPushButton::clicked, this, &CustomerPage::save);
    connect(m_ui->verifyButton, &QPushButton::clicked, this, &CustomerPage::markVerified);
    connect(m_ui->reviewedButton, &QPushButton::clicked, this, &CustomerPage::markReviewed);
    connect(m_ui->archiveButton, &QPushButton::clicked, this, &CustomerPage::archive);
    connect(m_ui->restoreButton, &QPushButton::clicked, this, &CustomerPage::restore);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &CustomerPage::removeCustomer);
}

void CustomerPage::fillCombos()
{
    const ReferenceLists &lists = m_context.lists;
    fillListCombo(m_ui->regionCombo, lists.regions, m_context.language);
    fillListCombo(m_ui->industryCombo, lists.industries, m_context.language);
    fillListCombo(m_ui->managerCombo, lists.accountManagers, m_context.language);
    fillListCombo(m_ui->centerCombo, lists.salesCenters, m_context.language);
    fillEnumCombo<Ownership>(m_ui->ownershipCombo);
    fillEnumCombo<Relationship>(m_ui->relationshipCombo);
    fillEnumCombo<Category>(m_ui->categoryCombo);
}

void CustomerPage::connectEdits()
{
    for (QLineEdit *edit : findChildren<QLineEdit *>()) {
        if (edit->parent() != m_ui->customerSinceEdit)
            connect(edit, &QLineEdit::textEdited, this, &CustomerPage::onEdited);
    }
    for (QPlainTextEdit *edit : {m_ui->strengthsEdit, m_ui->weaknessesEdit})
        connect(edit, &QPlainTextEdit::textChanged, this, &CustomerPage::onEdited);
    for (QComboBox *combo : {m_ui->regionCombo, m_ui->industryCombo, m_ui->managerCombo, m_ui->centerCombo,
                             m_ui->ownershipCombo, m_ui->relationshipCombo, m_ui->categoryCombo})
        connect(combo, &QComboBox::currentIndexChanged, this, &CustomerPage::onEdited);
    connect(m_ui->regionCombo, &QComboBox::currentIndexChanged, this, &CustomerPage::followRegion);
    connect(m_ui->centerManualCheck, &QCheckBox::toggled, this, [this] {
        followRegion();
        onEdited();
    });
    connect(m_ui->customerSinceEdit, &QDateEdit::dateChanged, this, &CustomerPage::onEdited);
    connect(m_contacts, &ContactsModel::edited, this, &CustomerPage::onEdited);
    connect(m_competitors, &CompetitorsModel::edited, this, &CustomerPage::onEdited);
}

void CustomerPage::startLoadingTransactions()
{
    m_transactionWatcher = new QFutureWatcher<CustomerTransactions>(this);
    connect(m_transactionWatcher, &QFutureWatcher<CustomerTransactions>::finished, this, &CustomerPage::onTransactionsLoaded);
    for (QTableView *view : {m_ui->ordersView, m_ui->paymentsView, m_ui->serviceCostsView})
        view->setEnabled(false);
    m_transactionWatcher->setFuture(QtConcurrent::run(
            [path = m_db.path(), id = m_customer.id] { return CustomerTransactions::load(path, id); }));
}

void CustomerPage::onTransactionsLoaded()
{
    m_transactions = m_transactionWatcher->future().takeResult();
    if (!m_transactions.error.isEmpty()) {
        spdlog::warn("cannot load the orders of {}: {}", m_customer.code.toStdString(), m_transactions.error.toStdString());
        m_ui->figuresBox->setTitle(tr("Figures: the orders could not be read (%1)").arg(m_transactions.error));
        return;
    }
    m_transactionsLoaded = true;
    for (QTableView *view : {m_ui->ordersView, m_ui->paymentsView, m_ui->serviceCostsView})
        view->setEnabled(true);
    showFigures();
    showTransactions();
    showHeader();
    Q_EMIT transactionsLoaded();
}

void CustomerPage::showCustomer()
{
    m_loading = true;
    const Customer &c = m_customer;
    m_ui->codeEdit->setText(c.code);
    m_ui->nameEdit->setText(c.name);
    m_ui->addressEdit->setText(c.address);
    selectData(m_ui->regionCombo, c.regionId);
    m_ui->phoneEdit->setText(c.phone);
    m_ui->websiteEdit->setText(c.website);
    m_ui->employeesEdit->setText(c.employees ? QString::number(*c.employees) : QString());
    m_ui->revenueBandEdit->setText(c.revenueBand);
    selectData(m_ui->ownershipCombo, int(c.ownership));
    selectData(m_ui->industryCombo, c.industryId);
    m_ui->reputationEdit->setText(c.reputation);
    m_ui->capacityEdit->setText(c.productionCapacity);
    m_ui->annualSalesEdit->setText(c.annualSales ? c.annualSales->toPlainString() : QString());
    m_ui->positionEdit->setText(c.industryPosition);
    m_ui->creditStatusEdit->setText(c.creditStatus);
    m_ui->strengthsEdit->setPlainText(c.strengths);
    m_ui->weaknessesEdit->setPlainText(c.weaknesses);
    m_ui->customerSinceEdit->setDate(c.customerSince.isValid() ? c.customerSince : m_ui->customerSinceEdit->minimumDate());
    m_ui->mainProductsEdit->setText(c.mainProducts);
    m_ui->paymentTermsEdit->setText(c.paymentTermsDays ? QString::number(*c.paymentTermsDays) : QString());
    selectData(m_ui->relationshipCombo, int(c.relationship));
    selectData(m_ui->categoryCombo, int(c.category));
    selectData(m_ui->managerCombo, c.accountManagerId);
    m_ui->centerManualCheck->setChecked(c.salesCenterManual);
    selectData(m_ui->centerCombo, c.salesCenterId);
    followRegion();
    m_contacts->setContacts(c.contacts);
    m_competitors->setCompetitors(c.competitors);
    const std::optional<int> years = yearsOfCooperation(c.customerSince, m_context.today);
    m_ui->yearsValue->setText(years ? QLocale().toString(*years) : QStringLiteral("–"));
    showHeader();
    showFigures();
    showTransactions();
    m_loading = false;
}

void CustomerPage::showHeader()
{
    const Customer &c = m_customer;
    m_ui->codeHeader->setText(c.code);
    m_ui->nameHeader->setText(c.id == 0 && c.name.isEmpty() ? tr("New customer") : c.name);
    if (c.status == CustomerStatus::Verified) {
        m_ui->statusLabel->setText(tr("Verified by %1 on %2")
                                           .arg(c.verifiedBy, formatTimestamp(c.verifiedAt)));
    } else {
        m_ui->statusLabel->setText(tr("Draft: not yet verified by the customer service center"));
    }
    const QDate reviewed = c.lastReviewed.isValid() ? c.lastReviewed : c.createdAt.date();
    const bool stale = c.id != 0 && isStale(reviewed, m_context.today, m_context.staleMonths);
    m_ui->staleLabel->setVisible(stale);
    m_ui->staleLabel->setText(tr("Stale: last reviewed %1").arg(formatDate(reviewed)));
    m_ui->archivedLabel->setVisible(c.isArchived());
    m_ui->archivedLabel->setText(tr("Archived on %1").arg(formatDate(c.archivedAt.toLocalTime().date())));

    const bool saved = c.id != 0;
    m_ui->verifyButton->setEnabled(saved && c.status != CustomerStatus::Verified);
    m_ui->reviewedButton->setEnabled(saved);
    m_ui->archiveButton->setVisible(!c.isArchived());
    m_ui->archiveButton->setEnabled(saved);
    m_ui->restoreButton->setVisible(c.isArchived());
    m_ui->deleteButton->setEnabled(canRemove());
}

void CustomerPage::showSection(int index)
{
    m_ui->sections->setCurrentIndex(index);
}

bool CustomerPage::canRemove() const
{
    return m_customer.id != 0 && m_customer.status == CustomerStatus::Draft && m_transactionsLoaded
        && m_transactions.orders.empty();
}

void CustomerPage::showFigures()
{
    const QDate today = m_context.today;
    Period period = Period::lastTwelveMonths(today);
    switch (m_ui->periodCombo->currentData().toInt()) {
    case 1: period = {QDate(today.year(), 1, 1), today}; break;
    case 2: period = {QDate(today.year() - 1, 1, 1), QDate(today.year() - 1, 12, 31)}; break;
    case 3: period = {QDate(1900, 1, 1), today}; break;
    default: break;
    }
    if (!m_transactionsLoaded) {
        for (QLabel *label : {m_ui->orderCountValue, m_ui->salesValue, m_ui->profitValue, m_ui->marginValue,
                              m_ui->receivablesValue, m_ui->collectionValue, m_ui->serviceCostValue})
            label->setText(tr("loading…"));
        return;
    }
    const CustomerFigures f = computeCustomerFigures(m_transactions.orders, m_transactions.payments,
                                                     m_transactions.serviceCosts, period);
    m_ui->orderCountValue->setText(QLocale().toString(f.orderCount));
    m_ui->salesValue->setText(formatMoney(f.sales));
    m_ui->profitValue->setText(formatMoney(f.profit));
    m_ui->marginValue->setText(formatPercent(f.margin));
    m_ui->receivablesValue->setText(formatMoney(f.receivables));
    m_ui->collectionValue->setText(formatPercent(f.collectionRate));
    m_ui->serviceCostValue->setText(formatMoney(f.serviceCost));
}

void CustomerPage::showTransactions()
{
    m_orders->setRows(m_transactions.orderRows, {3, 4, 5, 6, 8, 9});
    m_payments->setRows(m_transactions.paymentRows, {2});
    m_serviceCosts->setRows(m_transactions.serviceCostRows, {2});
}

void CustomerPage::addComplaintsTab()
{
    auto *complaints = new CustomerComplaintsWidget(m_db, m_customer.id, m_context.today, m_ui->sections);
    connect(complaints, &CustomerComplaintsWidget::complaintRequested, this, &CustomerPage::complaintRequested);
    connect(complaints, &CustomerComplaintsWidget::newComplaintRequested, this,
            [this] { Q_EMIT newComplaintRequested(m_customer.code); });
    m_ui->sections->addTab(complaints, tr("Complaints"));
}

void CustomerPage::followRegion()
{
    const bool manual = m_ui->centerManualCheck->isChecked();
    m_ui->centerCombo->setEnabled(manual);
    if (manual)
        return;
    // The center the region's customers belong to, as the database will store it.
    const qint64 center = m_context.lists.centerOfRegion(m_ui->regionCombo->currentData().toLongLong());
    const bool wasLoading = m_loading;
    m_loading = true;
    selectData(m_ui->centerCombo, center);
    m_loading = wasLoading;
}

Customer CustomerPage::customerFromForm(std::vector<FieldError> &parseErrors) const
{
    Customer c = m_customer;
    c.code = m_ui->codeEdit->text().trimmed();
    c.name = m_ui->nameEdit->text().trimmed();
    c.address = m_ui->addressEdit->text().trimmed();
    c.regionId = m_ui->regionCombo->currentData().toLongLong();
    c.phone = m_ui->phoneEdit->text().trimmed();
    c.website = m_ui->websiteEdit->text().trimmed();
    const QString employees = m_ui->employeesEdit->text().trimmed();
    c.employees = employees.isEmpty() ? std::nullopt : std::optional<int>(employees.toInt());
    c.revenueBand = m_ui->revenueBandEdit->text().trimmed();
    c.ownership = Ownership(m_ui->ownershipCombo->currentData().toInt());
    c.industryId = m_ui->industryCombo->currentData().toLongLong();
    c.reputation = m_ui->reputationEdit->text().trimmed();
    c.productionCapacity = m_ui->capacityEdit->text().trimmed();
    const QString sales = m_ui->annualSalesEdit->text().trimmed();
    c.annualSales = std::nullopt;
    if (!sales.isEmpty()) {
        c.annualSales = Money::parse(sales);
        if (!c.annualSales)
            parseErrors.push_back({QStringLiteral("annual_sales"), tr("Type an amount such as 1234.56.")});
    }
    c.industryPosition = m_ui->positionEdit->text().trimmed();
    c.creditStatus = m_ui->creditStatusEdit->text().trimmed();
    c.strengths = m_ui->strengthsEdit->toPlainText().trimmed();
    c.weaknesses = m_ui->weaknessesEdit->toPlainText().trimmed();
    const QDate since = m_ui->customerSinceEdit->date();
    c.customerSince = since == m_ui->customerSinceEdit->minimumDate() ? QDate() : since;
    c.mainProducts = m_ui->mainProductsEdit->text().trimmed();
    const QString terms = m_ui->paymentTermsEdit->text().trimmed();
    c.paymentTermsDays = terms.isEmpty() ? std::nullopt : std::optional<int>(terms.toInt());
    c.relationship = Relationship(m_ui->relationshipCombo->currentData().toInt());
    c.category = Category(m_ui->categoryCombo->currentData().toInt());
    c.accountManagerId = m_ui->managerCombo->currentData().toLongLong();
    c.salesCenterManual = m_ui->centerManualCheck->isChecked();
    c.salesCenterId = m_ui->centerCombo->currentData().toLongLong();
    c.contacts = m_contacts->contacts();
    c.competitors = m_competitors->competitors();
    return c;
}

std::vector<FieldError> CustomerPage::validate(Customer &customer) const
{
    std::vector<FieldError> errors;
    customer = customerFromForm(errors);
    for (FieldError &e : validateCustomer(customer, m_context.today))
        errors.push_back(std::move(e));
    return errors;
}

void CustomerPage::showErrors(const std::vector<FieldError> &errors)
{
    const std::map<QString, QLabel *> labels{
            {QStringLiteral("code"), m_ui->codeError},
            {QStringLiteral("name"), m_ui->nameError},
            {QStringLiteral("region"), m_ui->regionError},
            {QStringLiteral("industry"), m_ui->industryError},
            {QStringLiteral("phone"), m_ui->phoneError},
            {QStringLiteral("employees"), m_ui->employeesError},
            {QStringLiteral("annual_sales"), m_ui->annualSalesError},
            {QStringLiteral("payment_terms_days"), m_ui->paymentTermsError},
            {QStringLiteral("customer_since"), m_ui->customerSinceError},
            {QStringLiteral("contacts"), m_ui->contactsError},
            {QStringLiteral("competitors"), m_ui->competitorsError},
    };
    std::map<QLabel *, QStringList> messages;
    QStringList summary;
    for (const FieldError &e : errors) {
        summary << e.message;
        // "contacts[2].email" belongs to the contacts table's label.
        const QString group = e.field.section(u'[', 0, 0);
        if (const auto it = labels.find(group); it != labels.end())
            messages[it->second] << e.message;
    }
    for (const auto &[field, label] : labels) {
        const QStringList &text = messages[label];
        label->setText(text.join(u'\n'));
        label->setVisible(!text.isEmpty());
    }
    // Bring the first problem into view; the others are listed in the summary.
    if (!errors.empty() && !m_loading) {
        const auto first = labels.find(errors.front().field.section(u'[', 0, 0));
        for (int i = 0; first != labels.end() && i < m_ui->sections->count(); ++i) {
            if (m_ui->sections->widget(i)->isAncestorOf(first->second) && !m_ui->sections->currentWidget()->isAncestorOf(first->second))
                m_ui->sections->setCurrentIndex(i);
        }
    }
    m_ui->errorSummary->setVisible(!errors.empty());
    m_ui->errorSummary->setText(tr("Not saved: fix the %n problem(s) marked in red.", nullptr, int(errors.size()))
                                + u'\n' + summary.join(u'\n'));
}

void CustomerPage::onEdited()
{
    if (m_loading)
        return;
    setModified(true);
    if (m_showErrors) {
        Customer c;
        showErrors(validate(c));
    }
}

void CustomerPage::setModified(bool modified)
{
    if (m_modified == modified)
        return;
    m_modified = modified;
    Q_EMIT titleChanged();
}

QString CustomerPage::title() const
{
    QString text = m_customer.id == 0 ? tr("New customer") : m_customer.code + u' ' + m_customer.name;
    if (text.size() > 28)
        text = text.left(27) + u'…';
    return m_modified ? text + u'*' : text;
}

bool CustomerPage::runStorage(const QString &what, const std::function<void()> &action)
{
    try {
        action();
        return true;
    } catch (const StorageError &error) {
        spdlog::warn("{}: {} ({})", what.toStdString(), error.message().toStdString(), error.detail().toStdString());
        QMessageBox::warning(this, what, tr("%1 failed: %2\nNothing was changed in the database.").arg(what, error.message()));
        return false;
    }
}

bool CustomerPage::save()
{
    Customer customer;
    const std::vector<FieldError> errors = validate(customer);
    m_showErrors = !errors.empty();
    showErrors(errors);
    if (!errors.empty())
        return false;

    CustomerRepository repository(m_db);
    if (customer.id == 0) {
        std::vector<DuplicateCandidate> candidates;
        if (!runStorage(tr("Checking for duplicates"), [&] { candidates = repository.likelyDuplicates(customer.name, customer.phone); }))
            return false;
        const DuplicateConfirmation confirm = m_context.confirmDuplicates ? m_context.confirmDuplicates : &DuplicatePrompt::ask;
        if (!candidates.empty() && !confirm(this, candidates))
            return false;
    }
    const bool isNew = customer.id == 0;
    if (!runStorage(tr("Saving the customer"), [&] { isNew ? repository.create(customer) : repository.update(customer); }))
        return false;
    spdlog::info("saved customer {} ({})", customer.code.toStdString(), customer.id);
    // Reload so derived values (the center that follows the region) show as stored.
    runStorage(tr("Loading the customer"), [&] { customer = repository.load(customer.id); });
    m_customer = customer;
    showCustomer();
    setModified(false);
    Q_EMIT titleChanged();
    Q_EMIT saved(m_customer.id);
    return true;
}

bool CustomerPage::confirmClose()
{
    if (!m_modified)
        return true;
    const auto answer = QMessageBox::question(this, tr("Unsaved changes"),
                                              tr("%1 has unsaved changes. Save them?").arg(title()),
                                              QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
    if (answer == QMessageBox::Save)
        return save();
    return answer == QMessageBox::Discard;
}

void CustomerPage::reloadStatus()
{
    // Only the review fields change; the user's unsaved edits stay in the form.
    Customer stored;
    if (!runStorage(tr("Loading the customer"), [&] { stored = CustomerRepository(m_db).load(m_customer.id); }))
        return;
    m_customer.status = stored.status;
    m_customer.verifiedBy = stored.verifiedBy;
    m_customer.verifiedAt = stored.verifiedAt;
    m_customer.lastReviewed = stored.lastReviewed;
    m_customer.archivedAt = stored.archivedAt;
    m_customer.updatedAt = stored.updatedAt;
    showHeader();
    Q_EMIT statusChanged(m_customer.id);
}

void CustomerPage::markVerified()
{
    if (m_customer.id == 0)
        return;
    if (runStorage(tr("Marking the customer verified"), [&] {
            CustomerRepository(m_db).markVerified(m_customer.id, m_context.userName, QDateTime::currentDateTimeUtc());
        }))
        reloadStatus();
}

void CustomerPage::markReviewed()
{
    if (m_customer.id == 0)
        return;
    if (runStorage(tr("Marking the customer reviewed"), [&] { CustomerRepository(m_db).markReviewed(m_customer.id, m_context.today); }))
        reloadStatus();
}

void CustomerPage::archive()
{
    if (m_customer.id == 0)
        return;
    if (runStorage(tr("Archiving the customer"), [&] { CustomerRepository(m_db).archive(m_customer.id, QDateTime::currentDateTimeUtc()); }))
        reloadStatus();
}

void CustomerPage::restore()
{
    if (m_customer.id == 0)
        return;
    if (runStorage(tr("Restoring the customer"), [&] { CustomerRepository(m_db).restore(m_customer.id); }))
        reloadStatus();
}

void CustomerPage::removeCustomer()
{
    if (!canRemove())
        return;
    const auto answer = QMessageBox::question(
            this, tr("Delete customer"),
            tr("Delete the draft %1 %2 for good? This cannot be undone.").arg(m_customer.code, m_customer.name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    const qint64 id = m_customer.id;
    if (!runStorage(tr("Deleting the customer"), [&] { CustomerRepository(m_db).remove(id); }))
        return;
    m_modified = false;
    Q_EMIT removed(id);
}

} // namespace kehu
