#pragma once

#include <QString>

#include <map>
#include <optional>
#include <vector>

namespace kehu {

// What an item of a questionnaire contributes (DOMAIN §7): a weighted satisfaction item of the
// composite score, one of the two loyalty questions, or free text.
enum class SurveyItemRole { Weighted, Repurchase, Recommend, Comment };

QString surveyItemRoleKey(SurveyItemRole role); // "weighted", "repurchase", "recommend", "comment"
std::optional<SurveyItemRole> surveyItemRoleFromKey(const QString &key);

// One question: its key (a CSV column, e.g. "quality"), a label, a weight in the composite
// (weighted items only) and its scale, both ends included.
struct SurveyItem
{
    QString key;
    QString label;
    SurveyItemRole role = SurveyItemRole::Weighted;
    int weight = 0;
    int scaleMin = 1;
    int scaleMax = 5;

    bool isScored() const { return role != SurveyItemRole::Comment; }
    bool inScale(int score) const { return score >= scaleMin && score <= scaleMax; }
    // (score − minimum) / range × 100.
    double rescaled(double score) const;

    bool operator==(const SurveyItem &) const = default;
};

// A questionnaire. Templates are versioned: editing one stores a new version under the same
// key, and a campaign keeps the version it started with.
struct SurveyTemplate
{
    qint64 id = 0;
    QString key;
    int version = 1;
    QString name;
    std::vector<SurveyItem> items;

    const SurveyItem *item(const QString &itemKey) const;
    // The same questions (keys, roles, weights, scales); labels and names aside.
    bool sameItems(const SurveyTemplate &other) const;

    bool operator==(const SurveyTemplate &) const = default;
};

// The default questionnaire of DOMAIN §7: product quality 35, delivery 25, after-sales
// service 25, price 15 on 1–5, intention to repurchase (1–5) and to recommend (0–10), a comment.
SurveyTemplate defaultSurveyTemplate();

// Problems of a template as sentences; empty when it can be used: keys unique and made of
// lower-case letters, digits and underscores, scales with min < max, weights ≥ 0 and at least
// one weighted item with a positive weight, at most one repurchase and one recommend item.
QStringList validateSurveyTemplate(const SurveyTemplate &surveyTemplate);

// One customer's answers: scores by item key (items not answered are absent) and the comment.
struct SurveyAnswers
{
    std::map<QString, int> scores;
    QString comment;

    bool operator==(const SurveyAnswers &) const = default;
};

} // namespace kehu
