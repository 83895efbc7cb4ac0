#include "complaintpage.h"

#include "complaintformat.h"
#include "complaintstepdialog.h"
#include "currentuser.h"
#include "displayformat.h"
#include "rowtablemodel.h"

#include "domain/complaintworkflow.h"
#include "storage/complaintrepository.h"
#include "storage/complaintschema.h"
#include "storage/storageerror.h"

#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QMimeDatabase>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrl>
#include <QVBoxLayout>

namespace kehu {
namespace {

void prepareTable(QTableView *view)
{
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

ComplaintPage::ComplaintPage(const Database &db, qint64 complaintId, Context context, QWidget *parent)
    : QWidget(parent)
    , m_db(db)
    , m_context(std::move(context))
{
    setObjectName(QStringLiteral("complaintPage"));
    m_complaint.id = complaintId;
    build();
    reload();
}

ComplaintPage::~ComplaintPage() = default;

void ComplaintPage::build()
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setTextFormat(Qt::RichText);
    m_header->setTextInteractionFlags(Qt::TextBrowserInteraction);
    connect(m_header, &QLabel::linkActivated, this, [this] { Q_EMIT customerRequested(m_complaint.customerId); });
    layout->addWidget(m_header);
    m_target = new QLabel(this);
    m_target->setObjectName(QStringLiteral("targetLabel"));
    m_target->setTextFormat(Qt::RichText);
    layout->addWidget(m_target);
    m_details = new QLabel(this);
    m_details->setTextFormat(Qt::RichText);
    m_details->setWordWrap(true);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_details);

    m_buttons = new QHBoxLayout;
    layout->addLayout(m_buttons);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *timelineBox = new QGroupBox(tr("Timeline"), splitter);
    auto *timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new RowTableModel({ tr("When"), tr("Step"), tr("By"), tr("Details") }, this);
    m_timelineView = new QTableView(timelineBox);
    m_timelineView->setObjectName(QStringLiteral("timelineView"));
    m_timelineView->setModel(m_timeline);
    prepareTable(m_timelineView);
    m_timelineView->setColumnWidth(0, 130);
    m_timelineView->setColumnWidth(1, 130);
    m_timelineView->setColumnWidth(2, 90);
    timelineLayout->addWidget(m_timelineView);

    auto *bottom = new QWidget(splitter);
    auto *bottomLayout = new QHBoxLayout(bottom);
    bottomLayout->setContentsMargins(0, 0, 0, 0);
    auto *commentsBox = new QGroupBox(tr("Comments"), bottom);
    auto *commentsLayout = new QVBoxLayout(commentsBox);
    m_comments = new RowTableModel({ tr("When"), tr("By"), tr("Comment") }, this);
    auto *commentView = new QTableView(commentsBox);
    commentView->setModel(m_comments);
    prepareTable(commentView);
    commentsLayout->addWidget(commentView);
    auto *commentRow = new QHBoxLayout;
    m_commentEdit = new QLineEdit(commentsBox);
    m_commentEdit->setObjectName(QStringLiteral("commentEdit"));
    m_commentEdit->setPlaceholderText(tr("Add a comment and press Enter"));
    commentRow->addWidget(m_commentEdit, 1);
    auto *addComment = new QPushButton(tr("Add &Comment"), commentsBox);
    commentRow->addWidget(addComment);
    commentsLayout->addLayout(commentRow);
    auto submitComment = [this] {
        if (this->addComment(m_commentEdit->text()))
            m_commentEdit->clear();
    };
    connect(addComment, &QPushButton::clicked, this, submitComment);
    connect(m_commentEdit, &QLineEdit::returnPressed, this, submitComment);
    bottomLayout->addWidget(commentsBox, 3);

    auto *attachmentsBox = new QGroupBox(tr("Attachments"), bottom);
    auto *attachmentsLayout = new QVBoxLayout(attachmentsBox);
    m_attachments = new RowTableModel({ tr("File"), tr("Size"), tr("Added"), tr("By") }, this);
    m_attachmentView = new QTableView(attachmentsBox);
    m_attachmentView->setModel(m_attachments);
    prepareTable(m_attachmentView);
    attachmentsLayout->addWidget(m_attachmentView);
    auto *attachmentRow = new QHBoxLayout;
    auto *addFile = new QPushButton(tr("Add &File…"), attachmentsBox);
    auto *openFile = new QPushButton(tr("&Open"), attachmentsBox);
    attachmentRow->addWidget(addFile);
    attachmentRow->addWidget(openFile);
    attachmentRow->addStretch();
    attachmentsLayout->addLayout(attachmentRow);
    connect(addFile, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Attach a File"));
        if (!path.isEmpty())
            addAttachment(path);
    });
    auto open = [this] {
        const QModelIndex current = m_attachmentView->currentIndex();
        if (!current.isValid())
            return;
        const QString path = exportAttachment(current.row());
        if (!path.isEmpty())
            QDesktopServices::openUrl(QUrl::fromLocalFile(path));
    };
    connect(openFile, &QPushButton::clicked, this, open);
    connect(m_attachmentView, &QTableView::doubleClicked, this, open);
    bottomLayout->addWidget(attachmentsBox, 2);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({ 400, 150 });
    layout->addWidget(splitter, 1);
}

