#include "listsdialog.h"

#include "storage/referencelistrepository.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QMessageBox>
#include <QPushButton>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace kehu {
namespace {

enum Column { NameColumn, EnglishColumn, CenterColumn };

} // namespace

ListsDialog::ListsDialog(const Database &db, const QString &language, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_language(language)
{
    setObjectName(QStringLiteral("listsDialog"));
    setWindowTitle(tr("Lists"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs);
    m_tabs->addTab(makeTab(ListKind::SalesCenter), tr("Sales centers"));
    m_tabs->addTab(makeTab(ListKind::Region), tr("Regions"));
    m_tabs->addTab(makeTab(ListKind::Industry), tr("Industries"));
    m_tabs->addTab(makeTab(ListKind::AccountManager), tr("Account managers"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::accept);
    layout->addWidget(buttons);
    resize(640, 420);
    reload();
}

QWidget *ListsDialog::makeTab(ListKind kind)
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *table = new QTableWidget(page);
    table->setObjectName(listKindKey(kind) + QStringLiteral("Table"));
    const bool regions = kind == ListKind::Region;
    table->setColumnCount(regions ? 3 : 2);
    QStringList headers{tr("Name"), tr("English name")};
    if (regions)
        headers << tr("Sales center");
    table->setHorizontalHeaderLabels(headers);
    table->horizontalHeader()->setStretchLastSection(true);
    table->horizontalHeader()->setDefaultSectionSize(180);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_tables[int(kind)] = table;
    layout->addWidget(table);
    connect(table, &QTableWidget::cellChanged, this, [this, kind](int row, int) {
        if (!m_filling)
            storeRow(kind, row);
    });

    auto *buttons = new QHBoxLayout;
    auto *add = new QPushButton(tr("Add…"), page);
    auto *remove = new QPushButton(tr("Remove"), page);
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    layout->addLayout(buttons);
    connect(add, &QPushButton::clicked, this, [this, kind] { addItem(kind); });
    connect(remove, &QPushButton::clicked, this, [this, kind] { removeItem(kind); });
    return page;
}

bool ListsDialog::run(const QString &what, const std::function<void()> &action)
{
    try {
        action();
        m_changed = true;
        return true;
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Lists"), tr("%1 failed: %2\nThe list was not changed.").arg(what, error.message()));
        return false;
    }
}

void ListsDialog::reload()
{
    try {
        m_lists = ReferenceListRepository(m_db).load();
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Lists"), error.message());
    }
    for (ListKind kind : {ListKind::SalesCenter, ListKind::Region, ListKind::Industry, ListKind::AccountManager})
        fill(kind);
}

void ListsDialog::fill(ListKind kind)
{
    m_filling = true;
    QTableWidget *table = m_tables[int(kind)];
    const std::vector<ListItem> &items = m_lists.items(kind);
    table->setRowCount(int(items.size()));
    for (int row = 0; row < int(items.size()); ++row) {
        const ListItem &item = items[size_t(row)];
        auto *name = new QTableWidgetItem(item.name);
        name->setData(Qt::UserRole, item.id);
        table->setItem(row, NameColumn, name);
        table->setItem(row, EnglishColumn, new QTableWidgetItem(item.nameEn));
        if (kind != ListKind::Region)
            continue;
        auto *center = new QComboBox(table);
        center->addItem(tr("— none —"), qint64(0));
        for (const ListItem &c : m_lists.salesCenters)
            center->addItem(c.displayName(m_language), c.id);
        center->setCurrentIndex(std::max(0, center->findData(item.salesCenterId)));
        connect(center, &QComboBox::currentIndexChanged, this, [this, row] { storeRow(ListKind::Region, row); });
        table->setCellWidget(row, CenterColumn, center);
    }
    m_filling = false;
}

void ListsDialog::storeRow(ListKind kind, int row)
{
    QTableWidget *table = m_tables[int(kind)];
    ListItem item;
    item.id = table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    item.name = table->item(row, NameColumn)->text().trimmed();
    item.nameEn = table->item(row, EnglishColumn) ? table->item(row, EnglishColumn)->text().trimmed() : QString();
    if (auto *center = qobject_cast<QComboBox *>(table->cellWidget(row, CenterColumn)))
        item.salesCenterId = center->currentData().toLongLong();
    if (!run(tr("Changing %1").arg(item.name), [&] { ReferenceListRepository(m_db).update(kind, item); }))
        reload(); // show what is stored again
}

void ListsDialog::addItem(ListKind kind)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add"), tr("Name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    ListItem item;
    item.name = name;
    run(tr("Adding %1").arg(name), [&] { ReferenceListRepository(m_db).add(kind, item); });
    reload();
}

void ListsDialog::removeItem(ListKind kind)
{
    QTableWidget *table = m_tables[int(kind)];
    const int row = table->currentRow();
    if (row < 0)
        return;
    const qint64 id = table->item(row, NameColumn)->data(Qt::UserRole).toLongLong();
    run(tr("Removing %1").arg(table->item(row, NameColumn)->text()), [&] { ReferenceListRepository(m_db).remove(kind, id); });
    reload();
}

} // namespace kehu
