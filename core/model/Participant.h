#pragma once

#include "ParticipantStatus.h"

#include <QDateTime>
#include <QList>

namespace fieldday {

struct Participant
{
    qint64 id = 0;
    QString givenName;
    QString familyName;
    QString email;
    QString phone;
    QString organisation;
    QString role;
    QString sector;        // one of the event's sectors, or empty
    QList<qint64> choices; // destination ids, best first
    QString accessNeeds;   // special-category data
    bool needsStepFree = false;
    QString dietaryNeeds; // special-category data
    QString emergencyContact;
    bool consentShareContact = false; // share contact details with the host organisation
    bool consentPhotos = false;       // Photovoice
    ParticipantStatus status = ParticipantStatus::Booked;
    QString bookingRef;
    QString bookingSource;
    QDateTime bookedAt;
    QDateTime checkedInAt;
    QString notes;

    QString displayName() const { return givenName + u' ' + familyName; }
    // Deliberately loose: one @, something either side, a dot in the domain, no spaces.
    static bool isValidEmail(const QString &email);
    bool operator==(const Participant &other) const = default;
};

// A participant's place in a group; pinned ones are manual decisions the allocation keeps.
struct Assignment
{
    qint64 participantId = 0;
    qint64 destinationId = 0;
    bool pinned = false;

    bool operator==(const Assignment &other) const = default;
};

} // namespace fieldday
