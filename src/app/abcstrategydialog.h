#pragma once

#include "domain/abcclass.h"

#include <QDialog>

#include <array>

class QComboBox;
class QPlainTextEdit;

namespace kehu {

class Database;

// The service strategy per ABC class (DOMAIN §3) that customer pages show, and the measure
// their class is ranked by: edited for the whole database. An emptied text goes back to
// the default text.
class AbcStrategyDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AbcStrategyDialog(const Database &db, QWidget *parent = nullptr);

    QPlainTextEdit *textEdit(AbcClass abcClass) const { return m_texts[size_t(abcIndex(abcClass))]; }
    QComboBox *measureCombo() const { return m_measure; }
    // Writes the texts and the measure; on failure says so and returns false.
    bool save();

private:
    const Database &m_db;
    std::array<QPlainTextEdit *, 3> m_texts {};
    QComboBox *m_measure = nullptr;
};

} // namespace kehu
