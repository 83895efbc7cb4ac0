#pragma once

#include "segmentationanalysis.h"

#include "storage/customervaluerepository.h"

#include <QFutureWatcher>
#include <QObject>

namespace kehu {

// Computes the Segmentation view's analysis off the GUI thread. load() reads the values of the
// period and of the one before it on a Database of its own, then analyses them; reanalyse()
// reuses the values already read (a new measure or new limits), so it runs no query. A newer
// request supersedes an older one.
class SegmentationLoader : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        SegmentationValues values;
        SegmentationAnalysis analysis;
        QString error; // empty on success
    };

    explicit SegmentationLoader(QObject *parent = nullptr);
    ~SegmentationLoader() override;

    void load(const QString &databasePath, const CustomerValueQuery &query, AbcMeasure measure,
              AbcThresholds thresholds);
    // False when nothing is loaded yet.
    bool reanalyse(AbcMeasure measure, AbcThresholds thresholds);
    bool isBusy() const { return m_running > 0; }
    void waitForFinished();

    const SegmentationValues &values() const { return m_values; }
    const SegmentationAnalysis &analysis() const { return m_analysis; }
    qint64 lastMilliseconds() const { return m_lastMilliseconds; }

    // Runs in the calling thread; public so it can be measured on its own.
    static Result compute(const QString &databasePath, const CustomerValueQuery &query, AbcMeasure measure,
                          AbcThresholds thresholds);

Q_SIGNALS:
    void started();
    void finished(); // analysis() holds the new result
    void failed(const QString &message);

private:
    void run(std::function<Result()> job);

    int m_generation = 0;
    int m_running = 0;
    QList<QFutureWatcher<Result> *> m_watchers;
    SegmentationValues m_values;
    SegmentationAnalysis m_analysis;
    qint64 m_lastMilliseconds = 0;
};

} // namespace kehu
