#include "abcbreakdownmodel.h"

#include "abcclasscolor.h"
#include "displayformat.h"

#include <QCoreApplication>
#include <QFont>
#include <QLocale>

namespace kehu {

AbcBreakdownModel::AbcBreakdownModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void AbcBreakdownModel::setRows(std::vector<AbcBreakdownRow> rows, ListKind kind, AbcMeasure measure,
                                const ReferenceLists &lists, const QString &language)
{
    beginResetModel();
    m_rows = std::move(rows);
    m_kind = kind;
    m_measure = measure;
    m_names.clear();
    m_names.reserve(m_rows.size());
    m_total = {};
    for (const AbcBreakdownRow &row : m_rows) {
        const ListItem *item = row.groupId ? lists.find(kind, row.groupId) : nullptr;
        m_names.push_back(item ? item->displayName(language) : QCoreApplication::translate("kehu::CustomerPage", "— not set —"));
        for (size_t c = 0; c < 3; ++c) {
            m_total.customers[c] += row.customers[c];
            m_total.value[c] += row.value[c];
        }
        m_total.sales += row.sales;
        m_total.profit += row.profit;
    }
    endResetModel();
}

QString AbcBreakdownModel::groupName(int row) const
{
    if (row >= 0 && size_t(row) < m_names.size())
        return m_names[size_t(row)];
    return row == int(m_rows.size()) ? QCoreApplication::translate("kehu::SegmentationSummaryModel", "Total") : QString();
}

std::optional<qint64> AbcBreakdownModel::groupAt(int row) const
{
    if (row < 0 || size_t(row) >= m_rows.size())
        return std::nullopt;
    return m_rows[size_t(row)].groupId;
}

std::optional<AbcClass> AbcBreakdownModel::classAt(int column)
{
    switch (column) {
    case CustomersA:
    case ValueA: return AbcClass::A;
    case CustomersB:
    case ValueB: return AbcClass::B;
    case CustomersC:
    case ValueC: return AbcClass::C;
    default: return std::nullopt;
    }
}

int AbcBreakdownModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_rows.empty() ? 0 : int(m_rows.size()) + 1;
}

int AbcBreakdownModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AbcBreakdownModel::text(const AbcBreakdownRow &row, int column) const
{
    switch (column) {
    case CustomersA:
    case CustomersB:
    case CustomersC: return QLocale().toString(row.customers[size_t(abcIndex(*classAt(column)))]);
    case Customers: return QLocale().toString(row.totalCustomers());
    case ValueA:
    case ValueB:
    case ValueC: return formatMoney(row.value[size_t(abcIndex(*classAt(column)))]);
    case Value: return formatMoney(row.totalValue());
    default: return {};
    }
}

QVariant AbcBreakdownModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool total = size_t(index.row()) == m_rows.size();
    const AbcBreakdownRow &row = total ? m_total : m_rows[size_t(index.row())];
    const std::optional<AbcClass> abcClass = classAt(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Group ? groupName(index.row()) : text(row, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Group ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return abcClass ? QVariant(abcClassTint(*abcClass)) : QVariant();
    case Qt::FontRole:
        if (total) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::ToolTipRole:
        return tr("Click to show these customers in the customer list");
    default: return {};
    }
}

QString AbcBreakdownModel::kindName(ListKind kind)
{
    switch (kind) {
    // The names of the Segmentation view's filters, translated in its context.
    case ListKind::Region: return QCoreApplication::translate("kehu::SegmentationView", "Region");
    case ListKind::Industry: return QCoreApplication::translate("kehu::SegmentationView", "Industry");
    case ListKind::SalesCenter: return QCoreApplication::translate("kehu::SegmentationView", "Sales center");
    case ListKind::AccountManager: break;
    }
    return QCoreApplication::translate("kehu::SegmentationView", "Account manager");
}

QVariant AbcBreakdownModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const QString measure = displayName(m_measure);
    switch (section) {
    case Group: return kindName(m_kind);
    case CustomersA:
    case CustomersB:
    case CustomersC: return tr("%1 customers").arg(toKey(*classAt(section)));
    case Customers: return QCoreApplication::translate("kehu::SegmentationSummaryModel", "Customers");
    case ValueA:
    case ValueB:
    case ValueC: return tr("%1 %2").arg(toKey(*classAt(section)), measure.toLower());
    case Value: return measure;
    default: return {};
    }
}

} // namespace kehu
