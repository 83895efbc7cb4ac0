#pragma once

#include "surveytemplate.h"

#include <optional>
#include <span>

namespace kehu {

// The scores of DOMAIN §7 for one response. Items not answered drop out: the composite is the
// weighted mean over the answered weighted items of (score − scale minimum) / range × 100, the
// remaining weights renormalised; nullopt when no weighted item was answered.
std::optional<double> surveyComposite(const SurveyTemplate &surveyTemplate, const SurveyAnswers &answers);

// The mean of the answered repurchase and recommend items, each rescaled to 0–100; nullopt
// when neither was answered.
std::optional<double> surveyLoyalty(const SurveyTemplate &surveyTemplate, const SurveyAnswers &answers);

// Net promoter score of a group: % of recommend answers 9–10 minus % of 0–6, over the
// responses that answered the recommend item; nullopt when none did or the template's
// recommend item is not on the 0–10 scale.
std::optional<double> surveyNps(const SurveyTemplate &surveyTemplate, std::span<const SurveyAnswers *const> answers);

} // namespace kehu
