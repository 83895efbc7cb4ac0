#pragma once

#include "domain/surveyreport.h"
#include "domain/surveytemplate.h"
#include "storage/surveyrepository.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace kehu {

// Everything the report shows for one campaign and grouping, with the previous campaign of
// the same template and the next one (for the actions' measured change).
struct SurveyReportData
{
    QString error;
    SurveyCampaign campaign;
    SurveyTemplate surveyTemplate;
    SurveyReport report;
    std::optional<SurveyCampaign> previousCampaign;
    std::optional<SurveyReport> previous;
    std::optional<SurveyComparison> change;
    std::optional<SurveyCampaign> nextCampaign;
    std::optional<SurveyReport> next; // grouped the same way
};

// Computes a campaign's report off the GUI thread on its own connection: the ABC classes
// need every order of a year, which takes seconds on large files.
class SurveyReportLoader : public QObject
{
    Q_OBJECT

public:
    SurveyReportLoader(QString databasePath, QObject *parent = nullptr);
    ~SurveyReportLoader() override;

    void load(qint64 campaignId, SurveyGrouping grouping);
    bool isRunning() const;
    const SurveyReportData &data() const { return m_data; }
    // For tests and callers that need the answer now.
    static SurveyReportData compute(const QString &databasePath, qint64 campaignId, SurveyGrouping grouping);

Q_SIGNALS:
    void finished();

private:
    QString m_path;
    QFutureWatcher<SurveyReportData> *m_watcher = nullptr;
    SurveyReportData m_data;
    std::optional<std::pair<qint64, SurveyGrouping>> m_queued;
};

} // namespace kehu
