#pragma once

#include "customervalidator.h"

#include <QDate>
#include <QDateTime>
#include <QString>

#include <array>
#include <optional>
#include <vector>

namespace kehu {

// How an account manager reached the customer (DOMAIN §8): on site, by phone, or online.
enum class FollowUpChannel { Visit, Phone, Online };

constexpr std::array<FollowUpChannel, 3> AllFollowUpChannels { FollowUpChannel::Visit, FollowUpChannel::Phone,
                                                               FollowUpChannel::Online };

QString toKey(FollowUpChannel channel); // "visit", "phone", "online"
std::optional<FollowUpChannel> followUpChannelFromKey(const QString &key);
QString displayName(FollowUpChannel channel); // translated

// One entry of a customer's follow-up log (回访): who spoke to whom, when, how, about what,
// what came of it, and when to follow up next. `contact` is free text: usually the name of
// one of the customer's contacts, but a person not on file is accepted as typed. (No contact
// id is kept: saving a customer file writes its contacts afresh, under new ids.)
struct FollowUp
{
    qint64 id = 0;
    qint64 customerId = 0;
    QDate date;
    FollowUpChannel channel = FollowUpChannel::Phone;
    QString staff;
    QString contact;
    QString content;
    QString outcome;
    QDate nextDate; // null: none planned, the cadence decides
    QDateTime createdAt;

    bool operator==(const FollowUp &) const = default;
};

// Checks a follow-up before it is logged: a date, content, staff, a next date not before the
// date. Fields are named as the database and the CLI name them ("date", "next_date", ...).
std::vector<FieldError> validateFollowUp(const FollowUp &followUp);

} // namespace kehu
