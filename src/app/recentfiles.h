#pragma once

#include <QStringList>

namespace kehu {

// The last eight database files opened, newest first, kept in QSettings ("recentFiles").
class RecentFiles
{
public:
    static constexpr int MaxCount = 8;

    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
};

} // namespace kehu
