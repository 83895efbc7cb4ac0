#include "customerclasspanel.h"

#include "abcclasscolor.h"
#include "abcstrategydialog.h"

#include "storage/abcstrategysettings.h"
#include "storage/customervaluerepository.h"
#include "storage/database.h"
#include "storage/databasesettings.h"
#include "storage/storageerror.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

#include <spdlog/spdlog.h>

namespace kehu {

CustomerClassPanel::CustomerClassPanel(const Database &db, qint64 customerId, QDate today, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_customerId(customerId)
    , m_today(today)
{
    setObjectName(QStringLiteral("customerClassPanel"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 2, 0, 2);
    m_badge = new QLabel(this);
    m_badge->setObjectName(QStringLiteral("classBadge"));
    m_badge->setAlignment(Qt::AlignCenter);
    m_badge->setMinimumWidth(m_badge->fontMetrics().height() * 2);
    layout->addWidget(m_badge, 0, Qt::AlignTop);
    auto *texts = new QVBoxLayout;
    m_class = new QLabel(this);
    m_class->setObjectName(QStringLiteral("classText"));
    m_strategy = new QLabel(this);
    m_strategy->setObjectName(QStringLiteral("strategyText"));
    m_strategy->setWordWrap(true);
    m_strategy->setTextInteractionFlags(Qt::TextSelectableByMouse);
    texts->addWidget(m_class);
    texts->addWidget(m_strategy);
    layout->addLayout(texts, 1);
    m_edit = new QPushButton(tr("Edit &strategies…"), this);
    m_edit->setObjectName(QStringLiteral("editStrategiesButton"));
    m_edit->setToolTip(tr("The service strategy for each class, shown on every customer's page"));
    layout->addWidget(m_edit, 0, Qt::AlignTop);

    m_watcher = new QFutureWatcher<Outcome>(this);
    connect(m_watcher, &QFutureWatcher<Outcome>::finished, this, &CustomerClassPanel::onComputed);
    connect(m_edit, &QPushButton::clicked, this, &CustomerClassPanel::editStrategies);
    setVisible(customerId != 0);
    if (customerId != 0)
        refresh();
}

CustomerClassPanel::~CustomerClassPanel()
{
    m_watcher->waitForFinished();
}

CustomerClassPanel::Outcome CustomerClassPanel::compute(const QString &databasePath, qint64 customerId, Period period,
                                                        AbcMeasure measure, AbcThresholds thresholds)
{
    Outcome outcome;
    try {
        Database::Options options;
        options.mode = Database::OpenMode::MustExist;
        Database db(databasePath, options);
        CustomerValueQuery query;
        query.period = period;
        const std::vector<CustomerValue> values = CustomerValueRepository(db).values(query);
        outcome.position = abcPositionOf(values, customerId, measure, thresholds);
    } catch (const StorageError &error) {
        outcome.error = error.message();
    }
    return outcome;
}

void CustomerClassPanel::refresh()
{
    if (m_customerId == 0)
        return;
    AbcThresholds thresholds;
    try {
        thresholds = DatabaseSettings(m_db).abcThresholds();
        m_measure = AbcStrategySettings(m_db).measure();
    } catch (const StorageError &error) {
        spdlog::warn("ABC settings unreadable, using the defaults: {}", error.message().toStdString());
    }
    m_ready = false;
    m_badge->setText(QStringLiteral("…"));
    m_badge->setStyleSheet(QString());
    m_class->setText(tr("Class: computing…"));
    m_strategy->clear();
    m_watcher->waitForFinished(); // a refresh while one runs: the newer one wins
    m_watcher->setFuture(QtConcurrent::run(&CustomerClassPanel::compute, m_db.path(), m_customerId,
                                           Period::lastTwelveMonths(m_today), m_measure, thresholds));
}

void CustomerClassPanel::onComputed()
{
    const Outcome outcome = m_watcher->result();
    m_position = outcome.position;
    m_ready = true;
    if (!outcome.error.isEmpty()) {
        m_badge->clear();
        m_class->setText(tr("Class: could not be computed (%1)").arg(outcome.error));
    } else if (!m_position) {
        m_badge->clear();
        m_class->setText(tr("Class: none (archived customers are not classified)"));
    } else {
        const AbcClass c = m_position->abcClass;
        m_badge->setText(toKey(c));
        m_badge->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; "
                                              "border-radius: 3px; padding: 2px 6px; }")
                                       .arg(abcClassColor(c).name()));
        m_class->setText(classText());
        try {
            m_strategy->setText(tr("Strategy: %1").arg(DatabaseSettings(m_db).abcStrategy(c)));
        } catch (const StorageError &error) {
            m_strategy->setText(tr("Strategy: could not be read (%1)").arg(error.message()));
        }
    }
    Q_EMIT ready();
}

QString CustomerClassPanel::classText() const
{
    if (!m_position)
        return m_class->text();
    return tr("Class %1 by %2 over the last 12 months: rank %3 of %4")
            .arg(displayName(m_position->abcClass), displayName(m_measure).toLower(),
                 QLocale().toString(m_position->rank), QLocale().toString(m_position->customers));
}

QString CustomerClassPanel::strategyText() const
{
    return m_strategy->text();
}

void CustomerClassPanel::editStrategies()
{
    AbcStrategyDialog dialog(m_db, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

} // namespace kehu
