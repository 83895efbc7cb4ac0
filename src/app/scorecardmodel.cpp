#include "scorecardmodel.h"

#include "displayformat.h"

#include <QLocale>

namespace kehu {
namespace {

const QString None = QStringLiteral("—");

QVariant optionalNumber(std::optional<double> value)
{
    return value ? QVariant(*value) : QVariant(-1.0); // unknown sorts below every real figure
}

} // namespace

ScorecardModel::ScorecardModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ScorecardModel::setRows(std::vector<ScorecardRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

QString ScorecardModel::managerName(const ScorecardRow &row) const
{
    if (row.accountManagerId == 0)
        return tr("(no account manager)");
    const QString name = m_names ? m_names(row.accountManagerId) : QString();
    return name.isEmpty() ? row.manager : name;
}

int ScorecardModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ScorecardModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ScorecardModel::sortValue(const ScorecardRow &row, int column) const
{
    switch (Column(column)) {
    case Manager: return managerName(row);
    case Customers: return row.customers;
    case ClassA: return row.customersByClass[0];
    case ClassB: return row.customersByClass[1];
    case ClassC: return row.customersByClass[2];
    case Sales: return row.sales.fen();
    case Profit: return row.profit.fen();
    case Margin: return optionalNumber(row.margin);
    case FollowUpsDone: return row.followUpsDone;
    case FollowUpsDue: return row.followUpsDue;
    case FollowUpRate: return optionalNumber(row.followUpRate);
    case FollowUpsOverdue: return row.followUpsOverdue;
    case Complaints: return row.complaints ? QVariant(*row.complaints) : QVariant(-1);
    case ResolutionHours: return optionalNumber(row.meanResolutionHours);
    case ReopenRate: return optionalNumber(row.reopenRate);
    case Satisfaction: return optionalNumber(row.meanSatisfaction);
    case Loyalty: return optionalNumber(row.meanLoyalty);
    case ColumnCount: break;
    }
    return {};
}

QVariant ScorecardModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || size_t(index.row()) >= m_rows.size())
        return {};
    const ScorecardRow &row = m_rows[size_t(index.row())];
    if (role == SortRole)
        return sortValue(row, index.column());
    if (role == Qt::TextAlignmentRole)
        return QVariant((index.column() == Manager ? Qt::AlignLeft : Qt::AlignRight) | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    auto number = [&locale](std::optional<double> value, int decimals) {
        return value ? locale.toString(*value, 'f', decimals) : None;
    };
    switch (Column(index.column())) {
    case Manager: return managerName(row);
    case Customers: return locale.toString(row.customers);
    case ClassA: return locale.toString(row.customersByClass[0]);
    case ClassB: return locale.toString(row.customersByClass[1]);
    case ClassC: return locale.toString(row.customersByClass[2]);
    case Sales: return formatMoney(row.sales);
    case Profit: return formatMoney(row.profit);
    case Margin: return row.margin ? formatPercent(row.margin) : None;
    case FollowUpsDone: return locale.toString(row.followUpsDone);
    case FollowUpsDue: return locale.toString(row.followUpsDue);
    case FollowUpRate: return row.followUpRate ? formatPercent(row.followUpRate) : None;
    case FollowUpsOverdue: return locale.toString(row.followUpsOverdue);
    case Complaints: return row.complaints ? locale.toString(*row.complaints) : None;
    case ResolutionHours: return number(row.meanResolutionHours, 1);
    case ReopenRate: return row.reopenRate ? formatPercent(row.reopenRate) : None;
    case Satisfaction: return number(row.meanSatisfaction, 2);
    case Loyalty: return number(row.meanLoyalty, 2);
    case ColumnCount: break;
    }
    return {};
}

QString ScorecardModel::exportText(int rowIndex, int column) const
{
    if (rowIndex < 0 || size_t(rowIndex) >= m_rows.size())
        return {};
    const ScorecardRow &row = m_rows[size_t(rowIndex)];
    auto plain = [](std::optional<double> value, int decimals) {
        return value ? QString::number(*value, 'f', decimals) : QString();
    };
    switch (Column(column)) {
    case Manager: return managerName(row);
    case Sales: return row.sales.toPlainString();
    case Profit: return row.profit.toPlainString();
    case Margin: return plain(row.margin, 4);
    case FollowUpRate: return plain(row.followUpRate, 4);
    case Complaints: return row.complaints ? QString::number(*row.complaints) : QString();
    case ResolutionHours: return plain(row.meanResolutionHours, 2);
    case ReopenRate: return plain(row.reopenRate, 4);
    case Satisfaction: return plain(row.meanSatisfaction, 2);
    case Loyalty: return plain(row.meanLoyalty, 2);
    default: return sortValue(row, column).toString();
    }
}

QVariant ScorecardModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case FollowUpsDue: return tr("What the cadence of each customer's class asks for in the period");
        case FollowUpsOverdue: return tr("Customers whose follow-up was overdue on the period's last day");
        case Complaints: return tr("Complaints received in the period on the manager's customers");
        case ResolutionHours: return tr("Mean hours from receipt to closing, of the complaints closed");
        case ReopenRate: return tr("Share of the complaints reported to the customer that the customer reopened");
        case Satisfaction: case Loyalty:
            return tr("Mean over the customers' latest answered surveys, 0–100; — when none answered");
        default: return {};
        }
    }
    switch (Column(section)) {
    case Manager: return tr("Account manager");
    case Customers: return tr("Customers");
    case ClassA: return tr("A");
    case ClassB: return tr("B");
    case ClassC: return tr("C");
    case Sales: return tr("Sales");
    case Profit: return tr("Profit");
    case Margin: return tr("Margin");
    case FollowUpsDone: return tr("Follow-ups done");
    case FollowUpsDue: return tr("Due");
    case FollowUpRate: return tr("Done %");
    case FollowUpsOverdue: return tr("Overdue");
    case Complaints: return tr("Complaints");
    case ResolutionHours: return tr("Resolution (h)");
    case ReopenRate: return tr("Reopened");
    case Satisfaction: return tr("Satisfaction");
    case Loyalty: return tr("Loyalty");
    case ColumnCount: break;
    }
    return {};
}

} // namespace kehu
