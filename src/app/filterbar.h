#pragma once

#include "customerfilter.h"

#include "domain/referencelists.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QToolButton;

namespace kehu {

// The row of filter controls above the customer list: a text box and one combo box per
// attribute. Emits the whole filter whenever any control changes, on every keystroke.
class FilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit FilterBar(QWidget *parent = nullptr);

    // Fills the list combos; keeps the chosen items where they still exist.
    void setLists(const ReferenceLists &lists, const QString &language);
    void setShowArchived(bool show);
    // Shows only these customers (a class of the Segmentation view) until cleared; the bar
    // says so with `name` and offers a button to clear it.
    void setSegment(std::shared_ptr<const QSet<qint64>> customerIds, const QString &name);
    void clearSegment();
    bool hasSegment() const { return m_segmentIds != nullptr; }
    CustomerFilter filter() const;
    QLineEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void filterChanged(const kehu::CustomerFilter &filter);

private:
    QComboBox *addCombo(const QString &objectName, const QString &toolTip);
    static void fillList(QComboBox *combo, const std::vector<ListItem> &items, const QString &language);
    void emitFilter();

    QLineEdit *m_text = nullptr;
    QComboBox *m_region = nullptr;
    QComboBox *m_industry = nullptr;
    QComboBox *m_center = nullptr;
    QComboBox *m_manager = nullptr;
    QComboBox *m_category = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_stale = nullptr;
    QLabel *m_segmentLabel = nullptr;
    QToolButton *m_clearSegment = nullptr;
    std::shared_ptr<const QSet<qint64>> m_segmentIds;
    QString m_segmentName;
    bool m_showArchived = false;
    bool m_filling = false;
};

} // namespace kehu
