#include "duplicateprompt.h"

#include <QMessageBox>
#include <QPushButton>

namespace kehu {
QString DuplicatePrompt::describe(const std::vector<DuplicateCandidate> &candidates)
{
    QStringList lines;
    for (const DuplicateCandidate &c : candidates) {
        QStringList why;
        if (c.sameName)
            why << tr("same name");
        if (c.samePhone)
            why << tr("same phone");
        lines << QStringLiteral("%1  %2  (%3)").arg(c.code, c.name, why.join(QStringLiteral(", ")));
    }
    return lines.join(u'\n');
}

bool DuplicatePrompt::ask(QWidget *parent, const std::vector<DuplicateCandidate> &candidates)
{
    QMessageBox box(QMessageBox::Warning, tr("Possible duplicate"),
                    tr("These customers look like the same company:"), QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("duplicateWarning"));
    box.setInformativeText(describe(candidates) + QStringLiteral("\n\n")
                           + tr("Save the new customer anyway?"));
    QPushButton *save = box.addButton(tr("Save anyway"), QMessageBox::AcceptRole);
    box.addButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == save;
}

} // namespace kehu
