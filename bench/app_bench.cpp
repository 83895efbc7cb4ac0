// kehu-app-bench --db FILE: times what a user waits for in the main window on a large file
// (first page, full list, a filter keystroke, opening a customer page; the Segmentation tab:
// its first computation, a new measure or new limits on a computed period, the Pareto chart
// drawn, the breakdown switched, the exports; a customer page's class) and the memory it takes.
// Run by hand (offscreen or on a display); not part of ctest.

#include "app/abcbreakdownpanel.h"
#include "app/customerclasspanel.h"
#include "app/customerlistmodel.h"
#include "app/customerpage.h"
#include "app/mainwindow.h"
#include "app/paretochartview.h"
#include "app/segmentationview.h"

#include <QApplication>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <vector>

namespace {

double msSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Lets the window paint, then returns whether `done` held before `timeoutMs`.
bool spinUntil(const std::function<bool()> &done, int timeoutMs = 120000)
{
    QElapsedTimer timer;
    timer.start();
    while (!done()) {
        if (timer.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
    }
    QCoreApplication::processEvents();
    return true;
}

// VmRSS (now) or VmHWM (peak) from /proc/self/status, in MB.
double residentMegabytes(const QByteArray &field = QByteArrayLiteral("VmRSS:"))
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(field.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// Time for the filter box to go from `before` to `after` (one more character) until the
// model shows the result.
double filterKeystroke(QLineEdit *filter, const QString &before, const QString &after)
{
    filter->setText(before);
    QCoreApplication::processEvents();
    QElapsedTimer timer;
    timer.start();
    filter->setText(after);
    QCoreApplication::processEvents();
    return msSince(timer);
}

// CPU time in ms: of the calling thread, or of the whole process (every thread). On a busy
// machine wall times grow with the load; CPU times say what the work itself costs.
double cpuMs(clockid_t clock)
{
    timespec t {};
    clock_gettime(clock, &t);
    return double(t.tv_sec) * 1e3 + double(t.tv_nsec) / 1e6;
}

struct Timing
{
    double total = 0; // from the change until the window has repainted
    double compute = 0; // of which off the GUI thread
    double guiCpu = 0; // CPU time of the GUI thread meanwhile, less the waiting loop's polling
    double processCpu = 0; // CPU time of every thread meanwhile
};

// Applies `change` to the Segmentation tab and waits until the new analysis is shown and
// the window repainted.
Timing redraw(QWidget *window, kehu::SegmentationView *view, const std::function<void()> &change)
{
    QElapsedTimer timer;
    bool shown = false;
    const QMetaObject::Connection connection
            = QObject::connect(view->loader(), &kehu::SegmentationLoader::finished, view, [&] {
                  shown = true; // connected after the view's own slot: the tables and charts are updated
              });
    double guiCpu = 0;
    const double processStart = cpuMs(CLOCK_PROCESS_CPUTIME_ID);
    double guiStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    timer.start();
    change();
    guiCpu += cpuMs(CLOCK_THREAD_CPUTIME_ID) - guiStart;
    // Wait without spinning, so the GUI thread's CPU time is the event handling alone.
    while (!shown) {
        QThread::msleep(1);
        guiStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
        QCoreApplication::processEvents();
        guiCpu += cpuMs(CLOCK_THREAD_CPUTIME_ID) - guiStart;
    }
    guiStart = cpuMs(CLOCK_THREAD_CPUTIME_ID);
    window->repaint();
    guiCpu += cpuMs(CLOCK_THREAD_CPUTIME_ID) - guiStart;
    Timing timing;
    timing.total = msSince(timer);
    timing.compute = double(view->loader()->lastMilliseconds());
    timing.guiCpu = guiCpu;
    timing.processCpu = cpuMs(CLOCK_PROCESS_CPUTIME_ID) - processStart;
    QObject::disconnect(connection);
    return timing;
}

void report(const char *what, std::vector<Timing> timings)
{
    std::sort(timings.begin(), timings.end(), [](const Timing &l, const Timing &r) { return l.total < r.total; });
    const Timing &median = timings[timings.size() / 2];
    std::printf("%s: best %.1f ms, median %.1f ms (of which %.0f ms computing off the GUI thread), worst %.1f ms, "
                "%zu runs; CPU time of the median run: GUI thread %.1f ms, all threads %.1f ms\n",
                what, timings.front().total, median.total, median.compute, timings.back().total, timings.size(),
                median.guiCpu, median.processCpu);
}

void benchSegmentation(kehu::MainWindow &window)
{
    QElapsedTimer timer;
    timer.start();
    window.openSegmentation();
    kehu::SegmentationView *view = window.segmentationView();
    spinUntil([view] { return !view->loader()->isBusy() && !view->loader()->analysis().result.ranked.empty(); });
    window.repaint();
    std::printf("segmentation: first computation of the last 12 months shown: %.1f ms (%zu customers)\n",
                msSince(timer), view->loader()->analysis().result.ranked.size());

    auto *measure = view->findChild<QComboBox *>(QStringLiteral("measureCombo"));
    std::vector<Timing> measures;
    for (int i = 0; i < 10; ++i)
        measures.push_back(redraw(&window, view, [measure, i] { measure->setCurrentIndex((i + 1) % 2); }));
    report("segmentation: switching the measure (profit <-> sales), redraw", measures);

    auto *aLimit = view->findChild<QDoubleSpinBox *>(QStringLiteral("aLimit"));
    std::vector<Timing> limits;
    for (int i = 0; i < 10; ++i) {
        limits.push_back(redraw(&window, view, [aLimit, i] {
            aLimit->setValue(i % 2 ? 50.0 : 60.0);
            Q_EMIT aLimit->editingFinished(); // Enter: applied at once instead of after the typing pause
        }));
    }
    report("segmentation: changing the A limit (50 % <-> 60 %), redraw", limits);

    kehu::ParetoChartView *chart = view->chartView();
    std::vector<double> draws;
    for (int i = 0; i < 6; ++i) {
        timer.restart();
        chart->setAnalysis(view->loader()->analysis());
        chart->repaint();
        draws.push_back(msSince(timer));
    }
    std::sort(draws.begin(), draws.end());
    std::printf("segmentation: Pareto chart built and painted (%d bars): best %.1f ms, median %.1f ms, worst %.1f ms\n",
                kehu::SegmentationAnalysis::MaxBars, draws.front(), draws[draws.size() / 2], draws.back());

    view->resultTabs()->setCurrentIndex(1);
    QCoreApplication::processEvents();
    auto *kind = view->findChild<QComboBox *>(QStringLiteral("breakdownKind"));
    for (int i = 0; i < kind->count(); ++i) {
        timer.restart();
        kind->setCurrentIndex(i);
        window.repaint();
        std::printf("segmentation: breakdown by %s shown: %.1f ms (%d rows)\n", qPrintable(kind->itemText(i)),
                    msSince(timer), view->breakdownPanel()->table()->model()->rowCount());
    }

    QTemporaryDir out;
    timer.restart();
    view->setExportEncoding(kehu::TextEncoding::Gb18030, false);
    view->exportRanking(out.filePath(QStringLiteral("ranking.csv")));
    std::printf("segmentation: ranked list exported as GB18030 CSV: %.1f ms (%.1f MB)\n", msSince(timer),
                double(QFile(out.filePath(QStringLiteral("ranking.csv"))).size()) / 1e6);
    timer.restart();
    view->exportParetoChart(out.filePath(QStringLiteral("pareto.png")));
    std::printf("segmentation: Pareto chart exported as PNG: %.1f ms\n", msSince(timer));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("Kehu"));
    QCoreApplication::setApplicationName(QStringLiteral("kehu-app-bench"));
    // Start from empty settings so no remembered sort order changes what is measured.
    QTemporaryDir settingsDir;
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir.path());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The database file."), QStringLiteral("FILE"));
    parser.addOption(dbOption);
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fprintf(stderr, "usage: kehu-app-bench --db FILE\n");
        return 2;
    }

