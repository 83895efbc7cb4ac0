#pragma once

#include <QString>

#include <optional>

namespace kehu {

// What one import or export file holds: one kind of record per file (docs/import-format.md).
enum class ImportKind { Customers, Contacts, Orders, Payments, ServiceCosts };

// Insert refuses keys that already exist; upsert updates the stored record with that key.
enum class ImportMode { Insert, Upsert };

// "customers", "contacts", "orders", "payments", "service-costs" as typed on the command line.
QString importKindName(ImportKind kind);
// Accepts the names above and "service_costs".
std::optional<ImportKind> importKindFromName(const QString &name);

} // namespace kehu
