#include "currentuser.h"

#include "domain/loginname.h"

#include <QSettings>

namespace kehu {
namespace {

const QString NameKey = QStringLiteral("user/name");
const QString DepartmentKey = QStringLiteral("user/department");

void store(const QString &key, const QString &value)
{
    QSettings settings;
    const QString trimmed = value.trimmed();
    if (trimmed.isEmpty())
        settings.remove(key);
    else
        settings.setValue(key, trimmed);
}

} // namespace

QString CurrentUser::name()
{
    const QString stored = QSettings().value(NameKey).toString();
    return stored.isEmpty() ? loginName() : stored;
}

QString CurrentUser::department()
{
    return QSettings().value(DepartmentKey).toString();
}

void CurrentUser::setName(const QString &name)
{
    store(NameKey, name);
}

void CurrentUser::setDepartment(const QString &department)
{
    store(DepartmentKey, department);
}

QString CurrentUser::loginName()
{
    return kehu::loginName();
}

} // namespace kehu
