#pragma once

#include "domain/complaint.h"
#include "domain/complainttargets.h"
#include "domain/period.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QString>

#include <optional>
#include <vector>

namespace kehu {

class Database;

// What a complaint list asks for; empty members do not filter.
struct ComplaintQuery
{
    std::optional<ComplaintState> state;
    bool openOnly = false;     // not closed
    qint64 customerId = 0;
    QDate receivedFrom;        // local dates, both ends included
    QDate receivedTo;
};

struct ComplaintComment
{
    qint64 id = 0;
    QDateTime at;
    QString by;
    QString text;
};

struct ComplaintAttachment
{
    qint64 id = 0;
    QDateTime at;
    QString by;
    QString fileName;
    QString mimeType;
    qint64 size = 0;
};

// A customer's complaints and orders over a period, for its complaint rate.
struct ComplaintRate
{
    int complaints = 0;
    int orders = 0;
    // Complaints per 100 orders; none without orders.
    std::optional<double> per100Orders() const
    {
        return orders > 0 ? std::optional<double>(100.0 * complaints / orders) : std::nullopt;
    }
};

// Reads and writes complaints with their history, comments and attachments. Every step is one
// write transaction that reads the complaint again inside it, so of two people taking a step
// at once the second is refused and nothing changes. Refusals are StorageError::Refused with
// the workflow's message; unknown numbers NotFound.
class ComplaintRepository
{
    Q_DECLARE_TR_FUNCTIONS(kehu::ComplaintRepository)

public:
    explicit ComplaintRepository(const Database &db);

    // Records a new complaint against the customer of that code and allocates its number
    // (TS-<year received>-<sequence of that year>). An order number, if given, must be one of the
    // customer's orders; without a product model the order's is taken.
    Complaint add(const QString &customerCode, const ComplaintStepRecord &add);

    // Takes a step: the department of an assignment may be typed in either language and is stored
    // under its list name. Returns the complaint after the step.
    Complaint takeStep(const QString &number, const ComplaintStepRecord &step);

    Complaint load(const QString &number) const; // NotFound
    Complaint load(qint64 id) const;             // NotFound
    // By time received, newest first, each with its history.
    std::vector<Complaint> list(const ComplaintQuery &query = {}) const;

    void addComment(qint64 complaintId, const QDateTime &at, const QString &by, const QString &text);
    std::vector<ComplaintComment> comments(qint64 complaintId) const;
    // Refused above ComplaintSchema::MaxAttachmentBytes. Returns the attachment's id.
    qint64 addAttachment(qint64 complaintId, const QDateTime &at, const QString &by, const QString &fileName,
                         const QString &mimeType, const QByteArray &data);
    std::vector<ComplaintAttachment> attachments(qint64 complaintId) const;
    QByteArray attachmentData(qint64 attachmentId) const; // NotFound

    ComplaintRate rate(qint64 customerId, const Period &period) const;

    // Code → name of every customer not archived, for picking who complains.
    QHash<QString, QString> customerNames() const;

private:
    std::vector<Complaint> select(const QString &where, const QVariantList &values) const;
    void requireComplaint(qint64 id) const;

    const Database &m_db;
};

} // namespace kehu
