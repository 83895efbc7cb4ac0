// kehu: the desktop application. Sets up logging, the language and the command line, then
// opens the main window on the database file.

#include "app/applanguage.h"
#include "app/complaintanalysisview.h"
#include "app/complaintsview.h"
#include "app/importwizard.h"
#include "app/mainwindow.h"
#include "app/surveysview.h"

#include "storage/database.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QStandardPaths>
#include <QTabWidget>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

namespace {

// kehu.log in the data folder, 5 MB × 3 files; stdout stays quiet for a desktop program.
void setUpLogging()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(folder);
    try {
        auto logger = spdlog::rotating_logger_mt("kehu", QString(folder + QStringLiteral("/kehu.log")).toStdString(),
                                                 5 * 1024 * 1024, 3);
        logger->flush_on(spdlog::level::info); // few lines, and a killed process keeps them
        spdlog::set_default_logger(logger);
    } catch (const spdlog::spdlog_ex &error) {
        spdlog::warn("logging to the console: {}", error.what());
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kehu"));
    QCoreApplication::setApplicationName(QStringLiteral("Kehu"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEHU_VERSION));
    setUpLogging();
    kehu::AppLanguage::install(app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate("main", "Kehu: customer files for B2B manufacturers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QCoreApplication::translate("main", "The database file to open."),
                                      QStringLiteral("FILE"), kehu::Database::defaultPath());
    parser.addOption(dbOption);
    // For screenshots and support: open one customer's page at start.
    QCommandLineOption openOption(QStringLiteral("open-customer"), QStringLiteral("Open this customer's page."),
                                  QStringLiteral("CODE"));
    openOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(openOption);
    QCommandLineOption sectionOption(QStringLiteral("customer-section"), QStringLiteral("Show this tab of the customer page (0-9)."),
                                     QStringLiteral("N"));
    sectionOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(sectionOption);
    QCommandLineOption segmentationOption(QStringLiteral("open-segmentation"),
                                          QStringLiteral("Open the Segmentation tab."));
    segmentationOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(segmentationOption);
    QCommandLineOption surveysOption(QStringLiteral("open-surveys"),
                                     QStringLiteral("Open the Surveys tab on this page (0 answers, 1 report, 2 actions)."),
                                     QStringLiteral("N"));
    surveysOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(surveysOption);
    QCommandLineOption complaintOption(QStringLiteral("open-complaint"),
                                       QStringLiteral("Open the Complaints tab: 'queues', 'analysis' or a complaint number."),
                                       QStringLiteral("WHAT"));
    complaintOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(complaintOption);
    QCommandLineOption importOption(QStringLiteral("import-file"), QStringLiteral("Open File > Import... on this file."),
                                    QStringLiteral("FILE"));
    importOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(importOption);
    QCommandLineOption importKindOption(QStringLiteral("import-kind"),
                                        QStringLiteral("The kind of records of --import-file (default: customers)."),
                                        QStringLiteral("KIND"), QStringLiteral("customers"));
    importKindOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(importKindOption);
    QCommandLineOption importCheckOption(QStringLiteral("import-check"), QStringLiteral("Go on to the import's check page."));
    importCheckOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(importCheckOption);
    QCommandLineOption scorecardOption(QStringLiteral("open-scorecard"), QStringLiteral("Open the Scorecard tab."));
    scorecardOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(scorecardOption);
    parser.process(app);

    kehu::MainWindow window;
    window.show();
    if (!window.openDatabaseOrAsk(parser.value(dbOption)))
        return 1;
    if (parser.isSet(openOption) && window.openCustomerByCode(parser.value(openOption)) && parser.isSet(sectionOption))
        window.currentPage()->showSection(parser.value(sectionOption).toInt());
    if (parser.isSet(segmentationOption))
        window.openSegmentation();
    if (parser.isSet(surveysOption)) {
        window.openSurveys();
        if (kehu::SurveysView *view = window.surveysView())
            view->pages()->setCurrentIndex(parser.value(surveysOption).toInt());
    }
    if (parser.isSet(complaintOption)) {
        if (kehu::ComplaintsView *view = window.openComplaints()) {
            const QString what = parser.value(complaintOption);
            if (what == QLatin1String("analysis"))
                view->tabs()->setCurrentWidget(view->analysis());
            else if (what != QLatin1String("queues"))
                view->openComplaintByNumber(what);
        }
    }
    if (parser.isSet(importOption)) {
        window.importFile();
        if (auto *wizard = window.findChild<kehu::ImportWizard *>())
            wizard->start(parser.value(importOption),
                          kehu::importKindFromName(parser.value(importKindOption)).value_or(kehu::ImportKind::Customers),
                          parser.isSet(importCheckOption) ? kehu::ImportWizard::CheckPage : kehu::ImportWizard::FormatPage);
    }
    if (parser.isSet(scorecardOption))
        window.openScorecard();
    spdlog::info("kehu started on {}", window.database()->path().toStdString());
    return app.exec();
}
