#include "followupcadencedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace kehu {

FollowUpCadenceDialog::FollowUpCadenceDialog(const FollowUpCadence &cadence, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("followUpCadenceDialog"));
    setWindowTitle(tr("Follow-up Cadence"));
    auto *layout = new QVBoxLayout(this);
    auto *explanation = new QLabel(tr("Days from one follow-up of a customer to the next, by the customer's ABC "
                                      "class. A next date logged with a follow-up takes precedence."),
                                   this);
    explanation->setWordWrap(true);
    layout->addWidget(explanation);
    auto *form = new QFormLayout;
    const QString names[3] = {tr("&A customers:"), tr("&B customers:"), tr("&C customers:")};
    for (int i = 0; i < 3; ++i) {
        m_days[i] = new QSpinBox(this);
        m_days[i]->setObjectName(QStringLiteral("days%1").arg(QChar(u'A' + i)));
        m_days[i]->setRange(FollowUpCadence::MinDays, FollowUpCadence::MaxDays);
        m_days[i]->setSuffix(tr(" days"));
        m_days[i]->setValue(cadence.days[size_t(i)]);
        form->addRow(names[i], m_days[i]);
    }
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::RestoreDefaults, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::RestoreDefaults), &QPushButton::clicked, this, [this] {
        const FollowUpCadence defaults;
        for (int i = 0; i < 3; ++i)
            m_days[i]->setValue(defaults.days[size_t(i)]);
    });
    layout->addWidget(buttons);
}

FollowUpCadence FollowUpCadenceDialog::cadence() const
{
    FollowUpCadence cadence;
    for (int i = 0; i < 3; ++i)
        cadence.days[size_t(i)] = m_days[i]->value();
    return cadence;
}

} // namespace kehu
