#include "customerlistmodel.h"

#include "displayformat.h"

#include "domain/customerfigures.h"
#include "domain/customertextmatcher.h"

#include <QApplication>
#include <QBrush>
#include <QLocale>
#include <QPalette>
#include <QPixmap>
#include <QStyle>

#include <algorithm>
#include <numeric>

namespace kehu {
namespace {

int monthsBetween(QDate from, QDate to)
{
    if (!from.isValid() || !to.isValid() || from >= to)
        return 0;
    int months = (to.year() - from.year()) * 12 + (to.month() - from.month());
    if (to.day() < from.day())
        --months;
    return std::max(0, months);
}

ListKind listKindOf(int column)
{
    switch (column) {
    case CustomerListModel::Region: return ListKind::Region;
    case CustomerListModel::Industry: return ListKind::Industry;
    case CustomerListModel::SalesCenter: return ListKind::SalesCenter;
    default: return ListKind::AccountManager;
    }
}

qint64 listIdOf(const CustomerSummary &s, int column)
{
    switch (column) {
    case CustomerListModel::Region: return s.regionId;
    case CustomerListModel::Industry: return s.industryId;
    case CustomerListModel::SalesCenter: return s.salesCenterId;
    default: return s.accountManagerId;
    }
}

} // namespace

CustomerListData CustomerListData::fromSummaries(std::vector<CustomerSummary> summaries)
{
    CustomerListData data;
    data.haystacks.reserve(summaries.size());
    for (CustomerSummary &s : summaries) {
        data.haystacks.push_back(CustomerTextMatcher::haystackOf(s));
        s.contactText.clear();
        s.contactText.squeeze();
    }
    data.rows = std::move(summaries);
    return data;
}

CustomerListModel::CustomerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    if (qApp)
        m_staleIcon = qApp->style()->standardIcon(QStyle::SP_MessageBoxWarning);
    // Rows that are not stale get a blank icon of the same size so the codes line up.
    QPixmap blank(16, 16);
    blank.fill(Qt::transparent);
    m_blankIcon = QIcon(blank);
}

void CustomerListModel::setRows(CustomerListData data, const ReferenceLists &lists, const QString &language,
                                QDate today, int staleMonths)
{
    beginResetModel();
    m_rows = std::move(data.rows);
    m_haystacks = std::move(data.haystacks);
    m_lists = lists;
    m_language = language;
    m_staleMonths = staleMonths;
    m_monthsUnreviewed.resize(m_rows.size());
    m_stale.resize(m_rows.size());
    for (size_t i = 0; i < m_rows.size(); ++i) {
        m_monthsUnreviewed[i] = monthsBetween(m_rows[i].reviewedOn, today);
        m_stale[i] = isStale(m_rows[i].reviewedOn, today, staleMonths);
    }
    buildNameRanks();
    m_sorted.resize(m_rows.size());
    std::iota(m_sorted.begin(), m_sorted.end(), 0u);
    sortRows();
    refilter(false);
    endResetModel();
    Q_EMIT countsChanged(visibleCount(), totalCount());
}

void CustomerListModel::buildNameRanks()
{
    const ListKind kinds[4] = {ListKind::Region, ListKind::Industry, ListKind::SalesCenter, ListKind::AccountManager};
    for (int k = 0; k < 4; ++k) {
        std::vector<const ListItem *> items;
        for (const ListItem &item : m_lists.items(kinds[k]))
            items.push_back(&item);
        std::stable_sort(items.begin(), items.end(), [this](const ListItem *a, const ListItem *b) {
            return QString::localeAwareCompare(a->displayName(m_language), b->displayName(m_language)) < 0;
        });
        m_nameRank[k].clear();
        m_nameRank[k].insert(0, -1); // unset sorts first
        for (int i = 0; i < int(items.size()); ++i)
            m_nameRank[k].insert(items[i]->id, i);
    }
}

void CustomerListModel::setFilter(const CustomerFilter &filter)
{
    if (filter == m_filter)
        return;
    const bool narrowing = filter.narrows(m_filter);
    m_filter = filter;
    // A reset is cheaper than row removals at this size, and the view keeps its header state.
    beginResetModel();
    refilter(narrowing);
    endResetModel();
    Q_EMIT countsChanged(visibleCount(), totalCount());
}

int CustomerListModel::totalCount() const
{
    if (m_filter.showArchived)
        return int(m_rows.size());
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const CustomerSummary &s) { return !s.archived; }));
}

bool CustomerListModel::accepts(size_t row, const CustomerTextMatcher &matcher) const
{
    const CustomerSummary &s = m_rows[row];
    const CustomerFilter &f = m_filter;
    if (s.archived && !f.showArchived)
        return false;
    if ((f.regionId && s.regionId != f.regionId) || (f.industryId && s.industryId != f.industryId)
        || (f.salesCenterId && s.salesCenterId != f.salesCenterId)
        || (f.accountManagerId && s.accountManagerId != f.accountManagerId))
        return false;
    if ((f.category && s.category != *f.category) || (f.status && s.status != *f.status))
        return false;
    if (f.stale && bool(m_stale[row]) != *f.stale)
        return false;
    if (f.customerIds && !f.customerIds->contains(s.id))
        return false;
    return matcher.matches(m_haystacks[row]);
}

