#pragma once

#include <QObject>

class QAction;
class QActionGroup;
class QMenu;
class QWidget;

namespace kehu {

// Every command of the main window as a QAction with its text, shortcut and icon, shared by
// the menus and the toolbar. The window connects them; this class only creates them.
class MainActions : public QObject
{
    Q_OBJECT

public:
    explicit MainActions(QWidget *window);

    QAction *newFile = nullptr;
    QAction *openFile = nullptr;
    QAction *importFile = nullptr;
    QAction *exportFile = nullptr;
    QAction *quit = nullptr;

    QAction *newCustomer = nullptr;
    QAction *find = nullptr;
    QAction *openCustomer = nullptr;
    QAction *save = nullptr;
    QAction *closeTab = nullptr;
    QAction *markVerified = nullptr;
    QAction *markReviewed = nullptr;
    QAction *archive = nullptr;
    QAction *restore = nullptr;
    QAction *remove = nullptr;

    QAction *showArchived = nullptr;
    QAction *segmentation = nullptr;
    QAction *complaints = nullptr;
    QAction *surveys = nullptr;

    QActionGroup *language = nullptr;
    QAction *languageSystem = nullptr;
    QAction *languageChinese = nullptr;
    QAction *languageEnglish = nullptr;
    QAction *reviewPeriod = nullptr;
    QAction *lists = nullptr;
    QAction *currentUser = nullptr;

    QAction *about = nullptr;

    QAction *scorecard = nullptr;
    QAction *followUpCadence = nullptr;
    QAction *followUps = nullptr;

private:
    QAction *make(const QString &objectName, const QString &text);
};

} // namespace kehu
