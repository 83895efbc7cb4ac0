#include "complaintanalysisview.h"

#include "causeparetochart.h"
#include "complaintformat.h"
#include "displayformat.h"
#include "rowtablemodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableView>
#include <QVBoxLayout>

namespace kehu {
namespace {

QTableView *tableIn(QGroupBox *box, RowTableModel *model)
{
    auto *layout = new QVBoxLayout(box);
    auto *view = new QTableView(box);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(view);
    return view;
}

QString hours(double value)
{
    return QLocale().toString(value, 'f', 1);
}

} // namespace

ComplaintAnalysisView::ComplaintAnalysisView(QDate today, QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("complaintAnalysis"));
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    const Period period = Period::lastTwelveMonths(today);
    m_from = new QDateEdit(period.from, this);
    m_to = new QDateEdit(period.to, this);
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
    }
    m_dimension = new QComboBox(this);
    for (ComplaintDimension dimension : allComplaintDimensions())
        m_dimension->addItem(ComplaintFormat::name(dimension), toKey(dimension));
    bar->addWidget(new QLabel(tr("Received from"), this));
    bar->addWidget(m_from);
    bar->addWidget(new QLabel(tr("to"), this));
    bar->addWidget(m_to);
    bar->addSpacing(16);
    bar->addWidget(new QLabel(tr("Count by"), this));
    bar->addWidget(m_dimension);
    bar->addStretch();
    layout->addLayout(bar);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("analysisSummary"));
    layout->addWidget(m_summary);

    auto *grid = new QGridLayout;
    m_rows = new RowTableModel({ tr("Value"), tr("Complaints"), tr("Share"), tr("Cumulative") }, this);
    auto *rowsBox = new QGroupBox(tr("Complaints by"), this);
    tableIn(rowsBox, m_rows)->setColumnWidth(0, 200);
    grid->addWidget(rowsBox, 0, 0);
    m_chart = new CauseParetoChart(this);
    grid->addWidget(m_chart, 0, 1);
    m_steps = new RowTableModel({ tr("Step"), tr("Count"), tr("Mean (h)"), tr("90th percentile (h)") }, this);
    auto *stepsBox = new QGroupBox(tr("Time per step"), this);
    tableIn(stepsBox, m_steps)->setColumnWidth(0, 160);
    grid->addWidget(stepsBox, 1, 0);
    m_overdue = new RowTableModel({ tr("Target"), tr("Decided"), tr("Overdue"), tr("Overdue rate") }, this);
    auto *overdueBox = new QGroupBox(tr("Service targets"), this);
    QTableView *overdueView = tableIn(overdueBox, m_overdue);
    // Three targets: room for all of them without scrolling.
    overdueView->setFixedHeight(overdueView->horizontalHeader()->sizeHint().height()
                                + 3 * overdueView->verticalHeader()->defaultSectionSize() + 4);
    overdueView->setColumnWidth(0, 120);
    m_reviews = new RowTableModel({ tr("Number"), tr("Customer"), tr("Review due"), tr("Corrective action") }, this);
    auto *reviewsBox = new QGroupBox(tr("Corrective actions due for review"), this);
    tableIn(reviewsBox, m_reviews)->setColumnWidth(0, 130);
    auto *right = new QVBoxLayout;
    right->addWidget(overdueBox);
    right->addWidget(reviewsBox, 1);
    grid->addLayout(right, 1, 1);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 3);
    grid->setRowStretch(0, 3);
    grid->setRowStretch(1, 2);
    layout->addLayout(grid, 1);

    connect(m_from, &QDateEdit::dateChanged, this, &ComplaintAnalysisView::recompute);
    connect(m_to, &QDateEdit::dateChanged, this, &ComplaintAnalysisView::recompute);
    connect(m_dimension, &QComboBox::currentIndexChanged, this, &ComplaintAnalysisView::recompute);
}

void ComplaintAnalysisView::setComplaints(std::shared_ptr<const std::vector<Complaint>> complaints, const ComplaintRules &rules)
{
    m_complaints = std::move(complaints);
    m_rules = rules;
    recompute();
}

void ComplaintAnalysisView::setPeriod(const Period &period)
{
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    recompute();
}

void ComplaintAnalysisView::recompute()
{
    if (!m_complaints)
        return;
    const Period period { m_from->date(), m_to->date() };
    const ComplaintDimension dimension = complaintDimensionFromKey(m_dimension->currentData().toString()).value_or(ComplaintDimension::Category);
    m_report = buildComplaintReport(*m_complaints, period, dimension, m_rules, QDateTime::currentDateTime());
    m_summary->setText(tr("%1 complaints received, %2 open, %3 escalated. Reopened after the customer's verdict: %4 of %5 (%6).")
                           .arg(m_report.total)
                           .arg(m_report.open)
                           .arg(m_report.escalated)
                           .arg(m_report.reopen.reopened)
                           .arg(m_report.reopen.reported)
                           .arg(formatPercent(m_report.reopen.reported > 0 ? std::optional<double>(m_report.reopen.rate) : std::nullopt)));

    std::vector<QVariantList> rows;
    for (const ComplaintCount &row : m_report.rows) {
        QString name = row.key;
        if (dimension == ComplaintDimension::Category)
            name = ComplaintFormat::name(complaintCategoryFromKey(row.key).value_or(ComplaintCategory::Other));
        else if (dimension == ComplaintDimension::Customer)
            name = row.key + QLatin1Char(' ') + row.label;
        if (row.key.isEmpty())
            name = tr("(none yet)");
        rows.push_back({ name, row.count, formatPercent(row.share), formatPercent(row.cumulativeShare) });
    }
    m_rows->setRows(std::move(rows), { 1, 2, 3 });
    m_chart->setCounts(m_report.causePareto);

    std::vector<QVariantList> steps;
    for (const StepDuration &d : m_report.stepTimes)
        steps.push_back({ ComplaintFormat::name(d.step), d.count, d.count ? hours(d.meanHours) : QString(),
            d.count ? hours(d.p90Hours) : QString() });
    m_steps->setRows(std::move(steps), { 1, 2, 3 });

    std::vector<QVariantList> overdue;
    for (const TargetRate &r : m_report.overdueRates)
        overdue.push_back({ ComplaintFormat::name(r.target), r.decided, r.overdue,
            formatPercent(r.decided ? std::optional<double>(r.rate) : std::nullopt) });
    m_overdue->setRows(std::move(overdue), { 1, 2, 3 });

    std::vector<QVariantList> reviews;
    for (const ReviewDue &r : m_report.reviewsDue)
        reviews.push_back({ r.number, r.customerCode, formatDate(r.due.toLocalTime().date()), r.action });
    m_reviews->setRows(std::move(reviews), {});
}

} // namespace kehu
