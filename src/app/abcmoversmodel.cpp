#include "abcmoversmodel.h"

#include "displayformat.h"

#include <QCoreApplication>

namespace kehu {
namespace {

// These columns were the Segmentation view's own: their translations stay in its context.
QString viewText(const char *text)
{
    return QCoreApplication::translate("kehu::SegmentationView", text);
}

} // namespace

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
    case Moved: return size_t(index.row()) < m_movers->up.size() ? viewText("▲ up") : viewText("▼ down");
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
    case Moved: return viewText("Moved");
    case Code: return viewText("Code");
    case Name: return viewText("Name");
    case Before: return viewText("Before");
    case Now: return viewText("Now");
    case ValueBefore: return viewText("Value before");
    case ValueNow: return viewText("Value now");
    default: return {};
    }
}

} // namespace kehu
