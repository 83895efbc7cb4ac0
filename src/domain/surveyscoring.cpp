#include "surveyscoring.h"

namespace kehu {

std::optional<double> surveyComposite(const SurveyTemplate &surveyTemplate, const SurveyAnswers &answers)
{
    double weighted = 0;
    int weights = 0;
    for (const SurveyItem &item : surveyTemplate.items) {
        if (item.role != SurveyItemRole::Weighted || item.weight <= 0)
            continue;
        const auto score = answers.scores.find(item.key);
        if (score == answers.scores.end())
            continue;
        weighted += item.weight * item.rescaled(score->second);
        weights += item.weight;
    }
    if (weights == 0)
        return std::nullopt;
    return weighted / weights;
}

std::optional<double> surveyLoyalty(const SurveyTemplate &surveyTemplate, const SurveyAnswers &answers)
{
    double sum = 0;
    int count = 0;
    for (const SurveyItem &item : surveyTemplate.items) {
        if (item.role != SurveyItemRole::Repurchase && item.role != SurveyItemRole::Recommend)
            continue;
        const auto score = answers.scores.find(item.key);
        if (score == answers.scores.end())
            continue;
        sum += item.rescaled(score->second);
        ++count;
    }
    if (count == 0)
        return std::nullopt;
    return sum / count;
}

std::optional<double> surveyNps(const SurveyTemplate &surveyTemplate, std::span<const SurveyAnswers *const> answers)
{
    const SurveyItem *recommend = nullptr;
    for (const SurveyItem &item : surveyTemplate.items) {
        if (item.role == SurveyItemRole::Recommend)
            recommend = &item;
    }
    if (!recommend || recommend->scaleMin != 0 || recommend->scaleMax != 10)
        return std::nullopt;
    int answered = 0;
    int promoters = 0;
    int detractors = 0;
    for (const SurveyAnswers *response : answers) {
        const auto score = response->scores.find(recommend->key);
        if (score == response->scores.end())
            continue;
        ++answered;
        if (score->second >= 9)
            ++promoters;
        else if (score->second <= 6)
            ++detractors;
    }
    if (answered == 0)
        return std::nullopt;
    return 100.0 * (promoters - detractors) / answered;
}

} // namespace kehu
