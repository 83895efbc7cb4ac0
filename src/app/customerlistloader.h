#pragma once

#include "customerlistmodel.h"

#include "domain/period.h"

#include <QFutureWatcher>
#include <QObject>

namespace kehu {

// Loads the whole customer list off the GUI thread. The worker opens its own Database on the
// file (a connection belongs to the thread that opened it), reads every summary and folds the
// search text, then hands the rows back through loaded(). A newer load supersedes an older one.
class CustomerListLoader : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        CustomerListData data;
        QString error; // empty on success
    };

    explicit CustomerListLoader(QObject *parent = nullptr);
    ~CustomerListLoader() override;

    void start(const QString &databasePath, const Period &period);
    bool isLoading() const { return m_running > 0; }
    // Blocks until running loads have finished (used when the window closes).
    void waitForFinished();

    // The rows of the last load; moved out so 200 000 rows are never copied.
    CustomerListData takeData() { return std::move(m_data); }

    // Runs in the calling thread; public so it can be measured and tested on its own.
    static Result load(const QString &databasePath, const Period &period);

Q_SIGNALS:
    void loaded(); // takeData() hands over the rows
    void failed(const QString &message);

private:
    int m_generation = 0;
    int m_running = 0;
    QList<QFutureWatcher<Result> *> m_watchers;
    CustomerListData m_data;
};

} // namespace kehu
