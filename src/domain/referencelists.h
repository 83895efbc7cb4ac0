#pragma once

#include <QString>

#include <vector>

namespace kehu {

// The editable lists behind a customer's region, industry, sales center and account manager.
enum class ListKind { SalesCenter, Region, Industry, AccountManager };

// One entry of an editable list. `name` is what is stored and typed (usually Chinese);
// `nameEn`, when set, is shown in the English interface.
struct ListItem
{
    qint64 id = 0;
    QString name;
    QString nameEn;
    qint64 salesCenterId = 0; // regions only: the center their customers belong to

    // The name for an interface in `language` ("zh", "en").
    QString displayName(const QString &language) const
    {
        return language == QLatin1String("en") && !nameEn.isEmpty() ? nameEn : name;
    }
    bool operator==(const ListItem &) const = default;
};

// All four lists as loaded at one moment, with look-ups by id.
struct ReferenceLists
{
    std::vector<ListItem> salesCenters;
    std::vector<ListItem> regions;
    std::vector<ListItem> industries;
    std::vector<ListItem> accountManagers;

    const std::vector<ListItem> &items(ListKind kind) const;
    std::vector<ListItem> &items(ListKind kind);
    const ListItem *find(ListKind kind, qint64 id) const;
    // Matches `name` or `nameEn`, ignoring case; nullptr when there is none.
    const ListItem *findByName(ListKind kind, const QString &name) const;
    QString nameOf(ListKind kind, qint64 id, const QString &language = QStringLiteral("zh")) const;
    // The center a region's customers follow; 0 for none.
    qint64 centerOfRegion(qint64 regionId) const;
};

// The DOMAIN defaults a new database starts with. Regions refer to centers by position
// in `salesCenters` (1-based) since ids do not exist yet.
ReferenceLists defaultReferenceLists();

QString listKindKey(ListKind kind); // "sales_center", "region", "industry", "account_manager"

} // namespace kehu
