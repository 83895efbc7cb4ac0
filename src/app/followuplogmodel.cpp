#include "followuplogmodel.h"

#include "displayformat.h"

namespace kehu {

FollowUpLogModel::FollowUpLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void FollowUpLogModel::setFollowUps(std::vector<FollowUp> followUps)
{
    beginResetModel();
    m_followUps = std::move(followUps);
    endResetModel();
}

int FollowUpLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_followUps.size());
}

int FollowUpLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FollowUpLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_followUps.size())
        return {};
    const FollowUp &f = m_followUps[size_t(index.row())];
    if (role == Qt::ToolTipRole && (index.column() == Content || index.column() == Outcome))
        return index.column() == Content ? f.content : f.outcome;
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Date: return formatDate(f.date);
    case Channel: return displayName(f.channel);
    case Staff: return f.staff;
    case Contact: return f.contact;
    case Content: return f.content;
    case Outcome: return f.outcome;
    case NextDate: return formatDate(f.nextDate);
    case ColumnCount: break;
    }
    return {};
}

QVariant FollowUpLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Channel: return tr("Channel");
    case Staff: return tr("Staff");
    case Contact: return tr("Contact");
    case Content: return tr("Content");
    case Outcome: return tr("Outcome");
    case NextDate: return tr("Next date");
    case ColumnCount: break;
    }
    return {};
}

} // namespace kehu
