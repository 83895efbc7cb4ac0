// File ▸ Import…: the wizard on a small Chinese Excel file (GB18030, three customers) shows
// the detected encoding and the first rows, checks the file, imports it, and the list reloads;
// a file with an error lists it as FILE:LINE: column: message and writes nothing.

#include "guitestsupport.h"

#include "app/importwizard.h"
#include "storage/customerrepository.h"
#include "storage/database.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>

namespace kehu::test {
namespace {

const QString DataDir = QStringLiteral(KEHU_TEST_DATA_DIR "/import/");

class ImportWizardTest : public MainWindowTest
{
protected:
    void SetUp() override
    {
        MainWindowTest::SetUp();
        writeHandMadeCustomers(path(QStringLiteral("hand.sqlite")));
        openWindow(path(QStringLiteral("hand.sqlite")));
    }

    ImportWizard *openWizard(const QString &file)
    {
        m_window->importFile();
        auto *wizard = m_window->findChild<ImportWizard *>();
        wizard->setProperty(ExpectedDialogProperty, true);
        wizard->findChild<QLineEdit *>(QStringLiteral("importFile"))->setText(file);
        wizard->next();
        return wizard;
    }

    static bool waitForPage(ImportWizard *wizard)
    {
        return waitUntil([wizard] { return wizard->currentPage()->isComplete(); });
    }
};

TEST_F(ImportWizardTest, ImportsAChineseExcelFileAndReloadsTheList)
{
    ImportWizard *wizard = openWizard(DataDir + QStringLiteral("customers-excel-zh.gb18030.csv"));
    ASSERT_EQ(wizard->currentId(), ImportWizard::FormatPage);
    EXPECT_EQ(wizard->findChild<QComboBox *>(QStringLiteral("importEncoding"))->currentText(), QStringLiteral("GB18030"));
    EXPECT_EQ(wizard->findChild<QComboBox *>(QStringLiteral("importDelimiter"))->currentData().toInt(), int(','));
    auto *preview = wizard->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    ASSERT_EQ(preview->rowCount(), 3);
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("C100"));
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("苏州华美洗涤有限公司"));

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);
    ASSERT_TRUE(waitForPage(wizard));
    const QString verdict = wizard->findChild<QLabel *>(QStringLiteral("importCheckVerdict"))->text();
    EXPECT_TRUE(verdict.contains(QStringLiteral("3 to add"))) << verdict.toStdString();
    EXPECT_EQ(CustomerRepository(*m_window->database()).idOfCode(QStringLiteral("C100")), std::nullopt); // a check writes nothing

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::RunPage);
    ASSERT_TRUE(waitForPage(wizard));
    const QString summary = wizard->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("3 added, 0 updated"))) << summary.toStdString();
    wizard->accept();

    ASSERT_TRUE(waitUntil([this] { return m_window->isListComplete() && visibleRows() == 8; }));
    EXPECT_EQ(visibleCodes(), QStringList({"C100", "C101", "C102", "H001", "H002", "H003", "H004", "H005"}));
}

TEST_F(ImportWizardTest, ListsEveryErrorAndWritesNothing)
{
    const QString file = path(QStringLiteral("bad.csv"));
    writeFile(file, "code,name,region,industry,customer_since\n"
                    "C300,Good Company,East,Hotel,2020\n"
                    "C301,,East,Hotel,2020\n"
                    "C302,Bad Region Ltd,Atlantis,Hotel,2020\n");
    ImportWizard *wizard = openWizard(file);
    ASSERT_EQ(wizard->currentId(), ImportWizard::FormatPage);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);
    ASSERT_TRUE(waitUntil([wizard] {
        return !wizard->findChild<QPlainTextEdit *>(QStringLiteral("importErrors"))->toPlainText().isEmpty();
    })) << wizard->findChild<QLabel *>(QStringLiteral("importCheckVerdict"))->text().toStdString();
    const QStringList errors = wizard->findChild<QPlainTextEdit *>(QStringLiteral("importErrors"))->toPlainText().split('\n');
    ASSERT_EQ(errors.size(), 2) << errors.join('\n').toStdString();
    EXPECT_TRUE(errors[0].startsWith(QStringLiteral("bad.csv:3: name: "))) << errors[0].toStdString();
    EXPECT_TRUE(errors[1].startsWith(QStringLiteral("bad.csv:4: region: "))) << errors[1].toStdString();
    EXPECT_FALSE(wizard->currentPage()->isComplete());
    wizard->reject();
    EXPECT_EQ(CustomerRepository(*m_window->database()).idOfCode(QStringLiteral("C300")), std::nullopt);
}

