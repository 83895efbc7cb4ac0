#pragma once

#include "domain/followup.h"

#include <QAbstractTableModel>

#include <vector>

namespace kehu {

// A customer's follow-up log for the customer page, latest first.
class FollowUpLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Channel, Staff, Contact, Content, Outcome, NextDate, ColumnCount };

    explicit FollowUpLogModel(QObject *parent = nullptr);

    void setFollowUps(std::vector<FollowUp> followUps);
    const std::vector<FollowUp> &followUps() const { return m_followUps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    std::vector<FollowUp> m_followUps;
};

} // namespace kehu
