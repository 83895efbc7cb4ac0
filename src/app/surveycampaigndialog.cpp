#include "surveycampaigndialog.h"

#include "storage/storageerror.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace kehu {

SurveyCampaignDialog::SurveyCampaignDialog(const Database &db, const ReferenceLists &lists, const QString &language,
                                           QDate today, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setWindowTitle(tr("New survey campaign"));
    setObjectName(QStringLiteral("surveyCampaignDialog"));
    auto *form = new QFormLayout(this);
    m_name = new QLineEdit(tr("%1 satisfaction survey").arg(today.year()), this);
    m_name->setObjectName(QStringLiteral("campaignNameEdit"));
    m_year = new QSpinBox(this);
    m_year->setRange(1900, 9999);
    m_year->setValue(today.year());
    m_end = new QDateEdit(QDate(today.year(), 12, 31), this);
    m_end->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_end->setCalendarPopup(true);
    connect(m_year, &QSpinBox::valueChanged, this, [this](int year) { m_end->setDate(QDate(year, 12, 31)); });
    m_template = new QComboBox(this);
    try {
        for (const SurveyTemplate &t : SurveyRepository(db).latestTemplates())
            m_template->addItem(tr("%1 (version %2)").arg(t.key).arg(t.version), t.key);
    } catch (const StorageError &) {
        m_template->addItem(QStringLiteral("default"), QStringLiteral("default"));
    }
    m_region = listCombo(lists.regions, language);
    m_industry = listCombo(lists.industries, language);
    m_center = listCombo(lists.salesCenters, language);
    m_manager = listCombo(lists.accountManagers, language);
    m_text = new QLineEdit(this);
    m_text->setPlaceholderText(tr("code, name, contact or phone"));
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);

    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("&Ends on:"), m_end);
    form->addRow(tr("&Template:"), m_template);
    form->addRow(tr("&Region:"), m_region);
    form->addRow(tr("&Industry:"), m_industry);
    form->addRow(tr("Sales &center:"), m_center);
    form->addRow(tr("Account &manager:"), m_manager);
    form->addRow(tr("&Search:"), m_text);
    form->addRow(m_error);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    connect(buttons, &QDialogButtonBox::accepted, this, &SurveyCampaignDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SurveyCampaignDialog::reject);
    form->addRow(buttons);
}

QComboBox *SurveyCampaignDialog::listCombo(const std::vector<ListItem> &items, const QString &language)
{
    auto *combo = new QComboBox(this);
    combo->addItem(tr("All"), qint64(0));
    for (const ListItem &item : items)
        combo->addItem(item.displayName(language), item.id);
    return combo;
}

void SurveyCampaignDialog::accept()
{
    if (m_name->text().trimmed().isEmpty()) {
        m_error->setText(tr("Give the campaign a name."));
        m_name->setFocus();
        return;
    }
    try {
        SurveyRepository surveys(m_db);
        SurveyTargetFilter filter;
        filter.regionId = m_region->currentData().toLongLong();
        filter.industryId = m_industry->currentData().toLongLong();
        filter.salesCenterId = m_center->currentData().toLongLong();
        filter.accountManagerId = m_manager->currentData().toLongLong();
        filter.text = m_text->text().trimmed();
        NewSurveyCampaign campaign;
        campaign.name = m_name->text().trimmed();
        campaign.year = m_year->value();
        campaign.endDate = m_end->date();
        campaign.templateKey = m_template->currentData().toString();
        QStringList description;
        for (QComboBox *combo : {m_region, m_industry, m_center, m_manager}) {
            if (combo->currentIndex() > 0)
                description << combo->currentText();
        }
        if (!filter.text.isEmpty())
            description << filter.text;
        campaign.filter = description.join(QStringLiteral(", "));
        campaign.customerIds = surveys.customersMatching(filter);
        if (campaign.customerIds.empty()) {
            m_error->setText(tr("No active customer matches these filters."));
            return;
        }
        m_createdId = surveys.createCampaign(campaign).id;
    } catch (const StorageError &error) {
        m_error->setText(error.message());
        return;
    }
    QDialog::accept();
}

} // namespace kehu
