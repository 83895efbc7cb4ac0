#include "abcstrategydialog.h"

#include "abcclasscolor.h"

#include "storage/abcstrategysettings.h"
#include "storage/databasesettings.h"
#include "storage/storageerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>

namespace kehu {

AbcStrategyDialog::AbcStrategyDialog(const Database &db, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("abcStrategyDialog"));
    setWindowTitle(tr("Class strategies"));
    auto *form = new QFormLayout(this);
    auto *intro = new QLabel(tr("What each class of customer gets, shown on every customer's page. "
                                "Leave a text empty to go back to the standard strategy."),
                             this);
    intro->setWordWrap(true);
    form->addRow(intro);

    m_measure = new QComboBox(this);
    m_measure->setObjectName(QStringLiteral("strategyMeasure"));
    m_measure->addItem(displayName(AbcMeasure::Profit), int(AbcMeasure::Profit));
    m_measure->addItem(displayName(AbcMeasure::Sales), int(AbcMeasure::Sales));
    form->addRow(tr("Class of a customer &by:"), m_measure);

    try {
        const DatabaseSettings settings(m_db);
        for (AbcClass c : AllAbcClasses) {
            auto *edit = new QPlainTextEdit(settings.abcStrategy(c), this);
            edit->setObjectName(QStringLiteral("strategy") + toKey(c));
            edit->setTabChangesFocus(true);
            edit->setFixedHeight(edit->fontMetrics().height() * 4 + 12);
            m_texts[size_t(abcIndex(c))] = edit;
            auto *label = new QLabel(displayName(c), this);
            label->setStyleSheet(QStringLiteral("color: %1; font-weight: bold;").arg(abcClassColor(c).name()));
            label->setBuddy(edit);
            form->addRow(label, edit);
        }
        m_measure->setCurrentIndex(m_measure->findData(int(AbcStrategySettings(m_db).measure())));
    } catch (const StorageError &error) {
        form->addRow(new QLabel(tr("The strategies could not be read: %1").arg(error.message()), this));
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(560, sizeHint().height());
}

bool AbcStrategyDialog::save()
{
    try {
        DatabaseSettings settings(m_db);
        for (AbcClass c : AllAbcClasses) {
            if (QPlainTextEdit *edit = textEdit(c))
                settings.setAbcStrategy(c, edit->toPlainText());
        }
        AbcStrategySettings(m_db).setMeasure(AbcMeasure(m_measure->currentData().toInt()));
    } catch (const StorageError &error) {
        QMessageBox::warning(this, windowTitle(),
                             tr("The strategies could not be saved: %1").arg(error.message()));
        return false;
    }
    return true;
}

} // namespace kehu
