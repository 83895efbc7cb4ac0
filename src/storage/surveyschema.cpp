#include "surveyschema.h"

#include "sqlsupport.h"

#include <QDateTime>

namespace kehu {

void SurveySchema::create(const QSqlDatabase &db)
{
    const QStringList statements{
        QStringLiteral("CREATE TABLE survey_templates ("
                       " id INTEGER PRIMARY KEY,"
                       " key TEXT NOT NULL,"
                       " version INTEGER NOT NULL CHECK (version >= 1),"
                       " name TEXT NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " UNIQUE (key, version))"),
        QStringLiteral("CREATE TABLE survey_template_items ("
                       " template_id INTEGER NOT NULL REFERENCES survey_templates(id) ON DELETE CASCADE,"
                       " position INTEGER NOT NULL,"
                       " key TEXT NOT NULL,"
                       " label TEXT NOT NULL,"
                       " role TEXT NOT NULL CHECK (role = 'weighted' OR role = 'repurchase' OR role = 'recommend' OR role = 'comment'),"
                       " weight INTEGER NOT NULL DEFAULT 0 CHECK (weight >= 0),"
                       " scale_min INTEGER NOT NULL DEFAULT 0,"
                       " scale_max INTEGER NOT NULL DEFAULT 0,"
                       " PRIMARY KEY (template_id, key)) WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE survey_campaigns ("
                       " id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE,"
                       " year INTEGER NOT NULL,"
                       " template_id INTEGER NOT NULL REFERENCES survey_templates(id),"
                       " end_date TEXT NOT NULL,"
                       " filter TEXT,"
                       " created_at TEXT NOT NULL)"),
        // One row per targeted customer; an answered one carries its comment and the composite and
        // loyalty computed when it was saved, so a customer's latest scores are one look-up.
        QStringLiteral("CREATE TABLE survey_targets ("
                       " campaign_id INTEGER NOT NULL REFERENCES survey_campaigns(id) ON DELETE CASCADE,"
                       " customer_id INTEGER NOT NULL REFERENCES customers(id),"
                       " status TEXT NOT NULL DEFAULT 'pending' CHECK (status = 'pending' OR status = 'answered' OR status = 'declined'),"
                       " answered_at TEXT,"
                       " composite REAL,"
                       " loyalty REAL,"
                       " comment TEXT,"
                       " PRIMARY KEY (campaign_id, customer_id)) WITHOUT ROWID"),
        QStringLiteral("CREATE INDEX survey_targets_customer ON survey_targets(customer_id)"),
        QStringLiteral("CREATE TABLE survey_scores ("
                       " campaign_id INTEGER NOT NULL,"
                       " customer_id INTEGER NOT NULL,"
                       " item_key TEXT NOT NULL,"
                       " score INTEGER NOT NULL,"
                       " PRIMARY KEY (campaign_id, customer_id, item_key),"
                       " FOREIGN KEY (campaign_id, customer_id) REFERENCES survey_targets(campaign_id, customer_id) ON DELETE CASCADE)"
                       " WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE survey_actions ("
                       " id INTEGER PRIMARY KEY,"
                       " campaign_id INTEGER NOT NULL REFERENCES survey_campaigns(id) ON DELETE CASCADE,"
                       " item_key TEXT,"
                       " group_by TEXT,"
                       " group_name TEXT,"
                       " title TEXT NOT NULL,"
                       " owner TEXT,"
                       " due_date TEXT,"
                       " status TEXT NOT NULL DEFAULT 'planned' CHECK (status = 'planned' OR status = 'in_progress' OR status = 'done'),"
                       " baseline REAL NOT NULL,"
                       " created_at TEXT NOT NULL,"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX survey_actions_campaign ON survey_actions(campaign_id)"),
    };
    for (const QString &statement : statements)
        sql::exec(db, statement);
    insertTemplate(db, defaultSurveyTemplate());
}

qint64 SurveySchema::insertTemplate(const QSqlDatabase &db, const SurveyTemplate &surveyTemplate)
{
    QSqlQuery insert = sql::prepare(db, QStringLiteral(
            "INSERT INTO survey_templates (key, version, name, created_at) VALUES (?, ?, ?, ?)"));
    insert.addBindValue(surveyTemplate.key);
    insert.addBindValue(surveyTemplate.version);
    insert.addBindValue(surveyTemplate.name);
    insert.addBindValue(sql::timestampValue(QDateTime::currentDateTimeUtc()));
    sql::exec(insert);
    const qint64 id = insert.lastInsertId().toLongLong();
    int position = 0;
    for (const SurveyItem &item : surveyTemplate.items) {
        QSqlQuery row = sql::prepare(db, QStringLiteral(
                "INSERT INTO survey_template_items (template_id, position, key, label, role, weight, scale_min, scale_max)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
        row.addBindValue(id);
        row.addBindValue(++position);
        row.addBindValue(item.key);
        row.addBindValue(item.label);
        row.addBindValue(surveyItemRoleKey(item.role));
        row.addBindValue(item.weight);
        row.addBindValue(item.scaleMin);
        row.addBindValue(item.scaleMax);
        sql::exec(row);
    }
    return id;
}

} // namespace kehu
