#include "importkind.h"

#include <array>

namespace kehu {
namespace {

struct KindName
{
    ImportKind kind;
    const char *name;
};

constexpr std::array KindNames{
    KindName{ImportKind::Customers, "customers"},
    KindName{ImportKind::Contacts, "contacts"},
    KindName{ImportKind::Orders, "orders"},
    KindName{ImportKind::Payments, "payments"},
    KindName{ImportKind::ServiceCosts, "service-costs"},
};

} // namespace

QString importKindName(ImportKind kind)
{
    for (const KindName &entry : KindNames) {
        if (entry.kind == kind)
            return QLatin1String(entry.name);
    }
    return {};
}

std::optional<ImportKind> importKindFromName(const QString &name)
{
    if (name == QLatin1String("service_costs"))
        return ImportKind::ServiceCosts;
    for (const KindName &entry : KindNames) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

} // namespace kehu
