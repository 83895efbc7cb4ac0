#include "importsourcepage.h"

#include "importwizard.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <algorithm>

namespace kehu {

QString ImportSourcePage::kindTitle(ImportKind kind)
{
    switch (kind) {
    case ImportKind::Customers: return tr("Customers");
    case ImportKind::Contacts: return tr("Contacts");
    case ImportKind::Orders: return tr("Orders");
    case ImportKind::Payments: return tr("Payments");
    case ImportKind::ServiceCosts: return tr("Service costs");
    }
    return {};
}

ImportSourcePage::ImportSourcePage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("What to import"));
    setSubTitle(tr("One kind of record per CSV file, as described in the import format."));
    auto *form = new QFormLayout(this);

    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("importKind"));
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Contacts, ImportKind::Orders, ImportKind::Payments,
                            ImportKind::ServiceCosts})
        m_kind->addItem(kindTitle(kind), int(kind));
    form->addRow(tr("&Records:"), m_kind);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);
    connect(browse, &QPushButton::clicked, this, &ImportSourcePage::browse);
    connect(m_file, &QLineEdit::textChanged, this, &QWizardPage::completeChanged);

    m_mode = new QButtonGroup(this);
    auto *insert = new QRadioButton(tr("&Add new records only; a key already in the database is an error"), this);
    auto *upsert = new QRadioButton(tr("Add new records and &update those whose key exists"), this);
    insert->setObjectName(QStringLiteral("insertMode"));
    upsert->setObjectName(QStringLiteral("upsertMode"));
    insert->setChecked(true);
    m_mode->addButton(insert, int(ImportMode::Insert));
    m_mode->addButton(upsert, int(ImportMode::Upsert));
    auto *modes = new QVBoxLayout;
    modes->addWidget(insert);
    modes->addWidget(upsert);
    form->addRow(tr("Mode:"), modes);
}

void ImportSourcePage::preset(const QString &file, ImportKind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
    m_file->setText(file);
}

void ImportSourcePage::browse()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import file"), m_file->text(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

bool ImportSourcePage::isComplete() const
{
    return QFileInfo(m_file->text().trimmed()).isFile();
}

bool ImportSourcePage::validatePage()
{
    const QString path = m_file->text().trimmed();
    const auto kind = ImportKind(m_kind->currentData().toInt());
    if (path != m_wizard->filePath || kind != m_wizard->kind) {
        // A new file or kind: detect its format and mapping afresh.
        m_wizard->encoding.reset();
        m_wizard->delimiter.reset();
        m_wizard->mapping.reset();
    }
    m_wizard->filePath = path;
    m_wizard->kind = kind;
    m_wizard->mode = ImportMode(m_mode->checkedId());
    return true;
}

} // namespace kehu
