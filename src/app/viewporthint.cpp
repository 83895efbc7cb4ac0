#include "viewporthint.h"

#include <QAbstractScrollArea>
#include <QEvent>

namespace kehu {

ViewportHint::ViewportHint(QAbstractScrollArea *view)
    : QLabel(view->viewport())
{
    setObjectName(QStringLiteral("viewportHint"));
    setAlignment(Qt::AlignCenter);
    setWordWrap(true);
    setForegroundRole(QPalette::PlaceholderText);
    // Clicks go to the table underneath, so the hint never gets in the way.
    setAttribute(Qt::WA_TransparentForMouseEvents);
    hide();
    view->viewport()->installEventFilter(this);
}

void ViewportHint::setHint(const QString &text)
{
    setText(text);
    setVisible(!text.isEmpty());
    if (!text.isEmpty())
        place();
}

bool ViewportHint::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parent() && event->type() == QEvent::Resize)
        place();
    return QLabel::eventFilter(watched, event);
}

void ViewportHint::place()
{
    const QRect area = parentWidget()->rect();
    const int width = qMin(area.width() - 40, 560);
    const int height = heightForWidth(width) > 0 ? heightForWidth(width) : sizeHint().height();
    setGeometry(area.center().x() - width / 2, area.height() / 3 - height / 2, width, height);
}

} // namespace kehu
