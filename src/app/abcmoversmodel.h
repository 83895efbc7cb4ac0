#pragma once

#include "domain/abcmovers.h"

#include <QAbstractTableModel>

namespace kehu {

// Who moved class in the Segmentation view: the customers that moved up, then those that
// moved down. With 200 000 customers tens of thousands move, so cells are formatted when
// shown rather than all at once; the model reads the movers it is given, which the caller
// keeps alive until the next setMovers().
class AbcMoversModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Moved, Code, Name, Before, Now, ValueBefore, ValueNow, ColumnCount };

    explicit AbcMoversModel(QObject *parent = nullptr);

    void setMovers(const AbcMovers *movers);
    // The move shown in a row.
    const AbcMove *moveAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const AbcMovers *m_movers = nullptr;
};

} // namespace kehu
