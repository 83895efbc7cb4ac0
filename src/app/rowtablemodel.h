#pragma once

#include <QAbstractTableModel>
#include <QStringList>
#include <QVariant>

#include <vector>

namespace kehu {

// A read-only table of already formatted cells, for the short lists of a customer page
// (orders, payments, service costs) where the page decides what each column shows.
class RowTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:

    explicit RowTableModel(QStringList headers, QObject *parent = nullptr);

    void setRows(std::vector<QVariantList> rows, QList<int> numberColumns);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    std::vector<QVariantList> m_rows;
    QList<int> m_numberColumns;
};

} // namespace kehu
