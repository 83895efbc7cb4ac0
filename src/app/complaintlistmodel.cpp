#include "complaintlistmodel.h"

#include "complaintformat.h"
#include "displayformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace kehu {

ComplaintListModel::ComplaintListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ComplaintListModel::setComplaints(std::vector<Complaint> complaints, const ComplaintRules &rules, const QDateTime &asOf)
{
    beginResetModel();
    m_complaints = std::move(complaints);
    m_targets.clear();
    for (const Complaint &c : m_complaints)
        m_targets.push_back(currentTarget(c, rules, asOf));
    endResetModel();
}

const Complaint *ComplaintListModel::complaintAt(int row) const
{
    return row >= 0 && row < int(m_complaints.size()) ? &m_complaints[size_t(row)] : nullptr;
}

int ComplaintListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_complaints.size());
}

int ComplaintListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ComplaintListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Complaint &c = m_complaints[size_t(index.row())];
    const std::optional<TargetStatus> &target = m_targets[size_t(index.row())];
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Number: return c.number;
        case Customer: return QString(c.customerCode + QLatin1Char(' ') + c.customerName);
        case Received: return formatTimestamp(c.receivedAt);
        case Category: return ComplaintFormat::name(c.category);
        case Severity: return c.escalated ? QString(ComplaintFormat::name(c.severity) + QStringLiteral(" ▲")) : ComplaintFormat::name(c.severity);
        case State: return ComplaintFormat::name(c.state);
        case Department: return c.department;
        case Target: return target ? ComplaintFormat::name(target->kind) : QString();
        case TimeLeft: return target ? ComplaintFormat::timeLeft(*target) : QString();
        default: return {};
        }
    }
    if (role == Qt::ForegroundRole) {
        if ((index.column() == TimeLeft || index.column() == Target) && target && target->overdue)
            return QBrush(QColor(0xc6, 0x28, 0x28));
        if (index.column() == Severity && c.escalated)
            return QBrush(QColor(0xc6, 0x28, 0x28));
    }
    if (role == Qt::FontRole && index.column() == Number && c.escalated) {
        QFont font;
        font.setBold(true);
        return font;
    }
    if (role == Qt::TextAlignmentRole && index.column() == TimeLeft)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

QVariant ComplaintListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Number: return tr("Number");
    case Customer: return tr("Customer");
    case Received: return tr("Received");
    case Category: return tr("Category");
    case Severity: return tr("Severity");
    case State: return tr("State");
    case Department: return tr("Department");
    case Target: return tr("Current target");
    case TimeLeft: return tr("Time left");
    default: return {};
    }
}

} // namespace kehu
