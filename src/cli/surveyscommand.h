#pragma once

#include "commandgroup.h"

#include "domain/surveytemplate.h"

#include <QDate>

#include <memory>
#include <vector>

namespace kehu::cli {

// `surveys`: the satisfaction-survey commands (DOMAIN §7). Takes --db/--verbose before the
// subcommand's name as well and hands the rest of the line to campaign-add, campaigns or report.
class SurveysCommand : public CommandGroup
{
public:
    SurveysCommand();
    ~SurveysCommand() override;

protected:
    QString helpFooter() const override;
};

// `surveys campaign-add NAME --year Y`: a campaign of the template's latest version, targeting
// every active customer or those the filters keep.
class SurveysCampaignAddCommand : public Command
{
public:
    SurveysCampaignAddCommand();
    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override { return {QStringLiteral("NAME")}; }
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    int m_year = 0;
    QDate m_end;
};

// `surveys campaigns`: every campaign with its template and answer counts.
class SurveysCampaignsCommand : public Command
{
public:
    SurveysCampaignsCommand();
    QList<QCommandLineOption> options() const override;

protected:
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;
};

// `surveys report --campaign NAME`: response rate, item means, composite, loyalty and NPS by
// group, and the change since the previous campaign with the same template.
class SurveysReportCommand : public Command
{
public:
    SurveysReportCommand();
    QList<QCommandLineOption> options() const override;

protected:
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;
};

// `surveys templates`: the latest version of every questionnaire template with its items.
class SurveysTemplatesCommand : public Command
{
public:
    SurveysTemplatesCommand();
    QList<QCommandLineOption> options() const override;

protected:
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;
};

// `surveys template-save KEY --item SPEC ...`: stores a template as the next version of its key
// (the first version of a new key); campaigns already started keep their version.
class SurveysTemplateSaveCommand : public Command
{
public:
    SurveysTemplateSaveCommand();
    QList<QCommandLineOption> options() const override;

protected:
    QStringList positionalNames() const override { return {QStringLiteral("KEY")}; }
    QString synopsis() const override;
    int validate(const QCommandLineParser &parser) override;
    int run(Database &db, const QCommandLineParser &parser) override;

private:
    SurveyTemplate m_template;
    bool m_nameGiven = false;
};

} // namespace kehu::cli
