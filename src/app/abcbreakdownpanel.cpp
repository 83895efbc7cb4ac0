#include "abcbreakdownpanel.h"

#include "abcbreakdownchartview.h"
#include "abcbreakdownmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {

AbcBreakdownPanel::AbcBreakdownPanel(const ReferenceLists &lists, const QString &language, QWidget *parent)
    : QWidget(parent)
    , m_lists(lists)
    , m_language(language)
{
    setObjectName(QStringLiteral("breakdownPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("breakdownKind"));
    for (ListKind kind : {ListKind::Region, ListKind::Industry, ListKind::SalesCenter, ListKind::AccountManager})
        m_kind->addItem(AbcBreakdownModel::kindName(kind), int(kind));
    auto *label = new QLabel(tr("&Breakdown by"), this);
    label->setBuddy(m_kind);
    top->addWidget(label);
    top->addWidget(m_kind);
    top->addWidget(new QLabel(tr("(click a cell or a bar to list its customers)"), this), 1);
    layout->addLayout(top);

    // Side by side: the chart's bars need the height for their group names.
    auto *splitter = new QSplitter(Qt::Horizontal, this);
    m_model = new AbcBreakdownModel(this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(QStringLiteral("breakdownTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(true);
    header->setMinimumSectionSize(48);
    header->setDefaultSectionSize(118); // 1,076,691,658.28
    for (int column : {AbcBreakdownModel::CustomersA, AbcBreakdownModel::CustomersB, AbcBreakdownModel::CustomersC,
                       AbcBreakdownModel::Customers})
        header->resizeSection(column, 84);
    header->resizeSection(AbcBreakdownModel::Group, 100);
    m_chart = new AbcBreakdownChartView(splitter);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({940, 520});
    layout->addWidget(splitter, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this, &AbcBreakdownPanel::showBreakdown);
    const auto request = [this](const QModelIndex &index) {
        if (index.isValid())
            Q_EMIT customersRequested(selectionAt(index));
    };
    connect(m_table, &QTableView::clicked, this, request);
    connect(m_table, &QTableView::activated, this, request);
    connect(m_chart, &AbcBreakdownChartView::partClicked, this, [this](int row, AbcClass c) {
        Q_EMIT customersRequested({m_model->kind(), m_model->groupAt(row), c});
    });
}

ListKind AbcBreakdownPanel::kind() const
{
    return ListKind(m_kind->currentData().toInt());
}

void AbcBreakdownPanel::setKind(ListKind kind)
{
    m_kind->setCurrentIndex(std::max(0, m_kind->findData(int(kind))));
}

AbcBreakdownSelection AbcBreakdownPanel::selectionAt(const QModelIndex &index) const
{
    return {m_model->kind(), m_model->groupAt(index.row()), AbcBreakdownModel::classAt(index.column())};
}

void AbcBreakdownPanel::setAnalysis(const SegmentationAnalysis &analysis)
{
    m_analysis = &analysis;
    m_stale = true;
    if (isVisible())
        showBreakdown();
}

void AbcBreakdownPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        showBreakdown();
}

void AbcBreakdownPanel::showBreakdown()
{
    if (!m_analysis)
        return;
    m_stale = false;
    const ListKind k = kind();
    m_model->setRows(m_analysis->breakdown(k), k, m_analysis->result.measure, m_lists, m_language);
    m_chart->setModel(m_model, m_analysis->result.measure);
}

} // namespace kehu
