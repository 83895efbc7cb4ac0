#include "surveyentrywidget.h"

#include "rowtablemodel.h"
#include "surveytext.h"

#include "storage/database.h"
#include "storage/storageerror.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace kehu {
namespace {

QString statusText(SurveyTargetStatus status)
{
    switch (status) {
    case SurveyTargetStatus::Pending: return SurveyEntryWidget::tr("Pending");
    case SurveyTargetStatus::Answered: return SurveyEntryWidget::tr("Answered");
    case SurveyTargetStatus::Declined: break;
    }
    return SurveyEntryWidget::tr("Declined");
}

} // namespace

SurveyEntryWidget::SurveyEntryWidget(const Database &db, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
{
    auto *layout = new QHBoxLayout(this);
    m_model = new RowTableModel({tr("Code"), tr("Customer"), tr("Status")}, this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("surveyTargetsView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setColumnWidth(1, 220);
    layout->addWidget(m_view, 2);
    connect(m_view, &QTableView::clicked, this, [this](const QModelIndex &index) { moveTo(index.row()); });
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        moveTo(index.row());
        if (!m_fields.empty())
            m_fields.front().second->setFocus();
    });

    auto *right = new QVBoxLayout;
    m_customer = new QLabel(this);
    m_customer->setObjectName(QStringLiteral("surveyCustomerLabel"));
    QFont big = m_customer->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_customer->setFont(big);
    m_progress = new QLabel(this);
    right->addWidget(m_customer);
    right->addWidget(m_progress);
    m_formArea = new QWidget(this);
    new QFormLayout(m_formArea);
    right->addWidget(m_formArea);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("surveyErrorLabel"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    right->addWidget(m_error);
    auto *buttons = new QHBoxLayout;
    m_saveButton = new QPushButton(tr("Save and next (Ctrl+Enter)"), this);
    m_saveButton->setObjectName(QStringLiteral("surveySaveButton"));
    m_declineButton = new QPushButton(tr("Declined (Ctrl+D)"), this);
    buttons->addWidget(m_saveButton);
    buttons->addWidget(m_declineButton);
    buttons->addStretch();
    right->addLayout(buttons);
    auto *help = new QLabel(tr("Type a score in each field; leave it empty when the customer gave none. Enter or Tab "
                               "moves on; Ctrl+PgDown / Ctrl+PgUp go to the next / previous customer without saving."),
                            this);
    help->setWordWrap(true);
    help->setEnabled(false);
    right->addWidget(help);
    right->addStretch();
    layout->addLayout(right, 3);

    connect(m_saveButton, &QPushButton::clicked, this, &SurveyEntryWidget::saveAndNext);
    connect(m_declineButton, &QPushButton::clicked, this, &SurveyEntryWidget::decline);
    auto shortcut = [this](QKeySequence keys, auto slot) {
        auto *s = new QShortcut(keys, this, slot);
        s->setContext(Qt::WidgetWithChildrenShortcut);
    };
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Return), [this] { saveAndNext(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_Enter), [this] { saveAndNext(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_D), [this] { decline(); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown), [this] { moveTo(m_row + 1); });
    shortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp), [this] { moveTo(m_row - 1); });
    setEnabled(false);
    m_watcher = new QFutureWatcher<std::vector<SurveyTarget>>(this);
    connect(m_watcher, &QFutureWatcher<std::vector<SurveyTarget>>::finished, this, &SurveyEntryWidget::onTargetsLoaded);
}

SurveyEntryWidget::~SurveyEntryWidget()
{
    if (m_watcher->isRunning())
        m_watcher->waitForFinished();
}

void SurveyEntryWidget::setCampaign(const SurveyCampaign &campaign, const SurveyTemplate &surveyTemplate)
{
    m_campaign = campaign;
    m_template = surveyTemplate;
    // One field per item, in the template's order, which is also the tab order.
    auto *form = static_cast<QFormLayout *>(m_formArea->layout());
    while (form->rowCount() > 0)
        form->removeRow(0);
    m_fields.clear();
    for (const SurveyItem &item : surveyTemplate.items) {
        auto *edit = new QLineEdit(m_formArea);
        edit->setObjectName(QStringLiteral("score_") + item.key);
        QString label = SurveyText::itemLabel(item);
        if (item.isScored()) {
            // Digits only; empty stays acceptable so that Enter moves on from an unanswered item.
            edit->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,2}")), edit));
            edit->setMaximumWidth(80);
            edit->setPlaceholderText(QStringLiteral("%1–%2").arg(item.scaleMin).arg(item.scaleMax));
            label = tr("%1 (%2–%3):").arg(label).arg(item.scaleMin).arg(item.scaleMax);
        } else {
            label += QLatin1Char(':');
        }
        connect(edit, &QLineEdit::returnPressed, this, [this, edit] { onFieldReturn(edit); });
        form->addRow(label, edit);
        m_fields.emplace_back(item, edit);
    }
    reloadTargets();
}

void SurveyEntryWidget::reloadTargets()
{
    if (m_watcher->isRunning())
        m_watcher->waitForFinished(); // a campaign chosen while the previous one loads
    m_loading = true;
    setEnabled(false);
    m_targets.clear();
    m_row = -1;
    showTargets();
    m_customer->setText(tr("Loading the campaign's customers…"));
    const QString path = m_db.path();
    const qint64 campaignId = m_campaign.id;
    m_watcher->setFuture(QtConcurrent::run([path, campaignId] {
        try {
            Database db(path, {Database::OpenMode::MustExist});
            return SurveyRepository(db).targets(campaignId);
        } catch (const StorageError &) {
            return std::vector<SurveyTarget>();
        }
    }));
}

