#pragma once

#include <QCoreApplication>
#include <QString>

namespace kehu {

// Who works at this desk: the name recorded as "by" on the steps people take (complaints,
// follow-ups) and whose queues the start page shows, with the department whose queue is
// "my department's". Per user (QSettings "user/name", "user/department"), set in
// Settings ▸ My name…; until set, the name is the operating system's login name.
class CurrentUser
{
    Q_DECLARE_TR_FUNCTIONS(kehu::CurrentUser)

public:
    static QString name();
    static QString department(); // empty until set
    // Empty text (after trimming) goes back to the login name / no department.
    static void setName(const QString &name);
    static void setDepartment(const QString &department);

    // The operating system's login name (see kehu::loginName).
    static QString loginName();
};

} // namespace kehu
