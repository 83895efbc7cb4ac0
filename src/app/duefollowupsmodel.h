#pragma once

#include "domain/followupschedule.h"

#include <QAbstractTableModel>

#include <vector>

namespace kehu {

// The follow-ups due this week or overdue, earliest first, for the start page and the
// Follow-ups list; overdue rows in red.
class DueFollowUpsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Manager, Class, Last, Due, DaysOverdue, ColumnCount };

    explicit DueFollowUpsModel(QObject *parent = nullptr);

    // `managers`: account manager names by id, for the Manager column.
    void setRows(std::vector<FollowUpDue> rows, std::vector<std::pair<qint64, QString>> managers = {});
    const std::vector<FollowUpDue> &rows() const { return m_rows; }
    qint64 idAt(int row) const;
    int overdueCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString managerName(qint64 id) const;

    std::vector<FollowUpDue> m_rows;
    std::vector<std::pair<qint64, QString>> m_managers;
};

} // namespace kehu
