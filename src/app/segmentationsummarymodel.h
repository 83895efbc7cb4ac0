#pragma once

#include "domain/abcresult.h"

#include <QAbstractTableModel>

namespace kehu {

// The per-class summary of the Segmentation view (DOMAIN §3): one row per class with its
// customers, sales and profit and their shares, then a total row.
class SegmentationSummaryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Class, Customers, ShareOfCustomers, Sales, ShareOfSales, Profit, ShareOfProfit, ColumnCount };
    enum Role { ClassRole = Qt::UserRole + 1 }; // the AbcClass as int; absent on the total row

    explicit SegmentationSummaryModel(QObject *parent = nullptr);

    void setResult(const AbcResult &result);
    // The class of a row, nullopt for the total row.
    std::optional<AbcClass> classAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant text(const AbcClassSummary &line, int column) const;

    std::array<AbcClassSummary, 3> m_classes;
    AbcClassSummary m_total;
    bool m_loaded = false;
};

} // namespace kehu
