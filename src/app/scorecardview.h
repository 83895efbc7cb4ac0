#pragma once

#include "domain/period.h"
#include "domain/referencelists.h"
#include "domain/scorecard.h"

#include <QChartView>
#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace kehu {

class Database;
class ScorecardModel;

// View ▸ Scorecard: every account manager side by side over a period (DOMAIN §10) — customers
// and their classes, sales and profit, follow-ups done against due and overdue, complaints and
// satisfaction — as a sortable table, a chart (sales and profit, or follow-ups done
// and due, per manager) and a CSV file. Computed off the GUI thread on a connection of its own.
class ScorecardView : public QWidget
{
    Q_OBJECT

public:
    ScorecardView(const Database &db, ReferenceLists lists, QString language, QDate today, QWidget *parent = nullptr);
    ~ScorecardView() override;

    Period period() const;
    void setPeriod(const Period &period); // and reloads
    void reload();
    bool isLoading() const;
    void waitForFinished();

    ScorecardModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Writes the table as shown (sorted) to `path`; false with a message box when it fails.
    bool exportCsv(const QString &path, int encodingIndex);

Q_SIGNALS:
    void loaded();

private:
    struct Result
    {
        std::vector<ScorecardRow> rows;
        QString error;
    };
    void onLoaded();
    void updateChart();
    void exportDialog();

    const Database &m_db;
    ReferenceLists m_lists;
    QString m_language;
    QDate m_today;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QComboBox *m_chartKind = nullptr;
    QComboBox *m_encoding = nullptr;
    QPushButton *m_exportButton = nullptr;
    QLabel *m_status = nullptr;
    QTableView *m_table = nullptr;
    ScorecardModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QChartView *m_chart = nullptr;
    QFutureWatcher<Result> *m_watcher = nullptr;
    std::optional<Period> m_pending; // asked for while a computation ran
    bool m_consumed = true;
};

} // namespace kehu
