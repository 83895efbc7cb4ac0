#include "duefollowupsmodel.h"

#include "displayformat.h"

#include <QBrush>
#include <QColor>
#include <QLocale>

namespace kehu {

DueFollowUpsModel::DueFollowUpsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void DueFollowUpsModel::setRows(std::vector<FollowUpDue> rows, std::vector<std::pair<qint64, QString>> managers)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_managers = std::move(managers);
    endResetModel();
}

qint64 DueFollowUpsModel::idAt(int row) const
{
    return row >= 0 && size_t(row) < m_rows.size() ? m_rows[size_t(row)].customerId : 0;
}

int DueFollowUpsModel::overdueCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const FollowUpDue &d) { return d.overdue; }));
}

int DueFollowUpsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int DueFollowUpsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString DueFollowUpsModel::managerName(qint64 id) const
{
    for (const auto &[managerId, name] : m_managers)
        if (managerId == id)
            return name;
    return {};
}

QVariant DueFollowUpsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const FollowUpDue &d = m_rows[size_t(index.row())];
    if (role == Qt::ForegroundRole && d.overdue && (index.column() == Due || index.column() == DaysOverdue))
        return QBrush(QColor(0xc0, 0x39, 0x2b));
    if (role == Qt::TextAlignmentRole)
        return QVariant((index.column() == DaysOverdue ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Code: return d.code;
    case Name: return d.name;
    case Manager: return managerName(d.accountManagerId);
    case Class: return toKey(d.abcClass);
    case Last: return d.last.isValid() ? formatDate(d.last) : tr("never");
    case Due: return formatDate(d.due);
    case DaysOverdue: return d.overdue ? QLocale().toString(d.daysOverdue) : QString();
    case ColumnCount: break;
    }
    return {};
}

QVariant DueFollowUpsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Manager: return tr("Account manager");
    case Class: return tr("Class");
    case Last: return tr("Last follow-up");
    case Due: return tr("Due");
    case DaysOverdue: return tr("Days overdue");
    case ColumnCount: break;
    }
    return {};
}

} // namespace kehu
