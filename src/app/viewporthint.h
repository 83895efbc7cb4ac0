#pragma once

#include <QLabel>

class QAbstractScrollArea;

namespace kehu {

// A line of grey text centred on a table's empty viewport: what the empty table means and what
// to do next ("No customers yet…", "No customer matches the filter."). Empty text hides it.
class ViewportHint : public QLabel
{
    Q_OBJECT

public:
    explicit ViewportHint(QAbstractScrollArea *view);

    void setHint(const QString &text);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void place();
};

} // namespace kehu
