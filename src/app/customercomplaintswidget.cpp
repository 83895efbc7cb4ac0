#include "customercomplaintswidget.h"

#include "complaintlistmodel.h"
#include "displayformat.h"

#include "storage/complaintrepository.h"
#include "storage/complaintsettings.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {

CustomerComplaintsWidget::CustomerComplaintsWidget(const Database &db, qint64 customerId, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_customerId(customerId)
    , m_today(today)
{
    setObjectName(QStringLiteral("customerComplaints"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("complaintRateLabel"));
    bar->addWidget(m_rate, 1);
    auto *add = new QPushButton(tr("New Complaint…"), this);
    bar->addWidget(add);
    layout->addLayout(bar);
    connect(add, &QPushButton::clicked, this, &CustomerComplaintsWidget::newComplaintRequested);

    m_model = new ComplaintListModel(this);
    m_table = new QTableView(this);
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnHidden(ComplaintListModel::Customer, true);
    layout->addWidget(m_table, 1);
    auto open = [this](const QModelIndex &index) {
        if (const Complaint *c = m_model->complaintAt(index.row()))
            Q_EMIT complaintRequested(c->number);
    };
    connect(m_table, &QTableView::doubleClicked, this, open);
    connect(m_table, &QTableView::activated, this, open);
    reload();
}

void CustomerComplaintsWidget::reload()
{
    if (m_customerId <= 0)
        return;
    try {
        const ComplaintRepository repository(m_db);
        ComplaintQuery query;
        query.customerId = m_customerId;
        m_model->setComplaints(repository.list(query), ComplaintSettings(m_db).rules(), QDateTime::currentDateTime());
        const Period period = Period::lastTwelveMonths(m_today);
        const ComplaintRate rate = repository.rate(m_customerId, period);
        const std::optional<double> per100 = rate.per100Orders();
        m_rate->setText(tr("Complaint rate %1 … %2: %3 complaints, %4 orders — %5 per 100 orders")
                            .arg(formatDate(period.from), formatDate(period.to))
                            .arg(rate.complaints)
                            .arg(rate.orders)
                            .arg(per100 ? QLocale().toString(*per100, 'f', 1) : QStringLiteral("–")));
    } catch (const StorageError &error) {
        m_rate->setText(error.message());
    }
}

} // namespace kehu
