#pragma once

#include "domain/complaint.h"
#include "domain/complaintqueues.h"
#include "domain/complaintreport.h"
#include "domain/complainttargets.h"

#include <QCoreApplication>
#include <QString>

namespace kehu {

// The words the Complaints view shows for the workflow's keys, in the interface's language.
class ComplaintFormat
{
    Q_DECLARE_TR_FUNCTIONS(kehu::ComplaintFormat)

public:
    static QString name(ComplaintState state);
    static QString name(ComplaintStep step);
    static QString name(ComplaintChannel channel);
    static QString name(ComplaintCategory category);
    static QString name(ComplaintSeverity severity);
    static QString name(TargetKind target);
    static QString name(ComplaintQueue queue);
    static QString name(ComplaintDimension dimension);
    // The label of a step's field key ("cause" → "Root cause").
    static QString fieldName(const QString &key);
    // "2 h 10 min left", "overdue 3 h 5 min", "met"
    static QString timeLeft(const TargetStatus &target);
    static QString duration(qint64 seconds); // "2 d 3 h", "3 h 5 min", "12 min"
};

} // namespace kehu
