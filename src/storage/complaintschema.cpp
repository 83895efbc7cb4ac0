#include "complaintschema.h"

#include "sqlsupport.h"

#include <QStringList>

namespace kehu {

void ComplaintSchema::create(const QSqlDatabase &db)
{
    const QStringList statements {
        QStringLiteral("CREATE TABLE complaint_departments (id INTEGER PRIMARY KEY,"
                       " name TEXT NOT NULL UNIQUE COLLATE NOCASE, name_en TEXT, position INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral(
            "CREATE TABLE complaints ("
            " id INTEGER PRIMARY KEY,"
            " number TEXT NOT NULL UNIQUE,"
            " year INTEGER NOT NULL,"
            " sequence INTEGER NOT NULL,"
            " customer_id INTEGER NOT NULL REFERENCES customers(id),"
            " channel TEXT NOT NULL CHECK (channel = 'phone' OR channel = 'visit' OR channel = 'email' OR channel = 'online'),"
            " category TEXT NOT NULL CHECK (category = 'quality' OR category = 'delivery' OR category = 'service'"
            "   OR category = 'price' OR category = 'other'),"
            " severity TEXT NOT NULL CHECK (severity = 'normal' OR severity = 'major'),"
            " description TEXT NOT NULL,"
            " order_no TEXT,"
            " product_model TEXT,"
            " state TEXT NOT NULL CHECK (state = 'received' OR state = 'assigned' OR state = 'in_progress'"
            "   OR state = 'resolved' OR state = 'awaiting_verdict' OR state = 'closed'),"
            " escalated INTEGER NOT NULL DEFAULT 0,"
            " received_at TEXT NOT NULL,"
            " received_by TEXT NOT NULL,"
            " assigned_by TEXT,"
            " department TEXT,"
            " handler TEXT,"
            " root_cause TEXT,"
            " handling TEXT,"
            " corrective_action TEXT,"
            " closed_at TEXT,"
            " review_due TEXT,"
            " reopen_count INTEGER NOT NULL DEFAULT 0,"
            " UNIQUE (year, sequence))"),
        QStringLiteral("CREATE INDEX complaints_state ON complaints(state, received_at)"),
        QStringLiteral("CREATE INDEX complaints_customer ON complaints(customer_id, received_at)"),
        QStringLiteral("CREATE INDEX complaints_received ON complaints(received_at)"),
        QStringLiteral("CREATE INDEX complaints_department ON complaints(department, state)"),
        QStringLiteral(
            "CREATE TABLE complaint_steps ("
            " id INTEGER PRIMARY KEY,"
            " complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
            " position INTEGER NOT NULL,"
            " step TEXT NOT NULL CHECK (step = 'add' OR step = 'assign' OR step = 'start' OR step = 'resolve'"
            "   OR step = 'report' OR step = 'accept' OR step = 'reject' OR step = 'review'),"
            " taken_at TEXT NOT NULL,"
            " taken_by TEXT NOT NULL,"
            " fields TEXT NOT NULL DEFAULT '{}',"
            " UNIQUE (complaint_id, position))"),
        QStringLiteral(
            "CREATE TABLE complaint_comments ("
            " id INTEGER PRIMARY KEY,"
            " complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
            " written_at TEXT NOT NULL, written_by TEXT NOT NULL, text TEXT NOT NULL)"),
        QStringLiteral("CREATE INDEX complaint_comments_complaint ON complaint_comments(complaint_id)"),
        QStringLiteral(
            "CREATE TABLE complaint_attachments ("
            " id INTEGER PRIMARY KEY,"
            " complaint_id INTEGER NOT NULL REFERENCES complaints(id) ON DELETE CASCADE,"
            " added_at TEXT NOT NULL, added_by TEXT NOT NULL,"
            " file_name TEXT NOT NULL, mime_type TEXT NOT NULL,"
            " size INTEGER NOT NULL CHECK (size >= 0 AND size <= %1),"
            " data BLOB NOT NULL)")
            .arg(MaxAttachmentBytes),
        QStringLiteral("CREATE INDEX complaint_attachments_complaint ON complaint_attachments(complaint_id)"),
    };
    for (const QString &statement : statements)
        sql::exec(db, statement);

    const struct
    {
        const char *name;
        const char *nameEn;
    } departments[] = {
        { "销售服务部", "sales-service" },
        { "质量部", "quality" },
        { "生产部", "production" },
        { "总师办", "chief engineer's office" },
        { "采购部", "purchasing" },
        { "物流部", "logistics" },
    };
    int position = 0;
    for (const auto &department : departments) {
        QSqlQuery query = sql::prepare(db,
            QStringLiteral("INSERT INTO complaint_departments (name, name_en, position) VALUES (?, ?, ?)"));
        query.addBindValue(QString::fromUtf8(department.name));
        query.addBindValue(QString::fromUtf8(department.nameEn));
        query.addBindValue(++position);
        sql::exec(query);
    }
}

} // namespace kehu
