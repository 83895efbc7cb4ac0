#include "transactionrepository.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace kehu {
namespace {

// Declares this file's translation context so lupdate files its messages where the
// translator looks them up.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::TransactionRepository)
};

} // namespace

TransactionRepository::TransactionRepository(const Database &db)
    : m_db(db)
{
}

std::vector<Order> TransactionRepository::ordersOf(qint64 customerId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT id, order_no, customer_id, date, product_model, quantity, amount, cost, due_date"
            " FROM orders WHERE customer_id = ? ORDER BY date, order_no"));
    query.addBindValue(customerId);
    sql::exec(query);
    std::vector<Order> orders;
    while (query.next()) {
        orders.push_back({query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toLongLong(),
                          sql::toDate(query.value(3)), query.value(4).toString(), query.value(5).toLongLong(),
                          Money::fromFen(query.value(6).toLongLong()), Money::fromFen(query.value(7).toLongLong()),
                          sql::toDate(query.value(8))});
    }
    return orders;
}

std::vector<Payment> TransactionRepository::paymentsOf(qint64 customerId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT p.id, p.order_id, p.date, p.amount FROM payments p JOIN orders o ON o.id = p.order_id"
            " WHERE o.customer_id = ? ORDER BY p.date, p.id"));
    query.addBindValue(customerId);
    sql::exec(query);
    std::vector<Payment> payments;
    while (query.next()) {
        payments.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), sql::toDate(query.value(2)),
                            Money::fromFen(query.value(3).toLongLong())});
    }
    return payments;
}

std::vector<ServiceCost> TransactionRepository::serviceCostsOf(qint64 customerId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral(
            "SELECT id, customer_id, date, category, amount, note FROM service_costs WHERE customer_id = ? ORDER BY date, id"));
    query.addBindValue(customerId);
    sql::exec(query);
    std::vector<ServiceCost> costs;
    while (query.next()) {
        costs.push_back({query.value(0).toLongLong(), query.value(1).toLongLong(), sql::toDate(query.value(2)),
                         enumFromText<ServiceCostCategory>(query.value(3).toString()).value_or(ServiceCostCategory::Other),
                         Money::fromFen(query.value(4).toLongLong()), query.value(5).toString()});
    }
    return costs;
}

int TransactionRepository::orderCount(qint64 customerId) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT count(*) FROM orders WHERE customer_id = ?"));
    query.addBindValue(customerId);
    sql::exec(query);
    return query.next() ? query.value(0).toInt() : 0;
}

void TransactionRepository::addOrder(Order &order)
{
    if (order.orderNo.trimmed().isEmpty() || !order.date.isValid() || order.quantity < 0)
        throw StorageError(StorageError::Kind::Refused, Text::tr("An order needs a number, a date and a quantity of 0 or more."));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery taken = sql::prepare(db, QStringLiteral("SELECT 1 FROM orders WHERE order_no = ?"));
    taken.addBindValue(order.orderNo.trimmed());
    sql::exec(taken);
    if (taken.next())
        throw StorageError(StorageError::Kind::Conflict, Text::tr("Order number %1 already exists.").arg(order.orderNo.trimmed()));
    QSqlQuery insert = sql::prepare(db, QStringLiteral(
            "INSERT INTO orders (order_no, customer_id, date, product_model, quantity, amount, cost, due_date)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    insert.addBindValue(order.orderNo.trimmed());
    insert.addBindValue(order.customerId);
    insert.addBindValue(sql::dateValue(order.date));
    insert.addBindValue(order.productModel.trimmed());
    insert.addBindValue(order.quantity);
    insert.addBindValue(order.amount.fen());
    insert.addBindValue(order.cost.fen());
    insert.addBindValue(sql::dateValue(order.dueDate));
    sql::exec(insert);
    order.id = insert.lastInsertId().toLongLong();
    transaction.commit();
}

void TransactionRepository::addPayment(Payment &payment)
{
    if (!payment.date.isValid() || payment.amount.fen() <= 0)
        throw StorageError(StorageError::Kind::Refused, Text::tr("A payment needs a date and an amount above zero."));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery insert = sql::prepare(db, QStringLiteral("INSERT INTO payments (order_id, date, amount) VALUES (?, ?, ?)"));
    insert.addBindValue(payment.orderId);
    insert.addBindValue(sql::dateValue(payment.date));
    insert.addBindValue(payment.amount.fen());
    sql::exec(insert);
    payment.id = insert.lastInsertId().toLongLong();
    transaction.commit();
}

void TransactionRepository::addServiceCost(ServiceCost &cost)
{
    if (!cost.date.isValid() || cost.amount.fen() < 0)
        throw StorageError(StorageError::Kind::Refused, Text::tr("A service cost needs a date and an amount of 0 or more."));
    const QSqlDatabase db = m_db.connection();
    WriteTransaction transaction(db);
    QSqlQuery insert = sql::prepare(db, QStringLiteral(
            "INSERT INTO service_costs (customer_id, date, category, amount, note) VALUES (?, ?, ?, ?, ?)"));
    insert.addBindValue(cost.customerId);
    insert.addBindValue(sql::dateValue(cost.date));
    insert.addBindValue(toKey(cost.category));
    insert.addBindValue(cost.amount.fen());
    insert.addBindValue(sql::textValue(cost.note));
    sql::exec(insert);
    cost.id = insert.lastInsertId().toLongLong();
    transaction.commit();
}

} // namespace kehu
