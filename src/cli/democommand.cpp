#include "democommand.h"

#include "storage/complaintdemodata.h"

#include "storage/demodatagenerator.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>

#include <spdlog/spdlog.h>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::DemoCommand", text);
}

// The generator's progress marks the end of its phases: customers at 10 %, orders and
// payments at 95 %, service costs at 98 %, the commit at 100 %.
const char *phaseEndingAt(int percent)
{
    switch (percent) {
    case 10:
        return "customers and contacts";
    case 98:
        return "orders, payments and service costs";
    case 100:
        return "commit";
    default:
        return nullptr;
    }
}

} // namespace

DemoCommand::DemoCommand()
    : Command(QStringLiteral("demo"),
        tr("Fill a new, empty database with realistic demo customers, orders and payments.\n"
           "The file is created when missing; a database that already holds customers is refused."))
{
}

QList<QCommandLineOption> DemoCommand::options() const
{
    return {
        QCommandLineOption(QStringLiteral("customers"), tr("Number of customers to create."), QStringLiteral("N")),
        QCommandLineOption(QStringLiteral("orders"), tr("Number of orders to create."), QStringLiteral("M")),
        QCommandLineOption(QStringLiteral("seed"), tr("Random seed; the same seed gives the same data (default 1)."),
            QStringLiteral("S"), QStringLiteral("1")),
        QCommandLineOption(QStringLiteral("complaints"),
            tr("Number of complaints to create (default: one per five customers, at most 400)."), QStringLiteral("K")),
    };
}

QString DemoCommand::synopsis() const
{
    return QStringLiteral("--customers N --orders M [--seed S] [--complaints K]");
}

int DemoCommand::validate(const QCommandLineParser &parser)
{
    for (const QString &name : { QStringLiteral("customers"), QStringLiteral("orders") }) {
        if (!parser.isSet(name))
            return usageError(tr("--%1 is required.").arg(name));
    }
    bool ok = false;
    m_customers = parser.value(QStringLiteral("customers")).toInt(&ok);
    if (!ok || m_customers < 0)
        return usageError(tr("--customers needs a whole number of 0 or more, not '%1'.")
                              .arg(parser.value(QStringLiteral("customers"))));
    m_orders = parser.value(QStringLiteral("orders")).toInt(&ok);
    if (!ok || m_orders < 0)
        return usageError(
            tr("--orders needs a whole number of 0 or more, not '%1'.").arg(parser.value(QStringLiteral("orders"))));
    if (m_orders > 0 && m_customers == 0)
        return usageError(tr("Orders need customers: give --customers 1 or more."));
    m_seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
    if (!ok)
        return usageError(tr("--seed needs a whole number, not '%1'.").arg(parser.value(QStringLiteral("seed"))));
    m_complaints = std::clamp(m_customers / 5, 0, 400);
    if (parser.isSet(QStringLiteral("complaints"))) {
        m_complaints = parser.value(QStringLiteral("complaints")).toInt(&ok);
        if (!ok || m_complaints < 0)
            return usageError(tr("--complaints needs a whole number of 0 or more, not '%1'.")
                                  .arg(parser.value(QStringLiteral("complaints"))));
    }
    return Done;
}

int DemoCommand::run(Database &db, const QCommandLineParser &)
{
    QElapsedTimer timer;
    timer.start();
    DemoDataGenerator::Options options;
    options.customers = m_customers;
    options.orders = m_orders;
    options.seed = m_seed;
    // Phase times go to the --verbose log: they show where a slow run spends its time.
    int lastPercent = -1;
    options.progress = [&timer, &lastPercent](int percent) {
        if (percent == lastPercent)
            return;
        for (int mark = lastPercent + 1; mark <= percent; ++mark) {
            if (const char *phase = phaseEndingAt(mark))
                spdlog::debug("demo: {} done at {:.2f} s", phase, double(timer.elapsed()) / 1000.0);
        }
        lastPercent = percent;
    };

    const DemoDataGenerator::Result result = DemoDataGenerator::generate(db, options);
    const int complaints = ComplaintDemoData::generate(db, m_complaints, m_seed,
                                                       QDateTime::currentDateTime());
    err() << tr("Wrote %1 customers, %2 contacts, %3 orders, %4 payments, %5 service costs and %6 follow-ups to %7 in %8 s.")
                 .arg(result.customers)
                 .arg(result.contacts)
                 .arg(result.orders)
                 .arg(result.payments)
                 .arg(result.serviceCosts)
                 .arg(result.followUps)
                 .arg(QDir::toNativeSeparators(db.path()))
                 .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (complaints > 0)
        err() << tr("Wrote %1 complaints.").arg(complaints) << Qt::endl;
    return Done;
}

} // namespace kehu::cli
