#include "scorecardreader.h"

#include "complaintrepository.h"
#include "customervaluerepository.h"
#include "databasesettings.h"
#include "followuprepository.h"
#include "followupsettings.h"
#include "referencelistrepository.h"
#include "surveyrepository.h"

#include "domain/abcclassifier.h"
#include "domain/followupschedule.h"

#include <map>
#include <unordered_map>

namespace kehu {

ScorecardReader::ScorecardReader(const Database &db)
    : m_db(db)
{
}

void ScorecardReader::addFeedback(std::vector<ScorecardInput> &inputs, const Period &period) const
{
    std::unordered_map<qint64, size_t> managerOfCustomer;
    for (size_t i = 0; i < inputs.size(); ++i)
        for (const ScorecardCustomer &customer : inputs[i].customers)
            managerOfCustomer.emplace(customer.customerId, i);

    // Complaints received in the period on each manager's (active) customers.
    ComplaintQuery query;
    query.receivedFrom = period.from;
    query.receivedTo = period.to;
    std::vector<std::vector<Complaint>> complaints(inputs.size());
    for (Complaint &complaint : ComplaintRepository(m_db).list(query)) {
        if (const auto it = managerOfCustomer.find(complaint.customerId); it != managerOfCustomer.end())
            complaints[it->second].push_back(std::move(complaint));
    }
    // Each customer's latest answered survey.
    std::vector<std::vector<double>> satisfaction(inputs.size());
    std::vector<std::vector<double>> loyalty(inputs.size());
    for (const auto &[customerId, score] : SurveyRepository(m_db).latestScores()) {
        const auto it = managerOfCustomer.find(customerId);
        if (it == managerOfCustomer.end())
            continue;
        if (score.composite)
            satisfaction[it->second].push_back(*score.composite);
        if (score.loyalty)
            loyalty[it->second].push_back(*score.loyalty);
    }
    for (size_t i = 0; i < inputs.size(); ++i) {
        const ComplaintFigures figures = complaintFigures(complaints[i]);
        inputs[i].complaints = figures.count;
        inputs[i].meanResolutionHours = figures.meanResolutionHours;
        inputs[i].reopenRate = figures.reopenRate;
        inputs[i].meanSatisfaction = meanOf(satisfaction[i]);
        inputs[i].meanLoyalty = meanOf(loyalty[i]);
    }
}

std::vector<ScorecardInput> ScorecardReader::inputs(const Period &period) const
{
    const ReferenceLists lists = ReferenceListRepository(m_db).load();
    const FollowUpCadence cadence = FollowUpSettings(m_db).cadence();
    CustomerValueQuery query;
    query.period = period;
    const AbcResult classes = classifyAbc(CustomerValueRepository(m_db).values(query), AbcMeasure::Profit,
                                          DatabaseSettings(m_db).abcThresholds());
    FollowUpRepository followUps(m_db);
    const std::unordered_map<qint64, int> done = followUps.countsByCustomer(period);
    std::unordered_map<qint64, FollowUpLatest> latest;
    for (const FollowUpLatest &row : followUps.latest(period.to))
        latest.emplace(row.customerId, row);

    // Every manager on the list, in list order; customers without one at the end.
    std::vector<ScorecardInput> inputs;
    std::map<qint64, size_t> indexOfManager;
    for (const ListItem &manager : lists.accountManagers) {
        indexOfManager[manager.id] = inputs.size();
        ScorecardInput input;
        input.accountManagerId = manager.id;
        input.manager = manager.name;
        inputs.push_back(std::move(input));
    }
    ScorecardInput unassigned;
    for (const AbcRankedCustomer &ranked : classes.ranked) {
        const CustomerValue &value = ranked.customer;
        ScorecardCustomer customer;
        customer.customerId = value.id;
        customer.abcClass = ranked.abcClass;
        customer.sales = value.sales;
        customer.profit = value.profit;
        if (const auto it = done.find(value.id); it != done.end())
            customer.followUpsDone = it->second;
        customer.followUpsDue = followUpsExpected(period, cadence.daysFor(ranked.abcClass));
        if (const auto it = latest.find(value.id); it != latest.end()) {
            FollowUpStatus status;
            status.abcClass = ranked.abcClass;
            status.baseline = it->second.created;
            status.lastDate = it->second.lastDate;
            status.lastNextDate = it->second.lastNextDate;
            customer.overdue = followUpDueOf(status, cadence, period.to).overdue;
        }
        const auto manager = indexOfManager.find(value.accountManagerId);
        (manager == indexOfManager.end() ? unassigned : inputs[manager->second]).customers.push_back(customer);
    }
    if (!unassigned.customers.empty())
        inputs.push_back(std::move(unassigned));
    addFeedback(inputs, period);
    return inputs;
}

} // namespace kehu