    kehu::MainWindow window;
    kehu::CustomerListModel *model = window.listModel();
    QElapsedTimer timer;
    timer.start();
    window.show();
    if (!window.openDatabase(parser.value(dbOption)))
        return 1;
    spinUntil([model] { return model->rowCount() > 0; });
    std::printf("first page visible: %.1f ms (%d rows)\n", msSince(timer), model->rowCount());

    spinUntil([&window] { return window.isListComplete(); });
    std::printf("full list loaded: %.1f ms (%d rows)\n", msSince(timer), model->rowCount());

    auto *filter = window.findChild<QLineEdit *>(QStringLiteral("filterEdit"));
    const double first = filterKeystroke(filter, QString(), QStringLiteral("华"));
    std::printf("filter keystroke, first character (whole list): %.1f ms (%d rows)\n", first, model->rowCount());
    const double next = filterKeystroke(filter, QStringLiteral("华"), QStringLiteral("华美"));
    std::printf("filter keystroke, one more character: %.1f ms (%d rows)\n", next, model->rowCount());
    const double erase = filterKeystroke(filter, QStringLiteral("华美"), QStringLiteral("华"));
    std::printf("filter keystroke, backspace: %.1f ms (%d rows)\n", erase, model->rowCount());
    filter->clear();
    QCoreApplication::processEvents();

    // The customer with the most sales has the most orders to show: the slowest page to open.
    timer.restart();
    window.listView()->sortByColumn(kehu::CustomerListModel::Sales, Qt::DescendingOrder);
    QCoreApplication::processEvents();
    std::printf("sort by sales: %.1f ms\n", msSince(timer));
    const qint64 id = model->idAt(0);
    timer.restart();
    window.openCustomer(id);
    QCoreApplication::processEvents();
    std::printf("open customer page (largest customer, form shown): %.1f ms\n", msSince(timer));
    kehu::CustomerPage *page = window.currentPage();
    spinUntil([page] { return page && page->hasTransactions(); });
    std::printf("  its orders, payments and figures shown (loaded in the background): %.1f ms\n", msSince(timer));

    if (auto *panel = page ? page->findChild<kehu::CustomerClassPanel *>() : nullptr) {
        spinUntil([panel] { return panel->isReady(); });
        std::printf("  its ABC class and strategy shown (computed in the background): %.1f ms\n", msSince(timer));
    }

    benchSegmentation(window);

    std::printf("resident memory: %.0f MB (peak %.0f MB)\n", residentMegabytes(),
                residentMegabytes(QByteArrayLiteral("VmHWM:")));
    window.close();
    return 0;
}
