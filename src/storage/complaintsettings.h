#pragma once

#include "domain/complainttargets.h"
#include "domain/referencelists.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace kehu {

class Database;

// The database-wide settings of the complaint workflow (DOMAIN §6): service targets per
// severity, the review delay of corrective actions, the emergency team that sees major
// complaints first, and the editable list of responsible departments.
class ComplaintSettings
{
    Q_DECLARE_TR_FUNCTIONS(kehu::ComplaintSettings)

public:
    explicit ComplaintSettings(const Database &db);

    ComplaintRules rules() const;
    // Every target 1 minute to 365 days, the review delay 1 to 3650 days; Refused otherwise.
    void setRules(const ComplaintRules &rules);

    // People's names, in the order given; empty until set.
    QStringList emergencyTeam() const;
    void setEmergencyTeam(const QStringList &names);

    // The responsible departments in their order.
    std::vector<ListItem> departments() const;
    // Replaces the list (ids are ignored); names must be non-empty and distinct. Complaints keep
    // the department name they were assigned to.
    void setDepartments(const std::vector<ListItem> &departments);
    // The stored (Chinese) name of the department typed in either language, ignoring case.
    std::optional<QString> departmentName(const QString &typed) const;

private:
    QString value(const QString &key) const;

    const Database &m_db;
};

} // namespace kehu
