#pragma once

#include "domain/complaint.h"
#include "domain/complainttargets.h"
#include "domain/referencelists.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <memory>
#include <vector>

namespace kehu {

// What the Complaints view shows, read together.
struct ComplaintData
{
    std::shared_ptr<const std::vector<Complaint>> complaints = std::make_shared<const std::vector<Complaint>>();
    ComplaintRules rules;
    QStringList emergencyTeam;
    std::vector<ListItem> departments;
    QString error; // empty on success
};

// Reads every complaint with its history off the GUI thread, on a Database of its own. A newer
// request supersedes an older one.
class ComplaintLoader : public QObject
{
    Q_OBJECT

public:
    explicit ComplaintLoader(QObject *parent = nullptr);
    ~ComplaintLoader() override;

    void load(const QString &databasePath);
    bool isBusy() const { return m_running > 0; }
    void waitForFinished();
    const ComplaintData &data() const { return m_data; }

    // Runs in the calling thread.
    static ComplaintData read(const QString &databasePath);

Q_SIGNALS:
    void finished();
    void failed(const QString &message);

private:
    int m_generation = 0;
    int m_running = 0;
    QList<QFutureWatcher<ComplaintData> *> m_watchers;
    ComplaintData m_data;
};

} // namespace kehu
