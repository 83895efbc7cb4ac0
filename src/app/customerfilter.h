#pragma once

#include "domain/customerenums.h"

#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace kehu {

// What the filter bar asks the customer list to show. 0 / nullopt means "any".
struct CustomerFilter
{
    QString text; // matched as a folded substring of code, name, phone and contacts
    qint64 regionId = 0;
    qint64 industryId = 0;
    qint64 salesCenterId = 0;
    qint64 accountManagerId = 0;
    std::optional<Category> category;
    std::optional<CustomerStatus> status;
    std::optional<bool> stale;
    bool showArchived = false;
    // A segment of the Segmentation view: only these customers, when set. Shared, not copied,
    // so a filter keystroke never copies 100 000 ids; compared by identity.
    std::shared_ptr<const QSet<qint64>> customerIds;
    QString segmentName; // what the filter bar shows while customerIds is set

    bool operator==(const CustomerFilter &) const = default;

    // True when this filter differs from `other` only by a longer text that starts with the
    // other's text: every row it shows is among the rows `other` shows.
    bool narrows(const CustomerFilter &other) const
    {
        CustomerFilter same = *this;
        same.text = other.text;
        return same == other && text.startsWith(other.text);
    }
};

} // namespace kehu
