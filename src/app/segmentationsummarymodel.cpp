#include "segmentationsummarymodel.h"

#include "abcclasscolor.h"
#include "displayformat.h"

#include <QLocale>

namespace kehu {

SegmentationSummaryModel::SegmentationSummaryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void SegmentationSummaryModel::setResult(const AbcResult &result)
{
    beginResetModel();
    m_classes = result.classes;
    m_total = {};
    for (const AbcClassSummary &line : m_classes) {
        m_total.customers += line.customers;
        m_total.sales += line.sales;
        m_total.profit += line.profit;
    }
    m_total.shareOfCustomers = m_total.customers > 0 ? 1.0 : 0.0;
    m_total.shareOfSales = result.totalSales.fen() != 0 ? 1.0 : 0.0;
    m_total.shareOfProfit = result.totalProfit.fen() != 0 ? 1.0 : 0.0;
    m_loaded = true;
    endResetModel();
}

std::optional<AbcClass> SegmentationSummaryModel::classAt(int row) const
{
    if (row < 0 || row >= 3)
        return std::nullopt;
    return AllAbcClasses[size_t(row)];
}

int SegmentationSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : 4;
}

int SegmentationSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentationSummaryModel::text(const AbcClassSummary &line, int column) const
{
    switch (column) {
    case Customers: return QLocale().toString(line.customers);
    case ShareOfCustomers: return formatPercent(line.shareOfCustomers);
    case Sales: return formatMoney(line.sales);
    case ShareOfSales: return formatPercent(line.shareOfSales);
    case Profit: return formatMoney(line.profit);
    case ShareOfProfit: return formatPercent(line.shareOfProfit);
    default: return {};
    }
}

QVariant SegmentationSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const std::optional<AbcClass> abcClass = classAt(index.row());
    const AbcClassSummary &line = abcClass ? m_classes[size_t(abcIndex(*abcClass))] : m_total;
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == Class)
            return abcClass ? displayName(*abcClass) : tr("Total");
        return text(line, index.column());
    case Qt::TextAlignmentRole:
        return index.column() == Class ? int(Qt::AlignLeft | Qt::AlignVCenter) : int(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::BackgroundRole:
        return abcClass ? QVariant(abcClassTint(*abcClass)) : QVariant();
    case Qt::ToolTipRole:
        return abcClass ? tr("Click to show these customers in the customer list") : QVariant();
    case ClassRole:
        return abcClass ? QVariant(abcIndex(*abcClass)) : QVariant();
    default: return {};
    }
}

QVariant SegmentationSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Class: return tr("Class");
    case Customers: return tr("Customers");
    case ShareOfCustomers: return tr("Share of customers");
    case Sales: return tr("Sales");
    case ShareOfSales: return tr("Share of sales");
    case Profit: return tr("Profit");
    case ShareOfProfit: return tr("Share of profit");
    default: return {};
    }
}

} // namespace kehu
