#include "followupagenda.h"

#include "customervaluerepository.h"
#include "databasesettings.h"
#include "followuprepository.h"
#include "followupsettings.h"

#include "domain/abcclassifier.h"

#include <unordered_map>

namespace kehu {

FollowUpAgenda::FollowUpAgenda(const Database &db)
    : m_db(db)
{
}

std::vector<FollowUpStatus> FollowUpAgenda::statuses(QDate asOf) const
{
    CustomerValueQuery query;
    query.period = Period::lastTwelveMonths(asOf);
    const AbcResult classes = classifyAbc(CustomerValueRepository(m_db).values(query), AbcMeasure::Profit,
                                          DatabaseSettings(m_db).abcThresholds());
    std::unordered_map<qint64, FollowUpLatest> latest;
    for (const FollowUpLatest &row : FollowUpRepository(m_db).latest(asOf))
        latest.emplace(row.customerId, row);

    std::vector<FollowUpStatus> statuses;
    statuses.reserve(classes.ranked.size());
    for (const AbcRankedCustomer &ranked : classes.ranked) {
        const CustomerValue &customer = ranked.customer;
        FollowUpStatus status;
        status.customerId = customer.id;
        status.code = customer.code;
        status.name = customer.name;
        status.accountManagerId = customer.accountManagerId;
        status.abcClass = ranked.abcClass;
        if (const auto it = latest.find(customer.id); it != latest.end()) {
            status.baseline = it->second.created;
            status.lastDate = it->second.lastDate;
            status.lastNextDate = it->second.lastNextDate;
        }
        statuses.push_back(std::move(status));
    }
    std::sort(statuses.begin(), statuses.end(),
              [](const FollowUpStatus &a, const FollowUpStatus &b) { return a.code < b.code; });
    return statuses;
}

std::vector<FollowUpDue> FollowUpAgenda::due(QDate asOf, bool onlyOverdue) const
{
    return dueFollowUps(statuses(asOf), FollowUpSettings(m_db).cadence(), asOf, onlyOverdue);
}

std::optional<FollowUpDue> FollowUpAgenda::dueOf(qint64 customerId, QDate asOf) const
{
    for (const FollowUpStatus &status : statuses(asOf)) {
        if (status.customerId == customerId)
            return followUpDueOf(status, FollowUpSettings(m_db).cadence(), asOf);
    }
    return std::nullopt;
}

} // namespace kehu
