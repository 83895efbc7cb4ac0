#include "surveytext.h"

#include <QCoreApplication>
#include <QLocale>

namespace kehu {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::SurveyText)
};

} // namespace

QString SurveyText::itemLabel(const SurveyItem &item)
{
    if (item.key == QLatin1String("quality"))
        return Text::tr("Product quality");
    if (item.key == QLatin1String("delivery"))
        return Text::tr("Delivery");
    if (item.key == QLatin1String("service"))
        return Text::tr("After-sales service");
    if (item.key == QLatin1String("price"))
        return Text::tr("Price");
    if (item.key == QLatin1String("repurchase"))
        return Text::tr("Would buy again");
    if (item.key == QLatin1String("recommend"))
        return Text::tr("Would recommend");
    if (item.key == QLatin1String("comment"))
        return Text::tr("Comment");
    return item.label.isEmpty() ? item.key : item.label;
}

QString SurveyText::itemLabel(const SurveyTemplate &surveyTemplate, const QString &key)
{
    const SurveyItem *item = surveyTemplate.item(key);
    return item ? itemLabel(*item) : key;
}

QString SurveyText::grouping(SurveyGrouping grouping)
{
    switch (grouping) {
    case SurveyGrouping::Item: return Text::tr("Item");
    case SurveyGrouping::Region: return Text::tr("Region");
    case SurveyGrouping::Industry: return Text::tr("Industry");
    case SurveyGrouping::AbcClass: return Text::tr("ABC class");
    case SurveyGrouping::SalesCenter: return Text::tr("Sales center");
    case SurveyGrouping::AccountManager: break;
    }
    return Text::tr("Account manager");
}

QString SurveyText::status(ActionStatus status)
{
    switch (status) {
    case ActionStatus::Planned: return Text::tr("Planned");
    case ActionStatus::InProgress: return Text::tr("In progress");
    case ActionStatus::Done: break;
    }
    return Text::tr("Done");
}

QString SurveyText::score(std::optional<double> value, int decimals)
{
    return value ? QLocale().toString(*value, 'f', decimals) : QStringLiteral("–");
}

QString SurveyText::change(std::optional<double> value, int decimals)
{
    if (!value)
        return QStringLiteral("–");
    const QString text = QLocale().toString(std::abs(*value), 'f', decimals);
    if (text == QLocale().toString(0.0, 'f', decimals))
        return text;
    return (*value > 0 ? QStringLiteral("+") : QStringLiteral("−")) + text;
}

} // namespace kehu
