#pragma once

#include <QDate>
#include <QWidget>

class QLabel;
class QTableView;

namespace kehu {

class ComplaintListModel;
class Database;

// The Complaints section of a customer's page: the customer's complaints (double-click opens
// one) and its complaint rate — complaints received per 100 orders over the last 12 months.
class CustomerComplaintsWidget : public QWidget
{
    Q_OBJECT

public:
    CustomerComplaintsWidget(const Database &db, qint64 customerId, QDate today, QWidget *parent = nullptr);

    void reload();
    ComplaintListModel *model() const { return m_model; }
    QLabel *rateLabel() const { return m_rate; }

Q_SIGNALS:
    void complaintRequested(const QString &number);
    void newComplaintRequested();

private:
    const Database &m_db;
    qint64 m_customerId = 0;
    QDate m_today;
    QLabel *m_rate = nullptr;
    QTableView *m_table = nullptr;
    ComplaintListModel *m_model = nullptr;
};

} // namespace kehu