void ComplaintPage::reload()
{
    try {
        m_complaint = ComplaintRepository(m_db).load(m_complaint.id);
    } catch (const StorageError &error) {
        showError(tr("Loading the complaint"), error.message());
        return;
    }
    fill();
}

void ComplaintPage::fill()
{
    const Complaint &c = m_complaint;
    QString header = QStringLiteral("<h2>%1 · <a href=\"customer\">%2 %3</a></h2>")
                         .arg(escaped(c.number), escaped(c.customerCode), escaped(c.customerName));
    QString badges = QStringLiteral("<b>%1</b> · %2 · %3 · %4")
                         .arg(escaped(ComplaintFormat::name(c.state)), escaped(ComplaintFormat::name(c.category)),
                              escaped(ComplaintFormat::name(c.severity)), escaped(ComplaintFormat::name(c.channel)));
    if (c.escalated)
        badges += QStringLiteral(" · <span style=\"color:#c62828\"><b>%1</b></span>").arg(tr("Escalated to the emergency team"));
    if (c.reopenCount > 0)
        badges += QStringLiteral(" · ") + tr("reopened %n time(s)", nullptr, c.reopenCount);
    m_header->setText(header + badges);

    const QDateTime now = QDateTime::currentDateTime();
    const std::optional<TargetStatus> target = currentTarget(c, m_context.rules, now);
    if (target) {
        const QString color = target->overdue ? QStringLiteral("#c62828") : QStringLiteral("#2e7d32");
        m_target->setText(tr("Current target: <b>%1</b> due %2 — <span style=\"color:%3\"><b>%4</b></span>")
                              .arg(escaped(ComplaintFormat::name(target->kind)), formatTimestamp(target->due), color,
                                   escaped(ComplaintFormat::timeLeft(*target))));
    } else if (c.state == ComplaintState::Closed) {
        m_target->setText(c.reviewDue.isValid() ? tr("Closed %1; corrective action to be reviewed from %2.")
                                                      .arg(formatTimestamp(c.closedAt), formatDate(c.reviewDue.toLocalTime().date()))
                                                : tr("Closed %1.").arg(formatTimestamp(c.closedAt)));
    } else {
        m_target->setText(tr("Waiting for the customer."));
    }

    // Two label–value pairs per line keeps the timeline in view.
    QStringList cells;
    auto row = [&cells](const QString &label, const QString &value) {
        if (!value.isEmpty())
            cells << QStringLiteral("<td style=\"padding-right:12px\"><b>%1</b></td><td style=\"padding-right:36px\">%2</td>")
                         .arg(escaped(label), escaped(value).replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    };
    row(tr("Description"), c.description);
    row(tr("Order"), c.orderNo);
    row(tr("Product model"), c.productModel);
    row(tr("Received"), tr("%1 by %2").arg(formatTimestamp(c.receivedAt), c.receivedBy));
    row(tr("Department"), c.department);
    row(tr("Handler"), c.handler);
    row(tr("Root cause"), c.rootCause);
    row(tr("Handling"), c.handling);
    row(tr("Corrective action"), c.correctiveAction);
    QString table = QStringLiteral("<table>");
    for (qsizetype i = 0; i < cells.size(); i += 2)
        table += QStringLiteral("<tr>") + cells[i] + (i + 1 < cells.size() ? cells[i + 1] : QString()) + QStringLiteral("</tr>");
    m_details->setText(table + QStringLiteral("</table>"));

    std::vector<QVariantList> timeline;
    for (const ComplaintStepRecord &step : c.history) {
        QStringList details;
        for (auto it = step.fields.begin(); it != step.fields.end(); ++it) {
            if (step.step == ComplaintStep::Add && it.key() != QLatin1String("description"))
                continue; // shown above
            QString value = it.value();
            if (it.key() == QLatin1String("effective"))
                value = value == QLatin1String("yes") ? tr("yes") : tr("no");
            else if (it.key() == QLatin1String("review_due") || it.key() == QLatin1String("onsite"))
                value = formatTimestamp(QDateTime::fromString(value, Qt::ISODate));
            details << ComplaintFormat::fieldName(it.key()) + QStringLiteral(": ") + value;
        }
        timeline.push_back({ formatTimestamp(step.at), ComplaintFormat::name(step.step), step.by,
            details.join(QStringLiteral(" · ")) });
    }
    m_timeline->setRows(std::move(timeline), {});

    qDeleteAll(m_stepButtons);
    m_stepButtons.clear();
    for (ComplaintStep step : ComplaintWorkflow::allowedNow(c, now)) {
        auto *button = new QPushButton(ComplaintFormat::name(step) + QStringLiteral("…"), this);
        button->setObjectName(QStringLiteral("step_") + toKey(step));
        connect(button, &QPushButton::clicked, this, [this, step] { takeStep(step); });
        m_buttons->insertWidget(m_stepButtons.size(), button);
        m_stepButtons << button;
    }
    if (m_buttons->count() == m_stepButtons.size())
        m_buttons->addStretch();

    try {
        const ComplaintRepository repository(m_db);
        std::vector<QVariantList> comments;
        for (const ComplaintComment &comment : repository.comments(c.id))
            comments.push_back({ formatTimestamp(comment.at), comment.by, comment.text });
        m_comments->setRows(std::move(comments), {});
        std::vector<QVariantList> attachments;
        m_attachmentIds.clear();
        for (const ComplaintAttachment &a : repository.attachments(c.id)) {
            attachments.push_back({ a.fileName, QLocale().formattedDataSize(a.size), formatTimestamp(a.at), a.by });
            m_attachmentIds.push_back(a.id);
        }
        m_attachments->setRows(std::move(attachments), { 1 });
    } catch (const StorageError &error) {
        showError(tr("Loading comments and attachments"), error.message());
    }
}

QList<ComplaintStep> ComplaintPage::stepButtons() const
{
    QList<ComplaintStep> steps;
    for (QWidget *button : m_stepButtons) {
        if (auto step = complaintStepFromKey(button->objectName().mid(5)))
            steps << *step;
    }
    return steps;
}

bool ComplaintPage::takeStep(ComplaintStep step)
{
    ComplaintStepDialog dialog(step, m_complaint, m_context.rules, m_context.departments, m_context.language, this);
    const bool accepted = m_dialogHook ? m_dialogHook(dialog) : dialog.exec() == QDialog::Accepted;
    if (!accepted)
        return false;
    try {
        ComplaintRepository(m_db).takeStep(m_complaint.number, dialog.record());
    } catch (const StorageError &error) {
        showError(tr("Taking the step"), error.message());
        reload(); // someone else may have moved it on
        return false;
    }
    reload();
    Q_EMIT changed(m_complaint.id);
    return true;
}

bool ComplaintPage::addComment(const QString &text)
{
    if (text.trimmed().isEmpty())
        return false;
    try {
        ComplaintRepository(m_db).addComment(m_complaint.id, QDateTime::currentDateTime(), CurrentUser::name(), text);
    } catch (const StorageError &error) {
        showError(tr("Adding the comment"), error.message());
        return false;
    }
    fill();
    Q_EMIT changed(m_complaint.id);
    return true;
}

bool ComplaintPage::addAttachment(const QString &filePath)
{
    QFile file(filePath);
    if (file.size() > ComplaintSchema::MaxAttachmentBytes) {
        showError(tr("Attaching the file"), tr("%1 is %2; an attachment may be at most 20 MB.")
                                                .arg(QFileInfo(filePath).fileName(), QLocale().formattedDataSize(file.size())));
        return false;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        showError(tr("Attaching the file"), tr("%1 cannot be read: %2").arg(filePath, file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    try {
        ComplaintRepository(m_db).addAttachment(m_complaint.id, QDateTime::currentDateTime(), CurrentUser::name(),
                                                QFileInfo(filePath).fileName(),
                                                QMimeDatabase().mimeTypeForFileNameAndData(filePath, data).name(), data);
    } catch (const StorageError &error) {
        showError(tr("Attaching the file"), error.message());
        return false;
    }
    fill();
    Q_EMIT changed(m_complaint.id);
    return true;
}

QString ComplaintPage::exportAttachment(int row)
{
    if (row < 0 || row >= int(m_attachmentIds.size()))
        return {};
    try {
        const QByteArray data = ComplaintRepository(m_db).attachmentData(m_attachmentIds[size_t(row)]);
        if (!m_tempDir)
            m_tempDir = std::make_unique<QTemporaryDir>();
        // A folder per attachment keeps the file's own name, which the system viewer shows.
        const QString folder = m_tempDir->filePath(QString::number(m_attachmentIds[size_t(row)]));
        QDir().mkpath(folder);
        const QString path = folder + QLatin1Char('/')
            + QFileInfo(m_attachments->data(m_attachments->index(row, 0)).toString()).fileName();
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size()) {
            showError(tr("Opening the attachment"), tr("%1 cannot be written: %2").arg(path, file.errorString()));
            return {};
        }
        return path;
    } catch (const StorageError &error) {
        showError(tr("Opening the attachment"), error.message());
        return {};
    }
}

void ComplaintPage::showError(const QString &what, const QString &message)
{
    QMessageBox::warning(this, what, tr("%1 failed: %2\nNothing was changed.").arg(what, message));
}

} // namespace kehu
