#include "segmentationloader.h"

#include "domain/abcmovers.h"
#include "storage/database.h"
#include "storage/storageerror.h"

#include <QElapsedTimer>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

#include <utility>

namespace kehu {

SegmentationLoader::SegmentationLoader(QObject *parent)
    : QObject(parent)
{
}

SegmentationLoader::~SegmentationLoader()
{
    waitForFinished();
}

SegmentationLoader::Result SegmentationLoader::compute(const QString &databasePath, const CustomerValueQuery &query,
                                                       AbcMeasure measure, AbcThresholds thresholds)
{
    Result result;
    try {
        Database::Options options;
        options.mode = Database::OpenMode::MustExist;
        Database db(databasePath, options);
        CustomerValueRepository repository(db);
        CustomerValueQuery previous = query;
        previous.period = previousPeriodOfSameLength(query.period);
        result.values.current = std::make_shared<const std::vector<CustomerValue>>(repository.values(query));
        result.values.previous = std::make_shared<const std::vector<CustomerValue>>(repository.values(previous));
        result.values.rank();
    } catch (const StorageError &error) {
        result.error = error.message();
        return result;
    }
    result.analysis = SegmentationAnalysis::compute(result.values, measure, thresholds);
    return result;
}

void SegmentationLoader::load(const QString &databasePath, const CustomerValueQuery &query, AbcMeasure measure,
                              AbcThresholds thresholds)
{
    run([databasePath, query, measure, thresholds] { return compute(databasePath, query, measure, thresholds); });
}

bool SegmentationLoader::reanalyse(AbcMeasure measure, AbcThresholds thresholds)
{
    if (!m_values.current)
        return false;
    const SegmentationValues values = m_values;
    run([values, measure, thresholds] {
        Result result;
        result.values = values;
        result.analysis = SegmentationAnalysis::compute(values, measure, thresholds);
        return result;
    });
    return true;
}

void SegmentationLoader::run(std::function<Result()> job)
{
    const int generation = ++m_generation;
    auto *watcher = new QFutureWatcher<Result>(this);
    m_watchers.append(watcher);
    ++m_running;
    auto timer = std::make_shared<QElapsedTimer>();
    timer->start();
    connect(watcher, &QFutureWatcher<Result>::finished, this, [this, watcher, generation, timer] {
        --m_running;
        m_watchers.removeOne(watcher);
        watcher->deleteLater();
        Result result = watcher->future().takeResult();
        if (generation != m_generation)
            return; // a newer request is on its way
        if (!result.error.isEmpty()) {
            spdlog::error("segmentation failed: {}", result.error.toStdString());
            Q_EMIT failed(result.error);
            return;
        }
        // The previous analysis holds 200 000 lines on a large file: freeing them took a tenth
        // of a redraw, so they are freed on a pool thread instead of the GUI thread.
        auto previous = std::make_unique<std::pair<SegmentationValues, SegmentationAnalysis>>(
                std::exchange(m_values, std::move(result.values)), std::exchange(m_analysis, std::move(result.analysis)));
        // Nobody waits for it: the pool finishes it before the application exits.
        (void)QtConcurrent::run([previous = std::move(previous)]() mutable { previous.reset(); });
        m_lastMilliseconds = timer->elapsed();
        spdlog::info("segmentation of {} customers in {} ms", m_analysis.result.ranked.size(), m_lastMilliseconds);
        Q_EMIT finished();
    });
    Q_EMIT started();
    watcher->setFuture(QtConcurrent::run(std::move(job)));
}

void SegmentationLoader::waitForFinished()
{
    for (QFutureWatcher<Result> *watcher : std::as_const(m_watchers))
        watcher->waitForFinished();
}

} // namespace kehu
