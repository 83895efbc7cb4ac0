#include "complaintsettings.h"

#include "database.h"
#include "sqlsupport.h"
#include "writetransaction.h"

#include <QSet>
#include <QSqlQuery>

namespace kehu {
namespace {

const char *const TargetKeys[] = { "respond", "on_site", "resolve" };

QString targetKey(ComplaintSeverity severity, int index)
{
    return QStringLiteral("complaint_target_%1_%2").arg(toKey(severity), QLatin1String(TargetKeys[index]));
}

int &targetField(ServiceTargets &targets, int index)
{
    return index == 0 ? targets.respondMinutes : index == 1 ? targets.onSiteMinutes : targets.resolveMinutes;
}

void writeValue(const QSqlDatabase &db, const QString &key, const QString &value)
{
    QSqlQuery query = sql::prepare(db, QStringLiteral(
            "INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    query.addBindValue(key);
    query.addBindValue(value);
    sql::exec(query);
}

} // namespace

ComplaintSettings::ComplaintSettings(const Database &db)
    : m_db(db)
{
}

QString ComplaintSettings::value(const QString &key) const
{
    QSqlQuery query = sql::prepare(m_db.connection(), QStringLiteral("SELECT value FROM settings WHERE key = ?"));
    query.addBindValue(key);
    sql::exec(query);
    return query.next() ? query.value(0).toString() : QString();
}

ComplaintRules ComplaintSettings::rules() const
{
    ComplaintRules rules;
    for (ComplaintSeverity severity : { ComplaintSeverity::Normal, ComplaintSeverity::Major }) {
        ServiceTargets &targets = severity == ComplaintSeverity::Major ? rules.major : rules.normal;
        for (int i = 0; i < 3; ++i) {
            bool ok = false;
            const int minutes = value(targetKey(severity, i)).toInt(&ok);
            if (ok && minutes > 0)
                targetField(targets, i) = minutes;
        }
    }
    bool ok = false;
    const int days = value(QStringLiteral("complaint_review_days")).toInt(&ok);
    if (ok && days > 0)
        rules.reviewDays = days;
    return rules;
}

void ComplaintSettings::setRules(const ComplaintRules &rules)
{
    ComplaintRules copy = rules;
    for (ServiceTargets *targets : { &copy.normal, &copy.major }) {
        for (int i = 0; i < 3; ++i) {
            const int minutes = targetField(*targets, i);
            if (minutes < 1 || minutes > 365 * 24 * 60)
                throw StorageError(StorageError::Kind::Refused, tr("A service target is 1 minute to 365 days."));
        }
    }
    if (rules.reviewDays < 1 || rules.reviewDays > 3650)
        throw StorageError(StorageError::Kind::Refused, tr("The review delay is 1 to 3650 days."));
    WriteTransaction transaction(m_db.connection());
    for (ComplaintSeverity severity : { ComplaintSeverity::Normal, ComplaintSeverity::Major }) {
        ServiceTargets &targets = severity == ComplaintSeverity::Major ? copy.major : copy.normal;
        for (int i = 0; i < 3; ++i)
            writeValue(m_db.connection(), targetKey(severity, i), QString::number(targetField(targets, i)));
    }
    writeValue(m_db.connection(), QStringLiteral("complaint_review_days"), QString::number(rules.reviewDays));
    transaction.commit();
}

QStringList ComplaintSettings::emergencyTeam() const
{
    return value(QStringLiteral("complaint_emergency_team")).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void ComplaintSettings::setEmergencyTeam(const QStringList &names)
{
    QStringList cleaned;
    for (const QString &name : names) {
        const QString trimmed = name.trimmed();
        if (!trimmed.isEmpty() && !cleaned.contains(trimmed))
            cleaned << trimmed;
    }
    WriteTransaction transaction(m_db.connection());
    writeValue(m_db.connection(), QStringLiteral("complaint_emergency_team"), cleaned.join(QLatin1Char('\n')));
    transaction.commit();
}

std::vector<ListItem> ComplaintSettings::departments() const
{
    QSqlQuery query = sql::prepare(m_db.connection(),
        QStringLiteral("SELECT id, name, name_en FROM complaint_departments ORDER BY position, id"));
    sql::exec(query);
    std::vector<ListItem> items;
    while (query.next()) {
        ListItem item;
        item.id = query.value(0).toLongLong();
        item.name = query.value(1).toString();
        item.nameEn = query.value(2).toString();
        items.push_back(item);
    }
    return items;
}

void ComplaintSettings::setDepartments(const std::vector<ListItem> &departments)
{
    QSet<QString> seen;
    for (const ListItem &item : departments) {
        const QString key = item.name.trimmed().toCaseFolded();
        if (key.isEmpty())
            throw StorageError(StorageError::Kind::Refused, tr("A department needs a name."));
        if (seen.contains(key))
            throw StorageError(StorageError::Kind::Refused, tr("The department %1 is listed twice.").arg(item.name.trimmed()));
        seen.insert(key);
    }
    WriteTransaction transaction(m_db.connection());
    sql::exec(m_db.connection(), QStringLiteral("DELETE FROM complaint_departments"));
    int position = 0;
    for (const ListItem &item : departments) {
        QSqlQuery query = sql::prepare(m_db.connection(),
            QStringLiteral("INSERT INTO complaint_departments (name, name_en, position) VALUES (?, ?, ?)"));
        query.addBindValue(item.name.trimmed());
        query.addBindValue(sql::textValue(item.nameEn));
        query.addBindValue(++position);
        sql::exec(query);
    }
    transaction.commit();
}

std::optional<QString> ComplaintSettings::departmentName(const QString &typed) const
{
    const QString key = typed.trimmed().toCaseFolded();
    if (key.isEmpty())
        return std::nullopt;
    for (const ListItem &item : departments()) {
        if (item.name.toCaseFolded() == key || (!item.nameEn.isEmpty() && item.nameEn.toCaseFolded() == key))
            return item.name;
    }
    return std::nullopt;
}

} // namespace kehu
