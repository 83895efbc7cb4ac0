#include "importformatpage.h"

#include "importwizard.h"

#include "domain/importschema.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kehu {
namespace {

constexpr int NotImported = -1;

QString encodingName(TextEncoding encoding)
{
    return encoding == TextEncoding::Gb18030 ? QStringLiteral("GB18030") : QStringLiteral("UTF-8");
}

} // namespace

ImportFormatPage::ImportFormatPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setTitle(tr("Format and columns"));
    setSubTitle(tr("Check how the file is read and which column each field goes to."));
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_encoding = new QComboBox(this);
    m_encoding->setObjectName(QStringLiteral("importEncoding"));
    m_encoding->addItem(QStringLiteral("UTF-8"), int(TextEncoding::Utf8));
    m_encoding->addItem(QStringLiteral("GB18030 (GBK)"), int(TextEncoding::Gb18030));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("importDelimiter"));
    m_delimiter->addItem(tr("Comma ,"), int(','));
    m_delimiter->addItem(tr("Semicolon ;"), int(';'));
    m_delimiter->addItem(tr("Tab"), int('\t'));
    m_delimiter->addItem(tr("Vertical bar |"), int('|'));
    top->addWidget(new QLabel(tr("Encoding:"), this));
    top->addWidget(m_encoding);
    top->addWidget(new QLabel(tr("Delimiter:"), this));
    top->addWidget(m_delimiter);
    top->addStretch(1);
    layout->addLayout(top);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("importFormatProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    layout->addWidget(m_problem);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_mapping = new QTableWidget(splitter);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    m_mapping->setColumnCount(2);
    m_mapping->setHorizontalHeaderLabels({tr("Column"), tr("Field of the file")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->verticalHeader()->hide();
    m_rows = new QTableWidget(splitter);
    m_rows->setObjectName(QStringLiteral("importPreview"));
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setWordWrap(false);
    m_rows->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_mapping->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    layout->addWidget(splitter, 1);

    connect(m_encoding, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        m_wizard->encoding = TextEncoding(m_encoding->currentData().toInt());
        m_wizard->mapping.reset();
        inspect();
    });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // Another delimiter splits the header and the rows differently: read them again.
        m_wizard->delimiter = char(m_delimiter->currentData().toInt());
        m_wizard->mapping.reset();
        inspect();
    });
}

void ImportFormatPage::initializePage()
{
    inspect();
}

void ImportFormatPage::inspect()
{
    m_preview = Importer::inspect(m_wizard->filePath, m_wizard->kind, m_wizard->encoding, m_wizard->delimiter);
    m_filling = true;
    m_encoding->setCurrentIndex(m_encoding->findData(int(m_preview.dialect.encoding)));
    m_encoding->setItemText(m_encoding->currentIndex(), encodingName(m_preview.dialect.encoding));
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(int(m_preview.dialect.delimiter))));
    m_filling = false;
    if (!m_wizard->mapping)
        m_wizard->mapping = m_preview.mapping;
    showMapping();
    showPreview();
    updateMissing();
}

void ImportFormatPage::showMapping()
{
    const std::vector<ImportColumn> &columns = ImportSchema::columns(m_wizard->kind);
    const ImportMapping &mapping = *m_wizard->mapping;
    m_mapping->setRowCount(int(columns.size()));
    for (int row = 0; row < int(columns.size()); ++row) {
        const ImportColumn &column = columns[size_t(row)];
        auto *key = new QTableWidgetItem(column.required ? tr("%1 (required)").arg(column.key) : column.key);
        key->setFlags(Qt::ItemIsEnabled);
        m_mapping->setItem(row, 0, key);
        auto *combo = new QComboBox(m_mapping);
        combo->addItem(tr("— not imported —"), NotImported);
        for (int field = 0; field < mapping.headers.size(); ++field)
            combo->addItem(mapping.headers[field], field);
        const int field = row < int(mapping.fieldOfColumn.size()) ? mapping.fieldOf(row) : NotImported;
        combo->setCurrentIndex(std::max(0, combo->findData(field)));
        connect(combo, &QComboBox::currentIndexChanged, this, &ImportFormatPage::mappingEdited);
        m_mapping->setCellWidget(row, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

void ImportFormatPage::showPreview()
{
    const QStringList &headers = m_wizard->mapping->headers;
    m_rows->clear();
    m_rows->setColumnCount(int(headers.size()));
    m_rows->setHorizontalHeaderLabels(headers);
    m_rows->setRowCount(int(m_preview.rows.size()));
    for (int row = 0; row < int(m_preview.rows.size()); ++row) {
        const QStringList &fields = m_preview.rows[size_t(row)];
        for (int field = 0; field < fields.size(); ++field)
            m_rows->setItem(row, field, new QTableWidgetItem(fields[field]));
    }
    m_rows->resizeColumnsToContents(); // ten rows at most: cheap, and nothing is cut off
}

void ImportFormatPage::mappingEdited()
{
    ImportMapping &mapping = *m_wizard->mapping;
    mapping.fieldOfColumn.resize(size_t(m_mapping->rowCount()), NotImported);
    for (int row = 0; row < m_mapping->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_mapping->cellWidget(row, 1));
        mapping.fieldOfColumn[size_t(row)] = combo->currentData().toInt();
    }
    ImportSchema::refresh(mapping);
    updateMissing();
}

void ImportFormatPage::updateMissing()
{
    QString text = m_preview.problem;
    if (text.isEmpty() && !m_wizard->mapping->missingRequired.isEmpty())
        text = tr("Choose a field for the required column(s): %1").arg(m_wizard->mapping->missingRequired.join(QStringLiteral(", ")));
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    Q_EMIT completeChanged();
}

bool ImportFormatPage::isComplete() const
{
    return m_preview.problem.isEmpty() && m_wizard->mapping && m_wizard->mapping->missingRequired.isEmpty();
}

bool ImportFormatPage::validatePage()
{
    m_wizard->delimiter = char(m_delimiter->currentData().toInt());
    return true;
}

} // namespace kehu
