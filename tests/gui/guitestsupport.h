#pragma once

#include "testsupport.h"

#include "app/mainwindow.h"

#include <QString>
#include <QTimer>

#include <functional>
#include <memory>

class QLineEdit;


namespace kehu::test {

// A dialog with this property set to true is one the test drives; the fixture leaves it open.
inline constexpr char ExpectedDialogProperty[] = "kehuTestExpectsDialog";

// Spins the event loop until `done` holds or `timeoutMs` passes; returns whether it held.
bool waitUntil(const std::function<bool()> &done, int timeoutMs = 10000);

// Types `text` into `widget` one character at a time: ASCII as key clicks, anything else
// (Chinese, full-width forms) as an input method commit, the way an IME delivers it.
void typeText(QWidget *widget, const QString &text);

// Five customers written by hand, so every expectation below can be checked by reading them:
//   H001 苏州华美洗涤有限公司     East  Laundry  0512-6666 1234  contact 张伟 13800138000
//   H002 北京长城大酒店           North Hotel    010-8888 0001   contact 李娜 13911112222
//   H003 Shanghai Pacific Hospital East Hospital 021-5555 0100   no contacts
//   H004 广州白云职业学院         South School   020-3333 4444   contact 王芳 13533334444
//   H005 华美酒店管理有限公司     South Hotel    0755-1234 5678  no contacts
void writeHandMadeCustomers(const QString &path);

// A fixture with the main window open on a file, the full list loaded.
class MainWindowTest : public TempFolderTest
{
protected:
    void SetUp() override; // starts from empty settings: no remembered layout or sort
    void openWindow(const QString &databasePath);
    void closeWindow();
    QLineEdit *filterEdit() const;
    void typeFilter(const QString &text); // clears the box, then types text key by key
    int visibleRows() const;
    QStringList visibleCodes() const;

    void TearDown() override;

    std::unique_ptr<MainWindow> m_window;

private:
    std::unique_ptr<QTimer> m_dialogGuard;
};

} // namespace kehu::test
