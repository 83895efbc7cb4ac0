#pragma once

#include <QString>

#include <array>
#include <optional>

namespace kehu {

// The three classes of the Pareto / ABC rule (DOMAIN §3) and the measure customers are ranked by.
enum class AbcClass { A, B, C };
enum class AbcMeasure { Profit, Sales };

constexpr std::array<AbcClass, 3> AllAbcClasses { AbcClass::A, AbcClass::B, AbcClass::C };
// Position of a class in per-class arrays: A 0, B 1, C 2.
constexpr int abcIndex(AbcClass c)
{
    return int(c);
}

QString toKey(AbcClass); // "A", "B", "C"
QString toKey(AbcMeasure); // "profit", "sales"
std::optional<AbcClass> abcClassFromKey(const QString &key);
std::optional<AbcMeasure> abcMeasureFromKey(const QString &key);

// "A (key accounts)" / "A（大客户）": the class with its DOMAIN name, translated.
QString displayName(AbcClass);
QString displayName(AbcMeasure);

// DOMAIN §3's service strategy for a class, translated; what a database starts with until a
// sales manager edits it (DatabaseSettings keeps the edited text).
QString defaultAbcStrategy(AbcClass);

} // namespace kehu
