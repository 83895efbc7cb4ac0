#include "competitorsmodel.h"

namespace kehu {

CompetitorsModel::CompetitorsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CompetitorsModel::setCompetitors(std::vector<Competitor> competitors)
{
    beginResetModel();
    m_competitors = std::move(competitors);
    endResetModel();
}

int CompetitorsModel::addCompetitor()
{
    const int row = int(m_competitors.size());
    beginInsertRows({}, row, row);
    m_competitors.emplace_back();
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void CompetitorsModel::removeCompetitor(int row)
{
    if (row < 0 || row >= int(m_competitors.size()))
        return;
    beginRemoveRows({}, row, row);
    m_competitors.erase(m_competitors.begin() + row);
    endRemoveRows();
    Q_EMIT edited();
}

int CompetitorsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_competitors.size());
}

int CompetitorsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CompetitorsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Competitor &c = m_competitors[size_t(index.row())];
    return index.column() == Name ? c.name : c.note;
}

bool CompetitorsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Competitor &c = m_competitors[size_t(index.row())];
    (index.column() == Name ? c.name : c.note) = value.toString().trimmed();
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags CompetitorsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant CompetitorsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Name ? tr("Competitor") : tr("Note");
}

} // namespace kehu
