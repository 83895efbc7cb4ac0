#include "importwizard.h"

#include "importcheckpage.h"
#include "importformatpage.h"
#include "importrunpage.h"
#include "importsourcepage.h"

namespace kehu {

ImportWizard::ImportWizard(const Database &db, QWidget *parent)
    : QWizard(parent)
    , m_db(db)
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setPage(SourcePage, new ImportSourcePage(this));
    setPage(FormatPage, new ImportFormatPage(this));
    setPage(CheckPage, new ImportCheckPage(this));
    setPage(RunPage, new ImportRunPage(this));
    resize(900, 640);
}

void ImportWizard::start(const QString &file, ImportKind kind, PageId page)
{
    static_cast<ImportSourcePage *>(this->page(SourcePage))->preset(file, kind);
    while (currentId() < page && currentPage()->isComplete())
        next();
}

ImportOptions ImportWizard::options(bool dryRun) const
{
    ImportOptions options;
    options.kind = kind;
    options.mode = mode;
    options.encoding = encoding;
    options.delimiter = delimiter;
    options.mapping = mapping;
    options.dryRun = dryRun;
    return options;
}

} // namespace kehu
