#include "mainactions.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QStyle>
#include <QWidget>

namespace kehu {

MainActions::MainActions(QWidget *window)
    : QObject(window)
{
    QStyle *style = window->style();
    newFile = make(QStringLiteral("newFileAction"), tr("&New database…"));
    openFile = make(QStringLiteral("openFileAction"), tr("&Open database…"));
    openFile->setShortcut(QKeySequence::Open);
    openFile->setIcon(style->standardIcon(QStyle::SP_DialogOpenButton));
    importFile = make(QStringLiteral("importAction"), tr("&Import…"));
    importFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    exportFile = make(QStringLiteral("exportAction"), tr("&Export…"));
    exportFile->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    quit = make(QStringLiteral("quitAction"), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);

    newCustomer = make(QStringLiteral("newCustomerAction"), tr("&New customer"));
    newCustomer->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_N));
    newCustomer->setIcon(style->standardIcon(QStyle::SP_FileIcon));
    find = make(QStringLiteral("findAction"), tr("&Find"));
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    find->setIcon(style->standardIcon(QStyle::SP_FileDialogContentsView));
    openCustomer = make(QStringLiteral("openCustomerAction"), tr("&Open"));
    openCustomer->setShortcuts({QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    // Enter opens only from the list; on a page it belongs to the form.
    openCustomer->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    openCustomer->setIcon(style->standardIcon(QStyle::SP_DirOpenIcon));
    save = make(QStringLiteral("saveAction"), tr("&Save"));
    save->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_S));
    save->setIcon(style->standardIcon(QStyle::SP_DialogSaveButton));
    closeTab = make(QStringLiteral("closeTabAction"), tr("&Close tab"));
    closeTab->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_W));
    markVerified = make(QStringLiteral("markVerifiedAction"), tr("Mark &verified"));
    markVerified->setIcon(style->standardIcon(QStyle::SP_DialogApplyButton));
    markReviewed = make(QStringLiteral("markReviewedAction"), tr("Mark &reviewed today"));
    archive = make(QStringLiteral("archiveAction"), tr("&Archive"));
    restore = make(QStringLiteral("restoreAction"), tr("R&estore"));
    remove = make(QStringLiteral("deleteAction"), tr("&Delete…"));
    remove->setIcon(style->standardIcon(QStyle::SP_TrashIcon));

    showArchived = make(QStringLiteral("showArchivedAction"), tr("Show &archived"));
    showArchived->setCheckable(true);
    segmentation = make(QStringLiteral("segmentationAction"), tr("&Segmentation"));
    segmentation->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    segmentation->setIcon(style->standardIcon(QStyle::SP_FileDialogDetailedView));
    complaints = make(QStringLiteral("complaintsAction"), tr("C&omplaints"));
    complaints->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_3), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_K)});
    complaints->setIcon(style->standardIcon(QStyle::SP_MessageBoxWarning));
    surveys = make(QStringLiteral("surveysAction"), tr("Sat&isfaction surveys"));
    surveys->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    surveys->setIcon(style->standardIcon(QStyle::SP_FileDialogContentsView));

    language = new QActionGroup(this);
    languageSystem = make(QStringLiteral("languageSystemAction"), tr("&System"));
    languageChinese = make(QStringLiteral("languageChineseAction"), QStringLiteral("中文"));
    languageEnglish = make(QStringLiteral("languageEnglishAction"), QStringLiteral("English"));
    for (QAction *action : {languageSystem, languageChinese, languageEnglish}) {
        action->setCheckable(true);
        language->addAction(action);
    }
    reviewPeriod = make(QStringLiteral("reviewPeriodAction"), tr("&Review period…"));
    lists = make(QStringLiteral("listsAction"), tr("&Lists…"));
    currentUser = make(QStringLiteral("currentUserAction"), tr("My &Name…"));
    about = make(QStringLiteral("aboutAction"), tr("&About Kehu"));

    scorecard = make(QStringLiteral("scorecardAction"), tr("S&corecard"));
    scorecard->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    scorecard->setIcon(style->standardIcon(QStyle::SP_FileDialogInfoView));
    followUpCadence = make(QStringLiteral("followUpCadenceAction"), tr("&Follow-up cadence…"));
    followUps = make(QStringLiteral("followUpsAction"), tr("&Follow-ups due"));
    followUps->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_6));
}

QAction *MainActions::make(const QString &objectName, const QString &text)
{
    auto *action = new QAction(text, this);
    action->setObjectName(objectName);
    return action;
}

} // namespace kehu
