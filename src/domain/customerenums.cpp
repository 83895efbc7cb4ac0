#include "customerenums.h"

#include <QCoreApplication>

#include <array>

namespace kehu {
namespace {

template<typename Enum>
struct EnumEntry
{
    Enum value;
    const char *key;
    const char *english; // source text for tr(); also accepted when parsing
    const char *chinese; // accepted when parsing files typed in Chinese
};

constexpr const char *Context = "kehu::Vocabulary";

constexpr std::array ownershipEntries{
    EnumEntry<Ownership>{Ownership::Unspecified, "", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Not set"), "未设置"},
    EnumEntry<Ownership>{Ownership::StateOwned, "state_owned", QT_TRANSLATE_NOOP("kehu::Vocabulary", "State-owned"), "国有"},
    EnumEntry<Ownership>{Ownership::Private, "private", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Private"), "民营"},
    EnumEntry<Ownership>{Ownership::Foreign, "foreign", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Foreign"), "外资"},
    EnumEntry<Ownership>{Ownership::JointVenture, "joint_venture", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Joint venture"), "合资"},
};
constexpr std::array relationshipEntries{
    EnumEntry<Relationship>{Relationship::Unspecified, "", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Not set"), "未设置"},
    EnumEntry<Relationship>{Relationship::Transactional, "transactional", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Transactional"), "买卖"},
    EnumEntry<Relationship>{Relationship::Supply, "supply", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Supply"), "供应"},
    EnumEntry<Relationship>{Relationship::Partnership, "partnership", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Partnership"), "合作"},
    EnumEntry<Relationship>{Relationship::StrategicAlliance, "strategic_alliance", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Strategic alliance"), "战略联盟"},
};
constexpr std::array categoryEntries{
    EnumEntry<Category>{Category::Unspecified, "", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Not set"), "未设置"},
    EnumEntry<Category>{Category::Key, "key", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Key"), "关键"},
    EnumEntry<Category>{Category::General, "general", QT_TRANSLATE_NOOP("kehu::Vocabulary", "General"), "一般"},
    EnumEntry<Category>{Category::Potential, "potential", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Potential"), "潜在"},
    EnumEntry<Category>{Category::CompetitorCustomer, "competitor_customer", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Competitor's customer"), "竞争对手客户"},
};
constexpr std::array contactRoleEntries{
    EnumEntry<ContactRole>{ContactRole::Unspecified, "", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Not set"), "未设置"},
    EnumEntry<ContactRole>{ContactRole::DecisionMaker, "decision_maker", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Decision maker"), "决策者"},
    EnumEntry<ContactRole>{ContactRole::Manager, "manager", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Manager"), "管理者"},
    EnumEntry<ContactRole>{ContactRole::Purchaser, "purchaser", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Purchaser"), "采购"},
    EnumEntry<ContactRole>{ContactRole::Technical, "technical", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Technical"), "技术"},
    EnumEntry<ContactRole>{ContactRole::Finance, "finance", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Finance"), "财务"},
};
constexpr std::array statusEntries{
    EnumEntry<CustomerStatus>{CustomerStatus::Draft, "draft", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Draft"), "草稿"},
    EnumEntry<CustomerStatus>{CustomerStatus::Verified, "verified", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Verified"), "已审核"},
};
constexpr std::array serviceCostEntries{
    EnumEntry<ServiceCostCategory>{ServiceCostCategory::Entertainment, "entertainment", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Entertainment"), "招待"},
    EnumEntry<ServiceCostCategory>{ServiceCostCategory::Travel, "travel", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Travel"), "差旅"},
    EnumEntry<ServiceCostCategory>{ServiceCostCategory::Samples, "samples", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Samples"), "样品"},
    EnumEntry<ServiceCostCategory>{ServiceCostCategory::Other, "other", QT_TRANSLATE_NOOP("kehu::Vocabulary", "Other"), "其他"},
};

template<typename Enum>
constexpr const auto &entriesFor()
{
    if constexpr (std::is_same_v<Enum, Ownership>)
        return ownershipEntries;
    else if constexpr (std::is_same_v<Enum, Relationship>)
        return relationshipEntries;
    else if constexpr (std::is_same_v<Enum, Category>)
        return categoryEntries;
    else if constexpr (std::is_same_v<Enum, ContactRole>)
        return contactRoleEntries;
    else if constexpr (std::is_same_v<Enum, CustomerStatus>)
        return statusEntries;
    else
        return serviceCostEntries;
}

template<typename Enum>
const EnumEntry<Enum> &entryOf(Enum value)
{
    for (const auto &entry : entriesFor<Enum>())
        if (entry.value == value)
            return entry;
    return entriesFor<Enum>().front();
}

} // namespace

QString toKey(Ownership v) { return QLatin1String(entryOf(v).key); }
QString toKey(Relationship v) { return QLatin1String(entryOf(v).key); }
QString toKey(Category v) { return QLatin1String(entryOf(v).key); }
QString toKey(ContactRole v) { return QLatin1String(entryOf(v).key); }
QString toKey(CustomerStatus v) { return QLatin1String(entryOf(v).key); }
QString toKey(ServiceCostCategory v) { return QLatin1String(entryOf(v).key); }

QString displayName(Ownership v) { return QCoreApplication::translate(Context, entryOf(v).english); }
QString displayName(Relationship v) { return QCoreApplication::translate(Context, entryOf(v).english); }
QString displayName(Category v) { return QCoreApplication::translate(Context, entryOf(v).english); }
QString displayName(ContactRole v) { return QCoreApplication::translate(Context, entryOf(v).english); }
QString displayName(CustomerStatus v) { return QCoreApplication::translate(Context, entryOf(v).english); }
QString displayName(ServiceCostCategory v) { return QCoreApplication::translate(Context, entryOf(v).english); }

template<typename Enum>
std::optional<Enum> enumFromText(const QString &text)
{
    const QString t = text.trimmed();
    for (const auto &entry : entriesFor<Enum>()) {
        if (t.compare(QLatin1String(entry.key), Qt::CaseInsensitive) == 0
            || t.compare(QLatin1String(entry.english), Qt::CaseInsensitive) == 0
            || t == QString::fromUtf8(entry.chinese))
            return entry.value;
    }
    return std::nullopt;
}

template<typename Enum>
QList<Enum> allValues()
{
    QList<Enum> values;
    for (const auto &entry : entriesFor<Enum>())
        values.append(entry.value);
    return values;
}

template std::optional<Ownership> enumFromText<Ownership>(const QString &);
template std::optional<Relationship> enumFromText<Relationship>(const QString &);
template std::optional<Category> enumFromText<Category>(const QString &);
template std::optional<ContactRole> enumFromText<ContactRole>(const QString &);
template std::optional<CustomerStatus> enumFromText<CustomerStatus>(const QString &);
template std::optional<ServiceCostCategory> enumFromText<ServiceCostCategory>(const QString &);
template QList<Ownership> allValues<Ownership>();
template QList<Relationship> allValues<Relationship>();
template QList<Category> allValues<Category>();
template QList<ContactRole> allValues<ContactRole>();
template QList<CustomerStatus> allValues<CustomerStatus>();
template QList<ServiceCostCategory> allValues<ServiceCostCategory>();

} // namespace kehu
