// kehu-app-bench --db FILE: times what a user waits for in the main window on a large file
// (first page, full list, a filter keystroke, opening a customer page) and the memory it takes.
// Run by hand (offscreen or on a display); not part of ctest.

#include "app/customerlistmodel.h"
#include "app/customerpage.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QLineEdit>
#include <QLocale>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>

#include <cstdio>
#include <functional>

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

    std::printf("resident memory: %.0f MB (peak %.0f MB)\n", residentMegabytes(),
                residentMegabytes(QByteArrayLiteral("VmHWM:")));
    window.close();
    return 0;
}