TEST_F(ImportWizardTest, ADelimiterChosenByHandReadsTheFileAgain)
{
    const QString file = path(QStringLiteral("semicolons.csv"));
    writeFile(file, "code;name;region;industry;customer_since\n"
                    "C400;Acme, Inc.;East;Hotel;2020\n"
                    "C401;Bolt;North;Hotel;2021\n");
    ImportWizard *wizard = openWizard(file);
    ASSERT_EQ(wizard->currentId(), ImportWizard::FormatPage);
    auto *delimiter = wizard->findChild<QComboBox *>(QStringLiteral("importDelimiter"));
    auto *preview = wizard->findChild<QTableWidget *>(QStringLiteral("importPreview"));
    auto *mapping = wizard->findChild<QTableWidget *>(QStringLiteral("importMapping"));
    auto *problem = wizard->findChild<QLabel *>(QStringLiteral("importFormatProblem"));
    auto fieldOfColumn = [mapping](int row) {
        return qobject_cast<QComboBox *>(mapping->cellWidget(row, 1))->currentText();
    };
    EXPECT_EQ(delimiter->currentData().toInt(), int(';'));
    EXPECT_EQ(preview->columnCount(), 5);
    EXPECT_EQ(preview->item(0, 1)->text(), QStringLiteral("Acme, Inc."));
    EXPECT_EQ(fieldOfColumn(1), QStringLiteral("name"));
    EXPECT_TRUE(wizard->currentPage()->isComplete());

    // Commas: the header is one field naming no column, the rows split at the comma.
    delimiter->setCurrentIndex(delimiter->findData(int(',')));
    EXPECT_EQ(preview->columnCount(), 1); // the header's one field
    EXPECT_EQ(preview->horizontalHeaderItem(0)->text(), QStringLiteral("code;name;region;industry;customer_since"));
    EXPECT_EQ(preview->item(0, 0)->text(), QStringLiteral("C400;Acme"));
    EXPECT_EQ(fieldOfColumn(1), QStringLiteral("— not imported —"));
    EXPECT_TRUE(problem->isVisibleTo(wizard));
    EXPECT_TRUE(problem->text().contains(QStringLiteral("names none of the columns"))) << problem->text().toStdString();
    EXPECT_FALSE(wizard->currentPage()->isComplete());

    // Back to semicolons, and the check reads the file with them.
    delimiter->setCurrentIndex(delimiter->findData(int(';')));
    EXPECT_EQ(preview->columnCount(), 5);
    EXPECT_EQ(fieldOfColumn(1), QStringLiteral("name"));
    EXPECT_FALSE(problem->isVisibleTo(wizard));
    ASSERT_TRUE(wizard->currentPage()->isComplete());
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);
    ASSERT_TRUE(waitForPage(wizard)) << wizard->findChild<QLabel *>(QStringLiteral("importCheckVerdict"))->text().toStdString();
    const QString verdict = wizard->findChild<QLabel *>(QStringLiteral("importCheckVerdict"))->text();
    EXPECT_TRUE(verdict.contains(QStringLiteral("2 to add"))) << verdict.toStdString();
    wizard->reject();
}

TEST_F(ImportWizardTest, TheImportShowsProgressAndCancelWritesNothing)
{
    // Enough rows for several progress reports (one per 4096 rows).
    QByteArray bytes = "code,name,region,industry,customer_since\n";
    for (int i = 0; i < 40000; ++i)
        bytes += "B" + QByteArray::number(100000 + i) + ",Company " + QByteArray::number(i) + ",East,Hotel,2020\n";
    const QString file = path(QStringLiteral("many.csv"));
    writeFile(file, bytes);
    ImportWizard *wizard = openWizard(file);
    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::CheckPage);
    ASSERT_TRUE(waitForPage(wizard)) << wizard->findChild<QLabel *>(QStringLiteral("importCheckVerdict"))->text().toStdString();

    wizard->next();
    ASSERT_EQ(wizard->currentId(), ImportWizard::RunPage);
    auto *cancel = wizard->findChild<QPushButton *>(QStringLiteral("cancelImport"));
    ASSERT_TRUE(cancel->isVisibleTo(wizard));
    cancel->click(); // the import stops at its next progress report
    ASSERT_TRUE(waitForPage(wizard));
    const QString summary = wizard->findChild<QLabel *>(QStringLiteral("importSummary"))->text();
    EXPECT_TRUE(summary.contains(QStringLiteral("cancelled"))) << summary.toStdString();
    EXPECT_GT(wizard->currentPage()->findChild<QProgressBar *>()->value(), 0);
    EXPECT_FALSE(wizard->imported());
    wizard->accept();
    EXPECT_EQ(CustomerRepository(*m_window->database()).idOfCode(QStringLiteral("B100000")), std::nullopt);
}

} // namespace
} // namespace kehu::test
