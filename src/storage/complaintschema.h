#pragma once

#include <QSqlDatabase>

namespace kehu {

// The tables of the complaint workflow (DOMAIN §6), created by one migration: complaints with
// their current values, every step with its fields, comments, attachments (BLOBs up to 20 MB)
// and the responsible departments with their defaults.
struct ComplaintSchema
{
    static constexpr qint64 MaxAttachmentBytes = 20 * 1024 * 1024;

    static void create(const QSqlDatabase &db);
};

} // namespace kehu
