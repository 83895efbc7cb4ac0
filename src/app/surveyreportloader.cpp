#include "surveyreportloader.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QtConcurrent/QtConcurrentRun>

namespace kehu {

SurveyReportLoader::SurveyReportLoader(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_watcher(new QFutureWatcher<SurveyReportData>(this))
{
    connect(m_watcher, &QFutureWatcher<SurveyReportData>::finished, this, [this] {
        m_data = m_watcher->future().takeResult();
        if (m_queued) { // asked again while computing: the newer question wins
            const auto [id, grouping] = *m_queued;
            m_queued.reset();
            load(id, grouping);
            return;
        }
        Q_EMIT finished();
    });
}

SurveyReportLoader::~SurveyReportLoader()
{
    // After takeResult() the watcher's future is empty and would never report finished.
    if (m_watcher->isRunning())
        m_watcher->waitForFinished();
}

bool SurveyReportLoader::isRunning() const
{
    return m_watcher->isRunning();
}

void SurveyReportLoader::load(qint64 campaignId, SurveyGrouping grouping)
{
    if (m_watcher->isRunning()) {
        m_queued = std::make_pair(campaignId, grouping);
        return;
    }
    const QString path = m_path;
    m_watcher->setFuture(QtConcurrent::run([path, campaignId, grouping] { return compute(path, campaignId, grouping); }));
}

SurveyReportData SurveyReportLoader::compute(const QString &databasePath, qint64 campaignId, SurveyGrouping grouping)
{
    SurveyReportData data;
    try {
        Database db(databasePath, {Database::OpenMode::MustExist});
        SurveyRepository surveys(db);
        data.campaign = surveys.campaign(campaignId);
        data.surveyTemplate = surveys.templateById(data.campaign.templateId);
        data.report = surveys.report(data.campaign, grouping);
        data.previousCampaign = surveys.previousCampaign(data.campaign);
        if (data.previousCampaign) {
            data.previous = surveys.report(*data.previousCampaign, grouping);
            data.change = compareSurveyReports(data.report, *data.previous);
        }
        data.nextCampaign = surveys.nextCampaign(data.campaign);
        if (data.nextCampaign)
            data.next = surveys.report(*data.nextCampaign, grouping);
    } catch (const StorageError &error) {
        data.error = error.message();
    }
    return data;
}

} // namespace kehu
