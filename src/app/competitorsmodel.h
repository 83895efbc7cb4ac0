#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>

#include <vector>

namespace kehu {

// The editable competitors of one customer page: other suppliers serving it, with a note.
class CompetitorsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Note, ColumnCount };

    explicit CompetitorsModel(QObject *parent = nullptr);

    void setCompetitors(std::vector<Competitor> competitors);
    const std::vector<Competitor> &competitors() const { return m_competitors; }
    int addCompetitor();
    void removeCompetitor(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    std::vector<Competitor> m_competitors;
};

} // namespace kehu
