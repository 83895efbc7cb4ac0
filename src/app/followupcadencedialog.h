#pragma once

#include "domain/followupcadence.h"

#include <QDialog>

class QSpinBox;

namespace kehu {

// Settings ▸ Follow-up Cadence…: how many days between follow-ups of A, B and C customers.
class FollowUpCadenceDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FollowUpCadenceDialog(const FollowUpCadence &cadence, QWidget *parent = nullptr);

    FollowUpCadence cadence() const;

private:
    QSpinBox *m_days[3] = {};
};

} // namespace kehu
