#pragma once

#include <QList>
#include <QString>

namespace fieldday {

enum class ParticipantStatus
{
    Booked,
    Waitlisted,
    Cancelled,
    Attended,
    NoShow
};

QString participantStatusToString(ParticipantStatus status);
bool participantStatusFromString(const QString &text, ParticipantStatus *status);
QList<ParticipantStatus> allParticipantStatuses();

} // namespace fieldday
