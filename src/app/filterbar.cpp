#include "filterbar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QToolButton>

namespace kehu {

FilterBar::FilterBar(QWidget *parent)
    : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("filterEdit"));
    m_text->setPlaceholderText(tr("Find by code, name, phone or contact…"));
    m_text->setClearButtonEnabled(true);
    layout->addWidget(m_text, 3);

    m_region = addCombo(QStringLiteral("regionFilter"), tr("Region"));
    m_industry = addCombo(QStringLiteral("industryFilter"), tr("Industry"));
    m_center = addCombo(QStringLiteral("centerFilter"), tr("Sales center"));
    m_manager = addCombo(QStringLiteral("managerFilter"), tr("Account manager"));
    m_category = addCombo(QStringLiteral("categoryFilter"), tr("Category"));
    m_status = addCombo(QStringLiteral("statusFilter"), tr("Status"));
    m_stale = addCombo(QStringLiteral("staleFilter"), tr("Review"));

    m_category->addItem(tr("All categories"), -1);
    for (Category c : allValues<Category>()) {
        if (c != Category::Unspecified)
            m_category->addItem(displayName(c), int(c));
    }
    m_status->addItem(tr("Any status"), -1);
    for (CustomerStatus s : allValues<CustomerStatus>())
        m_status->addItem(displayName(s), int(s));
    m_stale->addItem(tr("Reviewed or not"), -1);
    m_stale->addItem(tr("Stale only"), 1);
    m_stale->addItem(tr("Up to date only"), 0);

    m_segmentLabel = new QLabel(this);
    m_segmentLabel->setObjectName(QStringLiteral("segmentLabel"));
    m_segmentLabel->setStyleSheet(QStringLiteral("QLabel { background: palette(highlight); color: palette(highlighted-text);"
                                                 " padding: 2px 6px; border-radius: 3px; }"));
    layout->addWidget(m_segmentLabel);
    m_clearSegment = new QToolButton(this);
    m_clearSegment->setObjectName(QStringLiteral("clearSegmentButton"));
    m_clearSegment->setText(tr("Clear segment"));
    m_clearSegment->setToolTip(tr("Show every customer again, not only the segment's"));
    layout->addWidget(m_clearSegment);
    m_segmentLabel->setVisible(false);
    m_clearSegment->setVisible(false);
    connect(m_clearSegment, &QToolButton::clicked, this, &FilterBar::clearSegment);

    fillList(m_region, {}, {});
    fillList(m_industry, {}, {});
    fillList(m_center, {}, {});
    fillList(m_manager, {}, {});

    connect(m_text, &QLineEdit::textChanged, this, &FilterBar::emitFilter);
}

QComboBox *FilterBar::addCombo(const QString &objectName, const QString &toolTip)
{
    auto *combo = new QComboBox(this);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    layout()->addWidget(combo);
    connect(combo, &QComboBox::currentIndexChanged, this, &FilterBar::emitFilter);
    return combo;
}

void FilterBar::fillList(QComboBox *combo, const std::vector<ListItem> &items, const QString &language)
{
    const QVariant chosen = combo->currentData();
    combo->clear();
    combo->addItem(combo->toolTip() + QStringLiteral(": ") + tr("all"), qint64(0));
    for (const ListItem &item : items)
        combo->addItem(item.displayName(language), item.id);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

void FilterBar::setLists(const ReferenceLists &lists, const QString &language)
{
    m_filling = true;
    fillList(m_region, lists.regions, language);
    fillList(m_industry, lists.industries, language);
    fillList(m_center, lists.salesCenters, language);
    fillList(m_manager, lists.accountManagers, language);
    m_filling = false;
    emitFilter();
}

void FilterBar::setShowArchived(bool show)
{
    m_showArchived = show;
    emitFilter();
}

void FilterBar::setSegment(std::shared_ptr<const QSet<qint64>> customerIds, const QString &name)
{
    m_segmentIds = std::move(customerIds);
    m_segmentName = name;
    m_segmentLabel->setText(tr("Segment: %1").arg(name));
    m_segmentLabel->setVisible(m_segmentIds != nullptr);
    m_clearSegment->setVisible(m_segmentIds != nullptr);
    emitFilter();
}

void FilterBar::clearSegment()
{
    setSegment(nullptr, {});
}

CustomerFilter FilterBar::filter() const
{
    CustomerFilter f;
    f.text = m_text->text();
    f.regionId = m_region->currentData().toLongLong();
    f.industryId = m_industry->currentData().toLongLong();
    f.salesCenterId = m_center->currentData().toLongLong();
    f.accountManagerId = m_manager->currentData().toLongLong();
    if (const int c = m_category->currentData().toInt(); c >= 0)
        f.category = Category(c);
    if (const int s = m_status->currentData().toInt(); s >= 0)
        f.status = CustomerStatus(s);
    if (const int s = m_stale->currentData().toInt(); s >= 0)
        f.stale = s == 1;
    f.showArchived = m_showArchived;
    f.customerIds = m_segmentIds;
    f.segmentName = m_segmentName;
    return f;
}

void FilterBar::emitFilter()
{
    if (m_filling)
        return;
    Q_EMIT filterChanged(filter());
}

} // namespace kehu
