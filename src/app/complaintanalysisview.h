#pragma once

#include "domain/complaint.h"
#include "domain/complaintreport.h"
#include "domain/complainttargets.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QTableView;

namespace kehu {

class CauseParetoChart;
class RowTableModel;

// The Analysis tab of the Complaints view: for a period, counts and shares by a dimension, the
// root-cause Pareto chart, mean and 90th-percentile time per step, overdue rate per target,
// reopen rate and the corrective actions due for review — the figures of `complaints report`.
class ComplaintAnalysisView : public QWidget
{
    Q_OBJECT

public:
    explicit ComplaintAnalysisView(QDate today, QWidget *parent = nullptr);

    void setComplaints(std::shared_ptr<const std::vector<Complaint>> complaints, const ComplaintRules &rules);
    void setPeriod(const Period &period);
    const ComplaintReport &report() const { return m_report; }
    CauseParetoChart *chart() const { return m_chart; }

private:
    void recompute();

    std::shared_ptr<const std::vector<Complaint>> m_complaints;
    ComplaintRules m_rules;
    ComplaintReport m_report;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_dimension = nullptr;
    QLabel *m_summary = nullptr;
    RowTableModel *m_rows = nullptr;
    RowTableModel *m_steps = nullptr;
    RowTableModel *m_overdue = nullptr;
    RowTableModel *m_reviews = nullptr;
    CauseParetoChart *m_chart = nullptr;
};

} // namespace kehu
