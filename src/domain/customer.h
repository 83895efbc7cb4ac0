#pragma once

#include "customerenums.h"
#include "money.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <optional>
#include <vector>

namespace kehu {

// A person at a customer company (DOMAIN §1, basic group).
struct Contact
{
    qint64 id = 0;
    QString name;
    QString title;
    ContactRole role = ContactRole::Unspecified;
    QString phone;
    QString email;
    QString wechat;

    bool operator==(const Contact &) const = default;
};

// Another supplier serving the same customer (同质竞争者).
struct Competitor
{
    qint64 id = 0;
    QString name;
    QString note;

    bool operator==(const Competitor &) const = default;
};

// One customer file (客户档案): every typed field of DOMAIN §1. Derived figures
// (years of cooperation, sales, receivables, …) are never stored here; see customerfigures.h.
// Reference-list fields hold list item ids, 0 when not set.
struct Customer
{
    qint64 id = 0;

    // basic
    QString code;
    QString name;
    QString address;
    qint64 regionId = 0;
    QString phone;
    QString website;

    // attributes
    std::optional<int> employees;
    QString revenueBand;
    Ownership ownership = Ownership::Unspecified;
    qint64 industryId = 0;
    QString reputation;
    QString productionCapacity;

    // business status
    std::optional<Money> annualSales;
    QString industryPosition;
    QString creditStatus;
    QString strengths;
    QString weaknesses;

    // cooperation
    QDate customerSince;
    QString mainProducts;
    std::optional<int> paymentTermsDays;

    Relationship relationship = Relationship::Unspecified;
    Category category = Category::Unspecified;

    // ownership
    qint64 accountManagerId = 0;
    qint64 salesCenterId = 0;
    bool salesCenterManual = false; // false: the center follows the region

    // review
    CustomerStatus status = CustomerStatus::Draft;
    QString verifiedBy;
    QDateTime verifiedAt;
    QDate lastReviewed;

    QDateTime createdAt;
    QDateTime updatedAt;
    QDateTime archivedAt; // null while active

    std::vector<Contact> contacts;
    std::vector<Competitor> competitors;

    bool isArchived() const { return archivedAt.isValid(); }
    bool operator==(const Customer &) const = default;
};

} // namespace kehu
