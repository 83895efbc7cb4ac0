#pragma once

#include "domain/complaint.h"
#include "domain/complainttargets.h"

#include <QAbstractTableModel>
#include <QDateTime>

#include <vector>

namespace kehu {

// One queue's complaints: number, customer, received, category, severity, state, department,
// current target and the time left on it (overdue in red).
class ComplaintListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Number, Customer, Received, Category, Severity, State, Department, Target, TimeLeft, ColumnCount };

    explicit ComplaintListModel(QObject *parent = nullptr);

    void setComplaints(std::vector<Complaint> complaints, const ComplaintRules &rules, const QDateTime &asOf);
    const Complaint *complaintAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<Complaint> m_complaints;
    std::vector<std::optional<TargetStatus>> m_targets;
};

} // namespace kehu
