#include "abcmoversmodel.h"

#include "displayformat.h"

namespace kehu {

AbcMoversModel::AbcMoversModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AbcMoversModel::setMovers(const AbcMovers *movers)
{
    beginResetModel();
    m_movers = movers;
    endResetModel();
}

const AbcMove *AbcMoversModel::moveAt(int row) const
{
    if (!m_movers || row < 0)
        return nullptr;
    const size_t r = size_t(row);
    if (r < m_movers->up.size())
        return &m_movers->up[r];
    if (r - m_movers->up.size() < m_movers->down.size())
        return &m_movers->down[r - m_movers->up.size()];
    return nullptr;
}

int AbcMoversModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_movers ? 0 : int(m_movers->up.size() + m_movers->down.size());
}

int AbcMoversModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbcMoversModel::data(const QModelIndex &index, int role) const
{
    const AbcMove *move = moveAt(index.row());
    if (!move)
        return {};
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == ValueBefore || index.column() == ValueNow;
        return QVariant((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter);
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Moved: return size_t(index.row()) < m_movers->up.size() ? tr("▲ up") : tr("▼ down");
    case Code: return move->customer.code;
    case Name: return move->customer.name;
    case Before: return toKey(move->previous);
    case Now: return toKey(move->current);
    case ValueBefore: return formatMoney(move->previousValue);
    case ValueNow: return formatMoney(move->currentValue);
    default: return {};
    }
}

QVariant AbcMoversModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Moved: return tr("Moved");
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Before: return tr("Before");
    case Now: return tr("Now");
    case ValueBefore: return tr("Value before");
    case ValueNow: return tr("Value now");
    default: return {};
    }
}

} // namespace kehu
