#pragma once

#include "segmentationloader.h"

#include "domain/referencelists.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QTableView;
class QTimer;

namespace kehu {

class Database;
class ParetoChartView;
class RowTableModel;
class SegmentationSummaryModel;

// The Segmentation tab (DOMAIN §3): the period, measure, A/B limits and list filters at the
// top; below, the per-class summary, the Pareto chart, the sales × profit cross-table with its
// warnings and the movers since the previous period. A period or filter change reads the
// values again off the GUI thread; a measure or limit change only re-classifies them.
// Clicking a class in the summary asks for the customer list filtered to that class.
class SegmentationView : public QWidget
{
    Q_OBJECT

public:
    SegmentationView(const Database &db, const ReferenceLists &lists, const QString &language, QDate today,
                     QWidget *parent = nullptr);
    ~SegmentationView() override;

    SegmentationLoader *loader() const { return m_loader; }
    SegmentationSummaryModel *summaryModel() const { return m_summary; }
    ParetoChartView *chartView() const { return m_chart; }
    // The ids of a class in the current result.
    std::shared_ptr<const QSet<qint64>> customersOf(AbcClass abcClass) const;
    void showClass(AbcClass abcClass); // what a click on its summary row does
    // Reads the values again (after an import changed the orders).
    void reload();

Q_SIGNALS:
    void segmentRequested(std::shared_ptr<const QSet<qint64>> customerIds, const QString &name);

private:
    QWidget *createControls(const ReferenceLists &lists, const QString &language, QDate today);
    QWidget *createResults();
    QComboBox *addListCombo(const QString &objectName, const QString &label, const std::vector<ListItem> &items,
                            const QString &language);
    QTableView *createTable(const QString &objectName);
    CustomerValueQuery query() const;
    AbcMeasure measure() const;
    std::optional<AbcThresholds> thresholds() const;
    void reclassify();
    void onFinished();
    void showCrossTable(const SegmentationAnalysis &analysis);
    void showMovers(const SegmentationAnalysis &analysis);

    const Database &m_db;
    SegmentationLoader *m_loader = nullptr;
    QTimer *m_reloadTimer = nullptr;
    QTimer *m_reclassifyTimer = nullptr;
    QList<QWidget *> m_controls;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_measure = nullptr;
    QDoubleSpinBox *m_aLimit = nullptr;
    QDoubleSpinBox *m_bLimit = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_center = nullptr;
    QComboBox *m_manager = nullptr;
    QProgressBar *m_busy = nullptr;
    QLabel *m_status = nullptr;

    SegmentationSummaryModel *m_summary = nullptr;
    QTableView *m_summaryView = nullptr;
    ParetoChartView *m_chart = nullptr;
    RowTableModel *m_cross = nullptr;
    RowTableModel *m_warnings = nullptr;
    QLabel *m_warningLabel = nullptr;
    RowTableModel *m_moverCounts = nullptr;
    RowTableModel *m_movers = nullptr;
    QLabel *m_moversLabel = nullptr;
};

} // namespace kehu
