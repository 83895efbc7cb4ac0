#pragma once

#include "testsupport.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QStringList>

namespace kehu::test {

// What one run of kehu-cli left behind.
struct CliRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

// Runs the real kehu-cli binary with HOME pointing into the test's temporary folder, so no
// run can touch the default database of the person running the tests.
class CliTest : public TempFolderTest
{
protected:
    CliRun run(const QStringList &arguments) const;
    // `customers list --format json` (plus `extra`) parsed; fails the test on anything else.
    QJsonDocument listJson(const QString &db, const QStringList &extra = {}) const;
    // The codes of a JSON customer list, in order.
    static QStringList codesOf(const QJsonDocument &list);

    // Four customers with hand-checked data, see the .cpp; returns the database path.
    QString seedKnownCustomers() const;
    static int countRows(const QString &db, const QString &table);
};

} // namespace kehu::test
