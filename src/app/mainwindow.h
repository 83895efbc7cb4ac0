#pragma once

#include "customerpage.h"
#include "duplicateprompt.h"

#include "domain/referencelists.h"
#include "storage/exporter.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>

class QLabel;
class QMenu;
class QTabWidget;
class QTableView;

namespace kehu {

class CustomerListLoader;
class CustomerListModel;
class DueFollowUpsPanel;
class FollowUpsView;
class ScorecardView;
class Database;
class FilterBar;
class ViewportHint;
class MainActions;
class SegmentationView;
class ComplaintsView;
class SurveysView;

// The main window: menus and toolbar, the customer list as the first tab and one closable tab
// per open customer. It owns the GUI thread's Database; the full list is read by a
// CustomerListLoader on a connection of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens the file and shows its first customers at once, the rest when loaded.
    // On failure shows why and returns false; the window keeps the file it had.
    bool openDatabase(const QString &path);
    // At start: on failure offers Open… / New… / Quit until a file opens or the user quits.
    bool openDatabaseOrAsk(const QString &path);

    void openCustomer(qint64 id);
    bool openCustomerByCode(const QString &code);
    void newCustomer();
    // Opens the Segmentation tab, or shows it when it is open.
    void openSegmentation();
    SegmentationView *segmentationView() const;
    // Opens the Complaints tab, or shows it when it is open.
    ComplaintsView *openComplaints();
    ComplaintsView *complaintsView() const;
    // Opens the Surveys tab, or shows it when it is open.
    void openSurveys();
    SurveysView *surveysView() const;
    // Opens the Scorecard tab, or shows it when it is open.
    void openScorecard();
    ScorecardView *scorecardView() const;
    // Opens the Follow-ups tab (every manager's customers due), or shows it when it is open.
    void openFollowUps();
    FollowUpsView *followUpsView() const;
    // The start page's follow-ups due for the person at the desk, read again off the GUI thread.
    void reloadDueFollowUps();
    DueFollowUpsPanel *dueFollowUpsPanel() const { return m_dueFollowUps; }
    // File ▸ Import…: runs the import wizard on the open file; reloads the list after an import.
    void importFile();
    // File ▸ Export…: asks what and where, then exportList().
    void exportFile();
    // Writes the file off the GUI thread with a progress dialog; `onlyListed` limits it to the
    // customers the list shows. Emits exported() or exportFailed().
    void exportList(const QString &path, ExportOptions options, bool onlyListed);
    FilterBar *filterBar() const { return m_filterBar; }
    bool saveCurrentPage();

    CustomerListModel *listModel() const { return m_model; }
    QTableView *listView() const { return m_table; }
    CustomerPage *currentPage() const;
    CustomerPage *pageOf(qint64 id) const;
    bool isListComplete() const { return m_listComplete; }
    const Database *database() const { return m_db.get(); }

    // Tests answer the duplicate warning without a modal dialog.
    void setDuplicateConfirmation(DuplicateConfirmation confirm) { m_confirmDuplicates = std::move(confirm); }

Q_SIGNALS:
    void listLoaded(); // the full list is in the model
    void exported(qint64 rows);
    void exportFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QString tryOpenDatabase(const QString &path); // the error message, empty on success
    void createMenus();
    void connectActions();
    QWidget *createListTab();
    void restoreSettings();
    void saveSettings();
    void loadReferenceData();
    void showFirstPage();
    void reloadList();
    void onListLoaded();
    void updateCount(int visible, int total);
    void updateListHint(); // what an empty list means: no customers yet, or none matching
    void updateActions();
    void updateTitle();
    void rebuildRecentMenu();
    void addPage(CustomerPage *page);
    bool closeTab(int index);
    bool closeAllPages();
    qint64 selectedCustomerId() const;
    CustomerPageContext pageContext() const;
    void applyToCustomer(const QString &what, void (CustomerPage::*pageAction)(),
                         const std::function<void(qint64)> &listAction);
    void newDatabase();
    void openDatabaseDialog();
    void chooseReviewPeriod();
    void editLists();
    void chooseLanguage(const QString &language);
    void showAbout();
    void afterImport();

    std::unique_ptr<Database> m_db;
    ReferenceLists m_lists;
    int m_staleMonths = 12;
    bool m_listComplete = false;

    MainActions *m_actions = nullptr;
    QMenu *m_recentMenu = nullptr;
    QTabWidget *m_tabs = nullptr;
    FilterBar *m_filterBar = nullptr;
    QTableView *m_table = nullptr;
    CustomerListModel *m_model = nullptr;
    CustomerListLoader *m_loader = nullptr;
    QLabel *m_countLabel = nullptr;
    ViewportHint *m_listHint = nullptr;
    QLabel *m_loadingLabel = nullptr;
    DuplicateConfirmation m_confirmDuplicates;
    DueFollowUpsPanel *m_dueFollowUps = nullptr;
};

} // namespace kehu
