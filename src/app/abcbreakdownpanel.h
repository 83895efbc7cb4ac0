#pragma once

#include "segmentationanalysis.h"

#include "domain/referencelists.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QTableView;

namespace kehu {

class AbcBreakdownChartView;
class AbcBreakdownModel;

// Some customers of a breakdown: those of one group (or every group) and one class (or every class).
struct AbcBreakdownSelection
{
    ListKind kind = ListKind::Region;
    std::optional<qint64> groupId; // nullopt: every group
    std::optional<AbcClass> abcClass; // nullopt: every class
};

// The Segmentation view's breakdown by region, industry, sales center or account manager
// (DOMAIN §3): the dimension chooser, the table of customers and value per class and group,
// and the same as a stacked bar chart. A click on a cell or a bar asks for those customers.
class AbcBreakdownPanel : public QWidget
{
    Q_OBJECT

public:
    AbcBreakdownPanel(const ReferenceLists &lists, const QString &language, QWidget *parent = nullptr);

    // Shown at once when the panel is visible, else when it is next shown: a hidden breakdown
    // costs nothing on a redraw.
    void setAnalysis(const SegmentationAnalysis &analysis);
    ListKind kind() const;
    void setKind(ListKind kind);
    AbcBreakdownModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    AbcBreakdownChartView *chartView() const { return m_chart; }
    // What clicking this cell of the table selects.
    AbcBreakdownSelection selectionAt(const QModelIndex &index) const;

protected:
    void showEvent(QShowEvent *event) override;

Q_SIGNALS:
    void customersRequested(const kehu::AbcBreakdownSelection &selection);

private:
    void showBreakdown();

    ReferenceLists m_lists;
    QString m_language;
    const SegmentationAnalysis *m_analysis = nullptr;
    bool m_stale = false; // a new analysis arrived while the panel was hidden
    QComboBox *m_kind = nullptr;
    AbcBreakdownModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    AbcBreakdownChartView *m_chart = nullptr;
};

} // namespace kehu
