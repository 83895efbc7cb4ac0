#pragma once

#include <QByteArray>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <ostream>

QT_BEGIN_NAMESPACE
// So failed comparisons print readable text instead of bytes.
inline void PrintTo(const QString &text, std::ostream *os) { *os << '"' << text.toStdString() << '"'; }
QT_END_NAMESPACE

namespace kehu::test {

// A fresh folder for one test's files, removed afterwards.
class TempFolderTest : public ::testing::Test
{
protected:
    QString path(const QString &name) const { return m_dir.filePath(name); }
    QString folder() const { return m_dir.path(); }

private:
    QTemporaryDir m_dir;
};

QByteArray fileBytes(const QString &path);
void writeFile(const QString &path, const QByteArray &bytes);

} // namespace kehu::test
