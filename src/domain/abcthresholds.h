#pragma once

#include <QString>
#include <QStringView>

#include <optional>

namespace kehu {

// The A and B limits of the ABC rule (DOMAIN §3), held in hundredths of a percent so that
// "50" and "80.5" compare exactly against integer sums. Always valid: 0 < A < B ≤ 100 %;
// anything else is refused by fromHundredths() rather than stored.
class AbcThresholds
{
public:
    static constexpr int Whole = 10000; // 100 % in hundredths of a percent

    constexpr AbcThresholds() = default; // DOMAIN defaults: 50 % and 80 %

    // nullopt unless 0 < a < b ≤ 10000.
    static std::optional<AbcThresholds> fromHundredths(int a, int b);
    // "50", "80.5", "95%" → hundredths of a percent; nullopt for anything else (more than two
    // decimals, signs, text, above 100).
    static std::optional<int> parsePercent(QStringView text);
    // 5000 → "50", 8050 → "80.5", 8025 → "80.25": the shortest exact form, also valid JSON.
    static QString formatPercent(int hundredths);
    // The rule as a sentence for error messages, translated.
    static QString ruleText();

    constexpr int aHundredths() const { return m_a; }
    constexpr int bHundredths() const { return m_b; }

    constexpr bool operator==(const AbcThresholds &) const = default;

private:
    constexpr AbcThresholds(int a, int b)
        : m_a(a)
        , m_b(b)
    {
    }

    int m_a = 5000;
    int m_b = 8000;
};

} // namespace kehu
