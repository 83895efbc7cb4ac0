#pragma once

#include "customerfilter.h"

#include "domain/customersummary.h"
#include "domain/referencelists.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QIcon>

#include <vector>

namespace kehu {

class CustomerTextMatcher;

// Customer summaries ready for the list: each row with its folded search text, built once
// when loading (in the loader's thread) so a filter keystroke only compares strings.
struct CustomerListData
{
    std::vector<CustomerSummary> rows;
    std::vector<QString> haystacks;

    // Folds the searchable text of each summary; drops the raw contact text it no longer needs.
    static CustomerListData fromSummaries(std::vector<CustomerSummary> summaries);
};

// The customer list: a table over every loaded summary that sorts and filters by itself.
// A proxy model would be too slow at 200 000 rows, so the model keeps a permutation of the
// rows in sort order and, from it, the visible rows: a filter change walks the sorted
// permutation once (O(n)) without sorting again.
class CustomerListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Code, Name, Region, Industry, SalesCenter, AccountManager, Category, Status, Sales, Profit, ColumnCount };
    enum Role { IdRole = Qt::UserRole + 1 };

    explicit CustomerListModel(QObject *parent = nullptr);

    // Replaces the rows, keeping the current sort and filter.
    void setRows(CustomerListData data, const ReferenceLists &lists, const QString &language, QDate today,
                 int staleMonths);
    void setFilter(const CustomerFilter &filter);
    const CustomerFilter &filter() const { return m_filter; }

    int totalCount() const; // rows the filter could show (archived only when shown)
    int visibleCount() const { return int(m_visible.size()); }
    qint64 idAt(int row) const;
    int rowOfId(qint64 id) const; // -1 when not visible
    const CustomerSummary &summaryAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void countsChanged(int visible, int total);

private:
    QString listName(int column, qint64 id) const;
    bool less(int column, size_t a, size_t b) const;
    bool accepts(size_t row, const CustomerTextMatcher &matcher) const;
    void sortRows();
    void refilter(bool narrowing);
    void buildNameRanks();

    std::vector<CustomerSummary> m_rows;
    std::vector<QString> m_haystacks;
    std::vector<int> m_monthsUnreviewed; // whole months since the last review
    std::vector<bool> m_stale;
    std::vector<uint32_t> m_sorted;      // every row, in sort order
    std::vector<uint32_t> m_visible;     // the rows of m_sorted that pass the filter

    ReferenceLists m_lists;
    QString m_language = QStringLiteral("en");
    int m_staleMonths = 12;
    QHash<qint64, int> m_nameRank[4]; // per list kind: id → position of its name in sort order

    CustomerFilter m_filter;
    int m_sortColumn = Code;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QIcon m_staleIcon;
    QIcon m_blankIcon;
};

} // namespace kehu
