#pragma once

#include "domain/abcbreakdown.h"

#include <QAbstractTableModel>

#include <optional>

namespace kehu {

// The breakdown table of the Segmentation view: one row per region, industry, sales center or
// account manager with its customers and value (profit or sales) per class and in total, then
// a total row. Cells know which customers they count (groupAt, classAt), so a click can list them.
class AbcBreakdownModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Group,
        CustomersA,
        CustomersB,
        CustomersC,
        Customers,
        ValueA,
        ValueB,
        ValueC,
        Value,
        ColumnCount
    };

    explicit AbcBreakdownModel(QObject *parent = nullptr);

    // `names` gives each group's name by list item id (id 0: customers without one).
    void setRows(std::vector<AbcBreakdownRow> rows, ListKind kind, AbcMeasure measure, const ReferenceLists &lists,
                 const QString &language);
    const std::vector<AbcBreakdownRow> &rows() const { return m_rows; }
    ListKind kind() const { return m_kind; }
    QString groupName(int row) const;
    // The group of a row; nullopt for the total row.
    std::optional<qint64> groupAt(int row) const;
    // The class a column counts; nullopt for the name and the total columns.
    static std::optional<AbcClass> classAt(int column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString kindName(ListKind kind); // "Region", "Industry", …, translated

private:
    QVariant text(const AbcBreakdownRow &row, int column) const;

    std::vector<AbcBreakdownRow> m_rows;
    std::vector<QString> m_names;
    AbcBreakdownRow m_total;
    ListKind m_kind = ListKind::Region;
    AbcMeasure m_measure = AbcMeasure::Profit;
};

} // namespace kehu
