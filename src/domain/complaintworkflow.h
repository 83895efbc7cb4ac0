#pragma once

#include "complaint.h"
#include "complainttargets.h"

#include <QCoreApplication>
#include <QString>

#include <optional>
#include <vector>

namespace kehu {

// The result of asking the state machine for a step: the next state, or why not.
struct ComplaintTransition
{
    std::optional<ComplaintState> next;
    QString refusal; // names the state and the steps allowed from it

    explicit operator bool() const { return next.has_value(); }
};

// The complaint workflow (DOMAIN §6): which step leads where, what each step must record, and
// what it changes. Pure: it checks and computes on values, storage writes the result.
class ComplaintWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(kehu::ComplaintWorkflow)

public:
    // The steps the machine allows from a state, in workflow order (add from no state is not
    // among them). Closed allows review, subject to checkStep's conditions.
    static std::vector<ComplaintStep> stepsFrom(ComplaintState state);

    // received → assigned → in_progress → resolved → awaiting_verdict → closed, with reject back
    // to in_progress and review staying closed. Anything else is refused with a message that
    // names the state and the allowed steps.
    static ComplaintTransition transition(ComplaintState state, ComplaintStep step);

    // Every rule a step must meet on this complaint: the transition, the time not before the
    // previous step, a name for who, the fields the step requires, and for review a corrective
    // action whose review date has come. Empty when the step may be taken.
    static QString checkStep(const Complaint &complaint, const ComplaintStepRecord &step, const ComplaintRules &rules);

    // The complaint after a step that passed checkStep: history appended, state and current
    // values updated (the step's record gains derived fields such as "review_due").
    static Complaint applyStep(Complaint complaint, ComplaintStepRecord step, const ComplaintRules &rules);

    // A new complaint from its `add` record; checks the fields and returns the refusal, if any,
    // in `refusal`. Number, id and customer are the caller's.
    static Complaint received(const ComplaintStepRecord &add, QString *refusal);

    // The steps that can be taken now, for buttons: review only when its date has come.
    static std::vector<ComplaintStep> allowedNow(const Complaint &complaint, const QDateTime &asOf);
};

} // namespace kehu
