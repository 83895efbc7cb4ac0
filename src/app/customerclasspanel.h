#pragma once

#include "domain/abcposition.h"
#include "domain/period.h"

#include <QFutureWatcher>
#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace kehu {

class Database;

// The customer's ABC class on its page (DOMAIN §3): the class over the last 12 months among
// every customer not archived, by the measure and limits saved in the database, with its rank
// and the strategy for that class, and a button to edit the strategies. The ranking needs
// every customer's figures, so it is read and computed off the GUI thread.
class CustomerClassPanel : public QWidget
{
    Q_OBJECT

public:
    CustomerClassPanel(const Database &db, qint64 customerId, QDate today, QWidget *parent = nullptr);
    ~CustomerClassPanel() override;

    // Reads the figures again and shows the class (after a save, an import or new strategies).
    void refresh();
    bool isReady() const { return m_ready; }
    std::optional<AbcClass> abcClass() const { return m_position ? std::optional(m_position->abcClass) : std::nullopt; }
    QString classText() const;
    QString strategyText() const;
    void editStrategies();

    struct Outcome
    {
        std::optional<AbcPosition> position;
        QString error;
    };
    // Runs in the calling thread; public so it can be measured on its own.
    static Outcome compute(const QString &databasePath, qint64 customerId, Period period, AbcMeasure measure,
                           AbcThresholds thresholds);

Q_SIGNALS:
    void ready();

private:
    void onComputed();

    const Database &m_db;
    qint64 m_customerId;
    QDate m_today;
    AbcMeasure m_measure = AbcMeasure::Profit;
    std::optional<AbcPosition> m_position;
    bool m_ready = false;
    QFutureWatcher<Outcome> *m_watcher = nullptr;
    QLabel *m_badge = nullptr;
    QLabel *m_class = nullptr;
    QLabel *m_strategy = nullptr;
    QPushButton *m_edit = nullptr;
};

} // namespace kehu
