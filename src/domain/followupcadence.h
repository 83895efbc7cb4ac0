#pragma once

#include "abcclass.h"

#include <array>
#include <optional>

namespace kehu {

// How often a customer of each ABC class is followed up (DOMAIN §8): every 30 days for A
// (monthly), 90 for B (quarterly), 365 for C (yearly) until a sales manager changes it.
struct FollowUpCadence
{
    static constexpr int MinDays = 1;
    static constexpr int MaxDays = 3650;

    std::array<int, 3> days { 30, 90, 365 }; // A, B, C

    int daysFor(AbcClass abcClass) const { return days[size_t(abcIndex(abcClass))]; }
    // nullopt unless every class has MinDays–MaxDays.
    static std::optional<FollowUpCadence> fromDays(int a, int b, int c);

    bool operator==(const FollowUpCadence &) const = default;
};

} // namespace kehu
