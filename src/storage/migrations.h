#pragma once

#include <QSqlDatabase>
#include <QString>

namespace kehu {

// The schema's history. Migration N takes a file from user_version N-1 to N; each runs in
// its own BEGIN IMMEDIATE transaction, so a file is always at exactly one version.
class Migrations
{
public:
    static int latestVersion();
    // Runs the migrations after `fromVersion` up to `toVersion` in order.
    static void run(const QSqlDatabase &db, int fromVersion, int toVersion);
};

} // namespace kehu
