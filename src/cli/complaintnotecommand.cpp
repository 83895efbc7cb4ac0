#include "complaintnotecommand.h"

#include "complaintjson.h"
#include "complaintstepcommand.h"

#include "storage/complaintrepository.h"
#include "storage/complaintschema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMimeDatabase>

namespace kehu::cli {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("kehu::cli::ComplaintNoteCommand", text);
}

} // namespace

ComplaintNoteCommand::ComplaintNoteCommand(Kind kind)
    : Command(kind == Kind::Comment ? QStringLiteral("complaints comment") : QStringLiteral("complaints attach"),
              kind == Kind::Comment ? tr("Add a comment to a complaint, in any state.")
                                    : tr("Attach a file (up to 20 MB) to a complaint, in any state."))
    , m_kind(kind)
{
}

QList<QCommandLineOption> ComplaintNoteCommand::options() const
{
    QList<QCommandLineOption> list;
    if (m_kind == Kind::Comment)
        list << QCommandLineOption(QStringLiteral("text"), tr("The comment (required)."), QStringLiteral("TEXT"));
    list << ComplaintStepCommand::atOption() << ComplaintStepCommand::byOption();
    return list;
}

QStringList ComplaintNoteCommand::positionalNames() const
{
    if (m_kind == Kind::Comment)
        return { QStringLiteral("NUMBER") };
    return { QStringLiteral("NUMBER"), QStringLiteral("FILE") };
}

int ComplaintNoteCommand::validate(const QCommandLineParser &parser)
{
    if (m_kind == Kind::Comment && parser.value(QStringLiteral("text")).trimmed().isEmpty())
        return usageError(tr("Missing --text."));
    QString error;
    const std::optional<QDateTime> at = ComplaintStepCommand::atOf(parser, &error);
    if (!at)
        return usageError(error);
    m_at = *at;
    return Done;
}

int ComplaintNoteCommand::run(Database &db, const QCommandLineParser &parser)
{
    QString error;
    const QString by = ComplaintStepCommand::byOf(parser, &error);
    if (by.isEmpty()) {
        err() << error << Qt::endl;
        return Refused;
    }
    ComplaintRepository repository(db);
    const Complaint c = repository.load(parser.positionalArguments().at(0));
    if (m_kind == Kind::Comment) {
        repository.addComment(c.id, m_at, by.trimmed(), parser.value(QStringLiteral("text")));
        return Done;
    }
    const QString path = parser.positionalArguments().at(1);
    QFile file(path);
    if (file.size() > ComplaintSchema::MaxAttachmentBytes) {
        err() << tr("%1 is larger than 20 MB; nothing was attached.").arg(QDir::toNativeSeparators(path)) << Qt::endl;
        return Refused;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        err() << tr("%1 cannot be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()) << Qt::endl;
        return Refused;
    }
    const QByteArray data = file.readAll();
    repository.addAttachment(c.id, m_at, by.trimmed(), QFileInfo(path).fileName(),
                             QMimeDatabase().mimeTypeForFileNameAndData(path, data).name(), data);
    return Done;
}

} // namespace kehu::cli
