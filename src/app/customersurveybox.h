#pragma once

#include <QGroupBox>

class QLabel;

namespace kehu {

class Database;

// The customer page's read-only "Satisfaction" box: the composite and loyalty of the
// customer's latest answered survey and which campaign they come from (DOMAIN §7).
class CustomerSurveyBox : public QGroupBox
{
    Q_OBJECT

public:
    CustomerSurveyBox(const Database &db, qint64 customerId, QWidget *parent = nullptr);

    QString compositeText() const;
    QString loyaltyText() const;

private:
    QLabel *m_composite = nullptr;
    QLabel *m_loyalty = nullptr;
    QLabel *m_source = nullptr;
};

} // namespace kehu
