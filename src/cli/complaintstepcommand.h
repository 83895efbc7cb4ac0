#pragma once

#include "command.h"

#include "domain/complaint.h"

#include <QDateTime>

#include <optional>

namespace kehu::cli {

// `complaints assign|start|resolve|report|accept|reject|review NUMBER`: one step of the
// workflow with its options, --at for a past step and --by for who (default: the login name).
// Prints the complaint's number and its new state.
class ComplaintStepCommand : public Command
{
public:
    explicit ComplaintStepCommand(ComplaintStep step);

    QList<QCommandLineOption> options() const override;
    ComplaintStep step() const { return m_step; }

    static QCommandLineOption atOption();
    static QCommandLineOption byOption();
    // --at's time, or now when it is not given; nullopt when it is no time (`error` says why).
    static std::optional<QDateTime> atOf(const QCommandLineParser &parser, QString *error);
    // --by, or the login name; "" when neither is known (`error` says what to do).
    static QString byOf(const QCommandLineParser &parser, QString *error);

protected:
    QStringList positionalNames() const override { return { QStringLiteral("NUMBER") }; }
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    ComplaintStep m_step;
    QDateTime m_at;
    QMap<QString, QString> m_fields;
};

} // namespace kehu::cli