void SurveyEntryWidget::onTargetsLoaded()
{
    m_targets = m_watcher->future().result();
    m_loading = false;
    setEnabled(true);
    showTargets();
    moveTo(nextPending(-1) >= 0 ? nextPending(-1) : 0);
}

void SurveyEntryWidget::showTargets()
{
    std::vector<QVariantList> rows;
    int done = 0;
    for (const SurveyTarget &target : m_targets) {
        rows.push_back({target.code, target.name, statusText(target.status)});
        done += target.status != SurveyTargetStatus::Pending ? 1 : 0;
    }
    m_model->setRows(std::move(rows), {});
    m_progress->setText(tr("%1 of %2 customers answered or declined").arg(done).arg(m_targets.size()));
}

QString SurveyEntryWidget::currentCode() const
{
    return m_row >= 0 && m_row < int(m_targets.size()) ? m_targets[size_t(m_row)].code : QString();
}

QLineEdit *SurveyEntryWidget::field(const QString &itemKey) const
{
    for (const auto &[item, edit] : m_fields) {
        if (item.key == itemKey)
            return edit;
    }
    return nullptr;
}

void SurveyEntryWidget::moveTo(int row)
{
    if (m_targets.empty()) {
        m_row = -1;
        m_customer->setText(tr("The campaign targets no customer."));
        return;
    }
    m_row = std::clamp(row, 0, int(m_targets.size()) - 1);
    m_view->selectRow(m_row);
    m_view->scrollTo(m_model->index(m_row, 0));
    showTarget();
}

void SurveyEntryWidget::showTarget()
{
    const SurveyTarget &target = m_targets[size_t(m_row)];
    m_customer->setText(QStringLiteral("%1  %2  ·  %3").arg(target.code, target.name, statusText(target.status)));
    m_error->clear();
    for (const auto &[item, edit] : m_fields) {
        if (!item.isScored()) {
            edit->setText(target.answers.comment);
            continue;
        }
        const auto score = target.answers.scores.find(item.key);
        edit->setText(score == target.answers.scores.end() ? QString() : QString::number(score->second));
    }
    if (!m_fields.empty() && isVisible())
        m_fields.front().second->setFocus();
}

int SurveyEntryWidget::nextPending(int after) const
{
    const int count = int(m_targets.size());
    for (int step = 1; step <= count; ++step) {
        const int row = (after + step) % count;
        if (m_targets[size_t(row)].status == SurveyTargetStatus::Pending)
            return row;
    }
    return -1;
}

void SurveyEntryWidget::onFieldReturn(QLineEdit *edit)
{
    // Enter moves on like Tab; on the last field it goes to the Save button.
    for (size_t i = 0; i + 1 < m_fields.size(); ++i) {
        if (m_fields[i].second == edit) {
            m_fields[i + 1].second->setFocus();
            m_fields[i + 1].second->selectAll();
            return;
        }
    }
    m_saveButton->setFocus();
}

bool SurveyEntryWidget::saveAndNext()
{
    if (m_row < 0)
        return false;
    SurveyAnswers answers;
    for (const auto &[item, edit] : m_fields) {
        const QString text = edit->text().trimmed();
        if (!item.isScored()) {
            answers.comment = text;
            continue;
        }
        if (text.isEmpty())
            continue;
        bool ok = false;
        const int score = text.toInt(&ok);
        if (!ok || !item.inScale(score)) {
            m_error->setText(tr("%1: type a whole number from %2 to %3, or leave it empty.")
                                     .arg(SurveyText::itemLabel(item))
                                     .arg(item.scaleMin)
                                     .arg(item.scaleMax));
            edit->setFocus();
            edit->selectAll();
            return false;
        }
        answers.scores[item.key] = score;
    }
    if (answers.scores.empty() && answers.comment.isEmpty()) {
        m_error->setText(tr("Type at least one score, or mark the customer declined (Ctrl+D)."));
        if (!m_fields.empty())
            m_fields.front().second->setFocus();
        return false;
    }
    try {
        SurveyRepository(m_db).saveResponse(m_campaign.id, m_targets[size_t(m_row)].customerId, answers);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Answers not saved"), tr("%1\nNothing was saved.").arg(error.message()));
        return false;
    }
    // The row changes as saved; the other customers are as read (reading 200 000 again per save would lag).
    const int row = m_row;
    m_targets[size_t(row)].status = SurveyTargetStatus::Answered;
    m_targets[size_t(row)].answers = answers;
    showTargets();
    Q_EMIT saved();
    const int next = nextPending(row);
    moveTo(next >= 0 ? next : row);
    if (next < 0)
        m_error->setText(tr("Every customer of the campaign has answered or declined."));
    return true;
}

void SurveyEntryWidget::decline()
{
    if (m_row < 0)
        return;
    if (m_targets[size_t(m_row)].status == SurveyTargetStatus::Answered
        && QMessageBox::question(this, tr("Mark declined"),
                                 tr("%1 has answered. Marking it declined removes its answers. Continue?")
                                         .arg(m_targets[size_t(m_row)].code))
                != QMessageBox::Yes)
        return;
    try {
        SurveyRepository(m_db).setDeclined(m_campaign.id, m_targets[size_t(m_row)].customerId, true);
    } catch (const StorageError &error) {
        QMessageBox::warning(this, tr("Not changed"), error.message());
        return;
    }
    const int row = m_row;
    m_targets[size_t(row)].status = SurveyTargetStatus::Declined;
    m_targets[size_t(row)].answers = SurveyAnswers();
    showTargets();
    Q_EMIT saved();
    const int next = nextPending(row);
    moveTo(next >= 0 ? next : row);
}

} // namespace kehu
