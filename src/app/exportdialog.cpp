#include "exportdialog.h"

#include "importsourcepage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>

namespace kehu {

ExportDialog::ExportDialog(int listed, int total, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export"));
    auto *form = new QFormLayout(this);
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("exportKind"));
    for (ImportKind kind : {ImportKind::Customers, ImportKind::Contacts, ImportKind::Orders, ImportKind::Payments,
                            ImportKind::ServiceCosts})
        m_kind->addItem(ImportSourcePage::kindTitle(kind), int(kind));
    form->addRow(tr("&Records:"), m_kind);

    m_onlyListed = new QCheckBox(tr("Only the customers in the list (%1 of %2)")
                                         .arg(QLocale().toString(listed), QLocale().toString(total)),
                                 this);
    m_onlyListed->setObjectName(QStringLiteral("exportOnlyListed"));
    m_onlyListed->setChecked(listed < total);
    form->addRow(QString(), m_onlyListed);

    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("exportEncoding"));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(tr("GB18030 (Excel on Chinese Windows)"), int(TextEncoding::Gb18030));
    form->addRow(tr("&Encoding:"), m_encoding);
    m_bom = new QCheckBox(tr("Start with a byte order mark, so that Excel recognises UTF-8"), this);
    m_bom->setObjectName(QStringLiteral("exportBom"));
    m_bom->setChecked(true);
    form->addRow(QString(), m_bom);

    auto *fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("exportFile"));
    auto *browse = new QPushButton(tr("&Browse…"), this);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    form->addRow(tr("&File:"), fileRow);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("E&xport"));
    form->addRow(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_encoding, &QComboBox::currentIndexChanged, this, &ExportDialog::updateButtons);
    connect(m_file, &QLineEdit::textChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_file->text().trimmed().isEmpty());
    });
    buttons->button(QDialogButtonBox::Ok)->setEnabled(false);
    updateButtons();
}

void ExportDialog::browse()
{
    const QString name = importKindName(ImportKind(m_kind->currentData().toInt())) + QStringLiteral(".csv");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to"), m_file->text().isEmpty() ? name : m_file->text(),
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void ExportDialog::updateButtons()
{
    // A BOM only means something in UTF-8.
    m_bom->setEnabled(TextEncoding(m_encoding->currentData().toInt()) == TextEncoding::Utf8);
}

QString ExportDialog::filePath() const
{
    return m_file->text().trimmed();
}

bool ExportDialog::onlyListed() const
{
    return m_onlyListed->isChecked();
}

ExportOptions ExportDialog::options() const
{
    ExportOptions options;
    options.kind = ImportKind(m_kind->currentData().toInt());
    options.encoding = TextEncoding(m_encoding->currentData().toInt());
    options.bom = options.encoding == TextEncoding::Utf8 && m_bom->isChecked();
    return options;
}

} // namespace kehu
