#include "followup.h"

#include <QCoreApplication>

namespace kehu {
namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kehu::FollowUp)
};

} // namespace

QString toKey(FollowUpChannel channel)
{
    switch (channel) {
    case FollowUpChannel::Visit:
        return QStringLiteral("visit");
    case FollowUpChannel::Phone:
        return QStringLiteral("phone");
    case FollowUpChannel::Online:
        break;
    }
    return QStringLiteral("online");
}

std::optional<FollowUpChannel> followUpChannelFromKey(const QString &key)
{
    for (FollowUpChannel channel : AllFollowUpChannels)
        if (key.trimmed().compare(toKey(channel), Qt::CaseInsensitive) == 0)
            return channel;
    return std::nullopt;
}

QString displayName(FollowUpChannel channel)
{
    switch (channel) {
    case FollowUpChannel::Visit:
        return Text::tr("Visit");
    case FollowUpChannel::Phone:
        return Text::tr("Phone");
    case FollowUpChannel::Online:
        break;
    }
    return Text::tr("Online");
}

std::vector<FieldError> validateFollowUp(const FollowUp &followUp)
{
    std::vector<FieldError> errors;
    if (!followUp.date.isValid())
        errors.push_back({QStringLiteral("date"), Text::tr("Give the date of the follow-up.")});
    if (followUp.staff.trimmed().isEmpty())
        errors.push_back({QStringLiteral("staff"), Text::tr("Give who followed up.")});
    if (followUp.content.trimmed().isEmpty())
        errors.push_back({QStringLiteral("content"), Text::tr("Say what was discussed.")});
    if (followUp.nextDate.isValid() && followUp.date.isValid() && followUp.nextDate < followUp.date)
        errors.push_back({QStringLiteral("next_date"),
                          Text::tr("The next follow-up (%1) cannot be before this one (%2).")
                                  .arg(followUp.nextDate.toString(Qt::ISODate), followUp.date.toString(Qt::ISODate))});
    return errors;
}

} // namespace kehu
