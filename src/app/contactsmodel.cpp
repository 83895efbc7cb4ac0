#include "contactsmodel.h"

namespace kehu {

ContactsModel::ContactsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ContactsModel::setContacts(std::vector<Contact> contacts)
{
    beginResetModel();
    m_contacts = std::move(contacts);
    endResetModel();
}

int ContactsModel::addContact()
{
    const int row = int(m_contacts.size());
    beginInsertRows({}, row, row);
    m_contacts.emplace_back();
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void ContactsModel::removeContact(int row)
{
    if (row < 0 || row >= int(m_contacts.size()))
        return;
    beginRemoveRows({}, row, row);
    m_contacts.erase(m_contacts.begin() + row);
    endRemoveRows();
    Q_EMIT edited();
}

int ContactsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_contacts.size());
}

int ContactsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ContactsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const Contact &c = m_contacts[size_t(index.row())];
    switch (index.column()) {
    case Name: return c.name;
    case Title: return c.title;
    case Role:
        // The editor is a combo of role keys; the cell shows the translated name.
        return role == Qt::EditRole ? QVariant(int(c.role)) : QVariant(displayName(c.role));
    case Phone: return c.phone;
    case Email: return c.email;
    case WeChat: return c.wechat;
    default: return {};
    }
}

bool ContactsModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return false;
    Contact &c = m_contacts[size_t(index.row())];
    const QString text = value.toString().trimmed();
    switch (index.column()) {
    case Name: c.name = text; break;
    case Title: c.title = text; break;
    case Role: c.role = ContactRole(value.toInt()); break;
    case Phone: c.phone = text; break;
    case Email: c.email = text; break;
    case WeChat: c.wechat = text; break;
    default: return false;
    }
    Q_EMIT dataChanged(index, index);
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags ContactsModel::flags(const QModelIndex &index) const
{
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

QVariant ContactsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name: return tr("Name");
    case Title: return tr("Title");
    case Role: return tr("Role");
    case Phone: return tr("Phone");
    case Email: return tr("E-mail");
    case WeChat: return tr("WeChat");
    default: return {};
    }
}

} // namespace kehu