void CustomerListModel::refilter(bool narrowing)
{
    const CustomerTextMatcher matcher(m_filter.text);
    // A longer text can only drop rows, so only the visible ones need checking.
    const std::vector<uint32_t> &source = narrowing ? m_visible : m_sorted;
    std::vector<uint32_t> visible;
    visible.reserve(source.size());
    for (uint32_t row : source) {
        if (accepts(row, matcher))
            visible.push_back(row);
    }
    m_visible = std::move(visible);
}

bool CustomerListModel::less(int column, size_t a, size_t b) const
{
    const CustomerSummary &x = m_rows[a];
    const CustomerSummary &y = m_rows[b];
    switch (column) {
    case Code: return x.code < y.code;
    // Code-point order: collating 200 000 names would take seconds.
    case Name: return x.name < y.name;
    case Region: case Industry: case SalesCenter: case AccountManager: {
        const QHash<qint64, int> &rank = m_nameRank[column - Region];
        return rank.value(listIdOf(x, column), -1) < rank.value(listIdOf(y, column), -1);
    }
    case Category: return int(x.category) < int(y.category);
    case Status: return int(x.status) < int(y.status);
    case Sales: return x.sales < y.sales;
    case Profit: return x.profit < y.profit;
    default: return false;
    }
}

void CustomerListModel::sortRows()
{
    // Rows arrive in code order, so restarting from it makes ties fall back to the code.
    std::iota(m_sorted.begin(), m_sorted.end(), 0u);
    if (m_sortColumn == Code && m_sortOrder == Qt::AscendingOrder)
        return;
    const int column = m_sortColumn;
    if (m_sortOrder == Qt::AscendingOrder)
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](uint32_t a, uint32_t b) { return less(column, a, b); });
    else
        std::stable_sort(m_sorted.begin(), m_sorted.end(), [&](uint32_t a, uint32_t b) { return less(column, b, a); });
}

void CustomerListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    // The view's current row and selection follow their customers to the new positions.
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(size_t(before.size()));
    for (const QModelIndex &index : before)
        ids.push_back(idAt(index.row()));
    m_sortColumn = column;
    m_sortOrder = order;
    sortRows();
    refilter(false);
    if (!before.isEmpty()) {
        QHash<qint64, int> rowOfId;
        rowOfId.reserve(int(m_visible.size()));
        for (size_t i = 0; i < m_visible.size(); ++i)
            rowOfId.insert(m_rows[m_visible[i]].id, int(i));
        QModelIndexList after;
        for (qsizetype i = 0; i < before.size(); ++i) {
            const int row = rowOfId.value(ids[size_t(i)], -1);
            after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
        }
        changePersistentIndexList(before, after);
    }
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

qint64 CustomerListModel::idAt(int row) const
{
    if (row < 0 || row >= visibleCount())
        return 0;
    return m_rows[m_visible[size_t(row)]].id;
}

int CustomerListModel::rowOfId(qint64 id) const
{
    for (size_t i = 0; i < m_visible.size(); ++i) {
        if (m_rows[m_visible[i]].id == id)
            return int(i);
    }
    return -1;
}

const CustomerSummary &CustomerListModel::summaryAt(int row) const
{
    return m_rows[m_visible[size_t(row)]];
}

int CustomerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : visibleCount();
}

int CustomerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString CustomerListModel::listName(int column, qint64 id) const
{
    return m_lists.nameOf(listKindOf(column), id, m_language);
}

QVariant CustomerListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= visibleCount())
        return {};
    const size_t row = m_visible[size_t(index.row())];
    const CustomerSummary &s = m_rows[row];
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Code: return s.code;
        case Name: return s.name;
        case Region: case Industry: case SalesCenter: case AccountManager: return listName(column, listIdOf(s, column));
        case Category: return s.category == kehu::Category::Unspecified ? QString() : displayName(s.category);
        case Status: return displayName(s.status);
        case Sales: return formatMoney(s.sales);
        case Profit: return formatMoney(s.profit);
        default: return {};
        }
    case Qt::TextAlignmentRole:
        if (column == Sales || column == Profit)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
    case Qt::ForegroundRole:
        if (s.archived)
            return QBrush(QColor(0x99, 0x99, 0x99));
        if ((column == Profit && s.profit.fen() < 0))
            return QBrush(QColor(0xc0, 0x39, 0x2b));
        return {};
    case Qt::DecorationRole:
        if (column == Code)
            return m_stale[row] ? m_staleIcon : m_blankIcon;
        return {};
    case Qt::ToolTipRole:
        if (s.archived)
            return tr("Archived");
        if (m_stale[row])
            return tr("Not reviewed for %n month(s)", nullptr, m_monthsUnreviewed[row]);
        return {};
    case IdRole:
        return s.id;
    default:
        return {};
    }
}

QVariant CustomerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && (section == Sales || section == Profit))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Code: return tr("Code");
    case Name: return tr("Name");
    case Region: return tr("Region");
    case Industry: return tr("Industry");
    case SalesCenter: return tr("Sales center");
    case AccountManager: return tr("Account manager");
    case Category: return tr("Category");
    case Status: return tr("Status");
    case Sales: return tr("Sales (12 months)");
    case Profit: return tr("Profit (12 months)");
    default: return {};
    }
}

} // namespace kehu
