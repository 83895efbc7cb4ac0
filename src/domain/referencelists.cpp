#include "referencelists.h"

namespace kehu {

const std::vector<ListItem> &ReferenceLists::items(ListKind kind) const
{
    switch (kind) {
    case ListKind::SalesCenter: return salesCenters;
    case ListKind::Region: return regions;
    case ListKind::Industry: return industries;
    case ListKind::AccountManager: break;
    }
    return accountManagers;
}

std::vector<ListItem> &ReferenceLists::items(ListKind kind)
{
    return const_cast<std::vector<ListItem> &>(std::as_const(*this).items(kind));
}

const ListItem *ReferenceLists::find(ListKind kind, qint64 id) const
{
    if (id == 0)
        return nullptr;
    for (const ListItem &item : items(kind))
        if (item.id == id)
            return &item;
    return nullptr;
}

const ListItem *ReferenceLists::findByName(ListKind kind, const QString &name) const
{
    const QString wanted = name.trimmed();
    if (wanted.isEmpty())
        return nullptr;
    for (const ListItem &item : items(kind)) {
        if (item.name.compare(wanted, Qt::CaseInsensitive) == 0
            || (!item.nameEn.isEmpty() && item.nameEn.compare(wanted, Qt::CaseInsensitive) == 0))
            return &item;
    }
    return nullptr;
}

QString ReferenceLists::nameOf(ListKind kind, qint64 id, const QString &language) const
{
    const ListItem *item = find(kind, id);
    return item ? item->displayName(language) : QString();
}

qint64 ReferenceLists::centerOfRegion(qint64 regionId) const
{
    const ListItem *region = find(ListKind::Region, regionId);
    return region ? region->salesCenterId : 0;
}

ReferenceLists defaultReferenceLists()
{
    // Centers: 1 key accounts, 2 Shanghai (south of the Yangtze), 3 Beijing (north of it),
    // 4 international. Key accounts are assigned by hand, never by region.
    ReferenceLists lists;
    lists.salesCenters = {
        {0, QStringLiteral("大客户中心"), QStringLiteral("Key accounts"), 0},
        {0, QStringLiteral("上海中心"), QStringLiteral("Shanghai"), 0},
        {0, QStringLiteral("北京中心"), QStringLiteral("Beijing"), 0},
        {0, QStringLiteral("国际中心"), QStringLiteral("International"), 0},
    };
    lists.regions = {
        {0, QStringLiteral("华东"), QStringLiteral("East"), 2},
        {0, QStringLiteral("华北"), QStringLiteral("North"), 3},
        {0, QStringLiteral("华南"), QStringLiteral("South"), 2},
        {0, QStringLiteral("华中"), QStringLiteral("Central"), 2},
        {0, QStringLiteral("西北"), QStringLiteral("Northwest"), 3},
        {0, QStringLiteral("西南"), QStringLiteral("Southwest"), 2},
        {0, QStringLiteral("东北"), QStringLiteral("Northeast"), 3},
        {0, QStringLiteral("海外"), QStringLiteral("Overseas"), 4},
    };
    lists.industries = {
        {0, QStringLiteral("酒店"), QStringLiteral("Hotel"), 0},
        {0, QStringLiteral("医院"), QStringLiteral("Hospital"), 0},
        {0, QStringLiteral("洗衣厂"), QStringLiteral("Laundry"), 0},
        {0, QStringLiteral("铁路"), QStringLiteral("Railway"), 0},
        {0, QStringLiteral("学校"), QStringLiteral("School"), 0},
        {0, QStringLiteral("制造业"), QStringLiteral("Manufacturing"), 0},
        {0, QStringLiteral("公用事业"), QStringLiteral("Utility"), 0},
        {0, QStringLiteral("其他"), QStringLiteral("Other"), 0},
    };
    return lists;
}

QString listKindKey(ListKind kind)
{
    switch (kind) {
    case ListKind::SalesCenter: return QStringLiteral("sales_center");
    case ListKind::Region: return QStringLiteral("region");
    case ListKind::Industry: return QStringLiteral("industry");
    case ListKind::AccountManager: break;
    }
    return QStringLiteral("account_manager");
}

} // namespace kehu
