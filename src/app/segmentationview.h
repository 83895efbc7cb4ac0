#pragma once

#include "abcbreakdownpanel.h"
#include "segmentationloader.h"

#include "domain/csvdialect.h"

#include "domain/referencelists.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QLabel;
class QProgressBar;
class QActionGroup;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;

namespace kehu {

class Database;
class AbcMoversModel;
class AbcShareChartView;
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
    AbcShareChartView *shareChartView() const { return m_shares; }
    AbcBreakdownPanel *breakdownPanel() const { return m_breakdown; }
    QTabWidget *resultTabs() const { return m_resultTabs; }
    // The ids of a class in the current result.
    std::shared_ptr<const QSet<qint64>> customersOf(AbcClass abcClass) const;
    void showClass(AbcClass abcClass); // what a click on its summary row does
    // The ids of the customers of a breakdown cell, and what a click on it does.
    std::shared_ptr<const QSet<qint64>> customersOf(const AbcBreakdownSelection &selection) const;
    void showBreakdownCustomers(const AbcBreakdownSelection &selection);
    // The customers of a cell of the movers' 3×3 table, and what a click on it does.
    void showMovedCustomers(AbcClass previous, AbcClass current);

    // Export ▸ …: the encoding of the CSV files (remembered), and the three exports; the
    // *To() functions ask for a file, the others write `path` and say false with a message
    // box on failure.
    void setExportEncoding(TextEncoding encoding, bool bom);
    bool exportSummary(const QString &path);
    bool exportRanking(const QString &path);
    bool exportParetoChart(const QString &path);
    // What Export ▸ Ranked customers does: writes on a pool thread (20 MB for 200 000
    // customers) while the view stays usable; emits exportFinished().
    void exportRankingInBackground(const QString &path);
    // Reads the values again (after an import changed the orders).
    void reload();

Q_SIGNALS:
    void segmentRequested(std::shared_ptr<const QSet<qint64>> customerIds, const QString &name);
    void exportFinished(bool ok, const QString &message); // of exportRankingInBackground()

private:
    QWidget *createControls(const ReferenceLists &lists, const QString &language, QDate today);
    QWidget *createResults(const ReferenceLists &lists, const QString &language);
    QToolButton *createExportButton(QWidget *parent);
    void exportTo(const QString &what, const QString &fileName, const QString &filter,
                  const std::function<void(const QString &)> &write);
    bool reportExport(bool ok, const QString &message);
    QString periodText() const;
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
    AbcMoversModel *m_movers = nullptr;
    QLabel *m_moversLabel = nullptr;
    AbcShareChartView *m_shares = nullptr;
    AbcBreakdownPanel *m_breakdown = nullptr;
    QTabWidget *m_resultTabs = nullptr;
    QActionGroup *m_encodings = nullptr;
};

} // namespace kehu
