#pragma once

#include "command.h"

#include <QDateTime>

namespace kehu::cli {

// `complaints comment NUMBER --text TEXT` and `complaints attach NUMBER FILE`: a comment or a
// file (up to 20 MB, stored in the database) added to a complaint in any state.
class ComplaintNoteCommand : public Command
{
public:
    enum class Kind { Comment, Attachment };
    explicit ComplaintNoteCommand(Kind kind);

    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    Kind m_kind;
    QDateTime m_at;
};

} // namespace kehu::cli
