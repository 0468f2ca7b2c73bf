#pragma once

#include <QList>
#include <QString>

namespace fieldday {

// The columns a participant list can have, shared by the importer and the exporters so that
// a full export reads back in unchanged. Keys are the column headers of Fieldday's own format.
enum class ParticipantField
{
    GivenName,
    FamilyName,
    Email,
    Phone,
    Organisation,
    Role,
    Sector,
    Choice, // ranked: one column per rank, "choice_1", "choice_2", …
    Destination,
    Pinned,
    AccessNeeds,
    NeedsStepFree,
    DietaryNeeds,
    EmergencyContact,
    ConsentShareContact,
    ConsentPhotos,
    Status,
    BookingRef,
    BookingSource,
    BookedAt,
    CheckedInAt,
    Notes,
};

struct ParticipantFieldInfo
{
    ParticipantField field;
    QString key;   // "given_name"; for Choice the prefix "choice_"
    QString label; // for people: "Given name"
    // Health, diet, access: never in a partner list unless asked for by name.
    bool specialCategory = false;
    // Contact details: in a partner list only for people who consented to share them.
    bool needsContactConsent = false;
};

const QList<ParticipantFieldInfo> &participantFields();
const ParticipantFieldInfo &participantFieldInfo(ParticipantField field);
// Accepts a key ("email", "choice_2" → Choice with rank 2); returns false if unknown.
bool participantFieldFromKey(const QString &key, ParticipantField *field, int *rank = nullptr);

} // namespace fieldday
