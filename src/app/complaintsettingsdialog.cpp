#include "complaintsettingsdialog.h"

#include "complaintformat.h"

#include "storage/complaintsettings.h"
#include "storage/storageerror.h"

#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kehu {
namespace {

int *field(ServiceTargets &targets, int index)
{
    return index == 0 ? &targets.respondMinutes : index == 1 ? &targets.onSiteMinutes : &targets.resolveMinutes;
}

} // namespace

ComplaintSettingsDialog::ComplaintSettingsDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("complaintSettingsDialog"));
    setWindowTitle(tr("Complaint Settings"));
    const ComplaintSettings settings(db);
    ComplaintRules rules = settings.rules();
    auto *layout = new QVBoxLayout(this);

    auto *targetsBox = new QGroupBox(tr("Service targets (hours from receipt, calendar time)"), this);
    auto *grid = new QGridLayout(targetsBox);
    grid->addWidget(new QLabel(ComplaintFormat::name(ComplaintSeverity::Normal), targetsBox), 0, 1);
    grid->addWidget(new QLabel(ComplaintFormat::name(ComplaintSeverity::Major), targetsBox), 0, 2);
    const TargetKind kinds[] = { TargetKind::Respond, TargetKind::OnSite, TargetKind::Resolve };
    for (int t = 0; t < 3; ++t) {
        grid->addWidget(new QLabel(ComplaintFormat::name(kinds[t]), targetsBox), t + 1, 0);
        for (int s = 0; s < 2; ++s) {
            auto *spin = new QDoubleSpinBox(targetsBox);
            spin->setObjectName(QStringLiteral("target_%1_%2").arg(toKey(s == 0 ? ComplaintSeverity::Normal : ComplaintSeverity::Major),
                                                                   toKey(kinds[t])));
            spin->setRange(0.25, 365 * 24);
            spin->setDecimals(2);
            spin->setSingleStep(0.5);
            spin->setSuffix(tr(" h"));
            ServiceTargets &targets = s == 0 ? rules.normal : rules.major;
            spin->setValue(*field(targets, t) / 60.0);
            grid->addWidget(spin, t + 1, s + 1);
            m_hours[s][t] = spin;
        }
    }
    layout->addWidget(targetsBox);

    auto *form = new QFormLayout;
    m_reviewDays = new QSpinBox(this);
    m_reviewDays->setObjectName(QStringLiteral("reviewDaysSpin"));
    m_reviewDays->setRange(1, 3650);
    m_reviewDays->setSuffix(tr(" days"));
    m_reviewDays->setValue(rules.reviewDays);
    form->addRow(tr("Review corrective actions after:"), m_reviewDays);
    m_team = new QPlainTextEdit(settings.emergencyTeam().join(QLatin1Char('\n')), this);
    m_team->setObjectName(QStringLiteral("teamEdit"));
    m_team->setPlaceholderText(tr("One name per line"));
    m_team->setFixedHeight(m_team->fontMetrics().lineSpacing() * 5 + 12);
    form->addRow(tr("Emergency team:"), m_team);
    layout->addLayout(form);

    auto *departmentsBox = new QGroupBox(tr("Responsible departments"), this);
    auto *departmentsLayout = new QVBoxLayout(departmentsBox);
    const std::vector<ListItem> departments = settings.departments();
    m_departments = new QTableWidget(int(departments.size()), 2, departmentsBox);
    m_departments->setObjectName(QStringLiteral("departmentTable"));
    m_departments->setHorizontalHeaderLabels({ tr("Name"), tr("English name") });
    m_departments->horizontalHeader()->setStretchLastSection(true);
    m_departments->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_departments->setColumnWidth(0, 180);
    for (int row = 0; row < int(departments.size()); ++row) {
        m_departments->setItem(row, 0, new QTableWidgetItem(departments[size_t(row)].name));
        m_departments->setItem(row, 1, new QTableWidgetItem(departments[size_t(row)].nameEn));
    }
    departmentsLayout->addWidget(m_departments);
    auto *row = new QHBoxLayout;
    auto *add = new QPushButton(tr("&Add"), departmentsBox);
    auto *remove = new QPushButton(tr("&Remove"), departmentsBox);
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch();
    departmentsLayout->addLayout(row);
    connect(add, &QPushButton::clicked, this, [this] {
        const int r = m_departments->rowCount();
        m_departments->insertRow(r);
        m_departments->setItem(r, 0, new QTableWidgetItem);
        m_departments->setItem(r, 1, new QTableWidgetItem);
        m_departments->editItem(m_departments->item(r, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_departments->currentRow() >= 0)
            m_departments->removeRow(m_departments->currentRow());
    });
    layout->addWidget(departmentsBox, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ComplaintSettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ComplaintSettingsDialog::reject);
    layout->addWidget(buttons);
    resize(560, 620);
}

void ComplaintSettingsDialog::accept()
{
    ComplaintRules rules;
    for (int s = 0; s < 2; ++s) {
        ServiceTargets &targets = s == 0 ? rules.normal : rules.major;
        for (int t = 0; t < 3; ++t)
            *field(targets, t) = int(std::lround(m_hours[s][t]->value() * 60.0));
    }
    rules.reviewDays = m_reviewDays->value();
    std::vector<ListItem> departments;
    for (int row = 0; row < m_departments->rowCount(); ++row) {
        const QString name = m_departments->item(row, 0) ? m_departments->item(row, 0)->text().trimmed() : QString();
        const QString nameEn = m_departments->item(row, 1) ? m_departments->item(row, 1)->text().trimmed() : QString();
        if (name.isEmpty() && nameEn.isEmpty())
            continue;
        departments.push_back({ 0, name, nameEn, 0 });
    }
    try {
        ComplaintSettings settings(m_db);
        settings.setDepartments(departments); // checked first: the likeliest to be refused
        settings.setRules(rules);
        settings.setEmergencyTeam(m_team->toPlainText().split(QLatin1Char('\n')));
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Complaint Settings"), tr("The settings were not saved: %1").arg(error.message()));
        return;
    }
    QDialog::accept();
}

} // namespace kehu
