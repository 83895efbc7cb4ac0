#pragma once

#include "domain/scorecard.h"

#include <QAbstractTableModel>

#include <functional>
#include <vector>

namespace kehu {

// The account managers' scorecard as a table, one manager a row. Display text through
// QLocale; SortRole gives the raw number so a QSortFilterProxyModel sorts numerically; figures
// with nothing to average over show as "—".
class ScorecardModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Manager, Customers, ClassA, ClassB, ClassC, Sales, Profit, Margin, FollowUpsDone, FollowUpsDue,
        FollowUpRate, FollowUpsOverdue, Complaints, ResolutionHours, ReopenRate, Satisfaction, Loyalty, ColumnCount
    };
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit ScorecardModel(QObject *parent = nullptr);

    void setRows(std::vector<ScorecardRow> rows);
    const std::vector<ScorecardRow> &rows() const { return m_rows; }
    // The name shown for a manager: the list's name in the interface's language.
    void setManagerNames(std::function<QString(qint64)> names) { m_names = std::move(names); }
    QString managerName(const ScorecardRow &row) const;

    // What a cell holds for a CSV file: plain numbers (no grouping), "" where unknown.
    QString exportText(int row, int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant sortValue(const ScorecardRow &row, int column) const;

    std::vector<ScorecardRow> m_rows;
    std::function<QString(qint64)> m_names;
};

} // namespace kehu
