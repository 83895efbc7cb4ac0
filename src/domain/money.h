#pragma once

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <optional>

namespace kehu {

// An amount of renminbi held as integer fen, so sums are exact.
// Text forms: "1234.56" for files and scripts, QLocale for screens.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromFen(qint64 fen) { return Money(fen); }

    constexpr qint64 fen() const { return m_fen; }
    double yuan() const { return double(m_fen) / 100.0; }

    // "1234.56", "-0.50": two decimals, no grouping; what CSV and JSON carry.
    QString toPlainString() const;

    // Accepts "1234", "1234.5", "1,234.56", "¥1,234.56", "￥ 12", "-3.10".
    // Rejects more than two decimals, stray characters and overflow.
    static std::optional<Money> parse(QStringView text);

    constexpr Money operator+(Money o) const { return Money(m_fen + o.m_fen); }
    constexpr Money operator-(Money o) const { return Money(m_fen - o.m_fen); }
    constexpr Money &operator+=(Money o) { m_fen += o.m_fen; return *this; }
    constexpr Money &operator-=(Money o) { m_fen -= o.m_fen; return *this; }
    constexpr auto operator<=>(const Money &) const = default;

private:
    constexpr explicit Money(qint64 fen) : m_fen(fen) {}
    qint64 m_fen = 0;
};

} // namespace kehu
