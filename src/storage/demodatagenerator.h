#pragma once

#include <QDate>

#include <functional>

namespace kehu {

class Database;

// Fills an empty database with realistic customer files for trying Kehu out and for
// benchmarks: Chinese company and contact names, heavy-tailed sales (a few customers buy
// most), loss-making orders, late and partial payments, service costs. The same seed gives
// the same data (dates are relative to `today`).
class DemoDataGenerator
{
public:
    struct Options
    {
        int customers = 500;
        int orders = 5000;
        quint64 seed = 1;
        QDate today;                       // null: the current date
        std::function<void(int)> progress; // 0–100
    };

    struct Result
    {
        int customers = 0;
        int contacts = 0;
        int orders = 0;
        int payments = 0;
        int serviceCosts = 0;
        int followUps = 0;
    };

    // One transaction: Refused when the database already holds customers.
    static Result generate(const Database &db, const Options &options);
};

} // namespace kehu
