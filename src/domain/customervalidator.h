#pragma once

#include "customer.h"

#include <QDate>
#include <QString>

#include <vector>

namespace kehu {

// A problem with one field, for the message next to that field. `field` names it as the
// database and files do ("code", "contacts[2].email").
struct FieldError
{
    QString field;
    QString message;

    bool operator==(const FieldError &) const = default;
};

// Checks a customer file before it is saved. `today` bounds dates that cannot be in the future.
std::vector<FieldError> validateCustomer(const Customer &customer, QDate today);

// Single-value checks, shared with import.
bool isValidCustomerCode(const QString &code);
bool isPlausiblePhone(const QString &phone);
bool isPlausibleEmail(const QString &email);

} // namespace kehu
