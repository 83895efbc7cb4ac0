#pragma once

#include "storage/exporter.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLineEdit;

namespace kehu {

// File ▸ Export…: which records, to which file, in which encoding (UTF-8 with or without a
// BOM, or GB18030 for Excel on Chinese Windows), and whether only the customers of the
// current list (its filter applied) or everyone.
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    // `listed` and `total`: the customers the list shows and could show, for the choice's label.
    ExportDialog(int listed, int total, QWidget *parent = nullptr);

    QString filePath() const;
    bool onlyListed() const;
    ExportOptions options() const; // without customerIds: the window fills them in

private:
    void browse();
    void updateButtons();

    QComboBox *m_kind = nullptr;
    QComboBox *m_encoding = nullptr;
    QCheckBox *m_bom = nullptr;
    QCheckBox *m_onlyListed = nullptr;
    QLineEdit *m_file = nullptr;
};

} // namespace kehu
