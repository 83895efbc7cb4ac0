#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace kehu {
namespace {

const QString Key = QStringLiteral("recentFiles");

} // namespace

QStringList RecentFiles::list()
{
    return QSettings().value(Key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = list();
    files.removeAll(absolute);
    files.prepend(absolute);
    while (files.size() > MaxCount)
        files.removeLast();
    QSettings().setValue(Key, files);
}

void RecentFiles::remove(const QString &path)
{
    QStringList files = list();
    files.removeAll(path);
    QSettings().setValue(Key, files);
}

} // namespace kehu
