#include "customersurveybox.h"

#include "displayformat.h"
#include "surveytext.h"

#include "storage/storageerror.h"
#include "storage/surveyrepository.h"

#include <QFormLayout>
#include <QLabel>

namespace kehu {

CustomerSurveyBox::CustomerSurveyBox(const Database &db, qint64 customerId, QWidget *parent)
    : QGroupBox(tr("Satisfaction (latest survey)"), parent)
{
    setObjectName(QStringLiteral("customerSurveyBox"));
    auto *layout = new QFormLayout(this);
    m_composite = new QLabel(this);
    m_composite->setObjectName(QStringLiteral("surveyCompositeLabel"));
    m_loyalty = new QLabel(this);
    m_loyalty->setObjectName(QStringLiteral("surveyLoyaltyLabel"));
    m_source = new QLabel(this);
    layout->addRow(tr("Satisfaction (0–100):"), m_composite);
    layout->addRow(tr("Loyalty (0–100):"), m_loyalty);
    layout->addRow(tr("From:"), m_source);

    std::optional<CustomerSurveyScore> score;
    if (customerId != 0) {
        try {
            score = SurveyRepository(db).latestScore(customerId);
        } catch (const StorageError &) {
            score.reset(); // the page stays usable; the box says there is nothing to show
        }
    }
    m_composite->setText(SurveyText::score(score ? score->composite : std::nullopt));
    m_loyalty->setText(SurveyText::score(score ? score->loyalty : std::nullopt));
    m_source->setText(score ? tr("%1 (ends %2)").arg(score->campaign, formatDate(score->endDate)) : tr("No answered survey yet"));
}

QString CustomerSurveyBox::compositeText() const
{
    return m_composite->text();
}

QString CustomerSurveyBox::loyaltyText() const
{
    return m_loyalty->text();
}

} // namespace kehu
