#include "surveytemplate.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>

#include <array>

namespace kehu {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::SurveyTemplate)
};

struct RoleKey
{
    SurveyItemRole role;
    const char *key;
};

constexpr std::array RoleKeys{
    RoleKey{SurveyItemRole::Weighted, "weighted"},
    RoleKey{SurveyItemRole::Repurchase, "repurchase"},
    RoleKey{SurveyItemRole::Recommend, "recommend"},
    RoleKey{SurveyItemRole::Comment, "comment"},
};

} // namespace

QString surveyItemRoleKey(SurveyItemRole role)
{
    for (const RoleKey &entry : RoleKeys) {
        if (entry.role == role)
            return QLatin1String(entry.key);
    }
    return {};
}

std::optional<SurveyItemRole> surveyItemRoleFromKey(const QString &key)
{
    for (const RoleKey &entry : RoleKeys) {
        if (key == QLatin1String(entry.key))
            return entry.role;
    }
    return std::nullopt;
}

double SurveyItem::rescaled(double score) const
{
    return scaleMax > scaleMin ? (score - scaleMin) / double(scaleMax - scaleMin) * 100.0 : 0.0;
}

const SurveyItem *SurveyTemplate::item(const QString &itemKey) const
{
    for (const SurveyItem &candidate : items) {
        if (candidate.key == itemKey)
            return &candidate;
    }
    return nullptr;
}

bool SurveyTemplate::sameItems(const SurveyTemplate &other) const
{
    if (items.size() != other.items.size())
        return false;
    for (size_t i = 0; i < items.size(); ++i) {
        const SurveyItem &a = items[i];
        const SurveyItem &b = other.items[i];
        if (a.key != b.key || a.role != b.role || a.weight != b.weight || a.scaleMin != b.scaleMin
            || a.scaleMax != b.scaleMax)
            return false;
    }
    return true;
}

SurveyTemplate defaultSurveyTemplate()
{
    SurveyTemplate t;
    t.key = QStringLiteral("default");
    t.version = 1;
    t.name = QStringLiteral("Annual satisfaction survey");
    t.items = {
        {QStringLiteral("quality"), QStringLiteral("Product quality"), SurveyItemRole::Weighted, 35, 1, 5},
        {QStringLiteral("delivery"), QStringLiteral("Delivery"), SurveyItemRole::Weighted, 25, 1, 5},
        {QStringLiteral("service"), QStringLiteral("After-sales service"), SurveyItemRole::Weighted, 25, 1, 5},
        {QStringLiteral("price"), QStringLiteral("Price"), SurveyItemRole::Weighted, 15, 1, 5},
        {QStringLiteral("repurchase"), QStringLiteral("Intention to repurchase"), SurveyItemRole::Repurchase, 0, 1, 5},
        {QStringLiteral("recommend"), QStringLiteral("Intention to recommend"), SurveyItemRole::Recommend, 0, 0, 10},
        {QStringLiteral("comment"), QStringLiteral("Comment"), SurveyItemRole::Comment, 0, 0, 0},
    };
    return t;
}

QStringList validateSurveyTemplate(const SurveyTemplate &surveyTemplate)
{
    static const QRegularExpression keyPattern(QStringLiteral("^[a-z][a-z0-9_]*$"));
    QStringList problems;
    if (surveyTemplate.key.isEmpty() || !keyPattern.match(surveyTemplate.key).hasMatch())
        problems << Text::tr("The template's key '%1' must be lower-case letters, digits and underscores.")
                        .arg(surveyTemplate.key);
    QSet<QString> keys;
    int weighted = 0;
    int repurchase = 0;
    int recommend = 0;
    for (const SurveyItem &item : surveyTemplate.items) {
        if (!keyPattern.match(item.key).hasMatch() || item.key == QLatin1String("customer_code"))
            problems << Text::tr("The item key '%1' must be lower-case letters, digits and underscores.").arg(item.key);
        if (keys.contains(item.key))
            problems << Text::tr("The item key '%1' is used twice.").arg(item.key);
        keys.insert(item.key);
        if (item.isScored() && item.scaleMin >= item.scaleMax)
            problems << Text::tr("The item '%1' needs a scale whose minimum is below its maximum.").arg(item.key);
        if (item.weight < 0)
            problems << Text::tr("The item '%1' has a negative weight.").arg(item.key);
        if (item.role == SurveyItemRole::Weighted && item.weight > 0)
            ++weighted;
        repurchase += item.role == SurveyItemRole::Repurchase ? 1 : 0;
        recommend += item.role == SurveyItemRole::Recommend ? 1 : 0;
    }
    if (weighted == 0)
        problems << Text::tr("A template needs at least one weighted item with a positive weight.");
    if (repurchase > 1 || recommend > 1)
        problems << Text::tr("A template has at most one repurchase and one recommend item.");
    return problems;
}

} // namespace kehu
