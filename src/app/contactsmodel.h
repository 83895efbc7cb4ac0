#pragma once

#include "domain/customer.h"

#include <QAbstractTableModel>

#include <vector>

namespace kehu {

// The editable contacts of one customer page: name, title, role, phone, e-mail, WeChat.
class ContactsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Title, Role, Phone, Email, WeChat, ColumnCount };

    explicit ContactsModel(QObject *parent = nullptr);

    void setContacts(std::vector<Contact> contacts);
    const std::vector<Contact> &contacts() const { return m_contacts; }
    int addContact(); // returns the new row
    void removeContact(int row);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();

private:
    std::vector<Contact> m_contacts;
};

} // namespace kehu
