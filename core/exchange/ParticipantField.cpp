#include "ParticipantField.h"

using namespace Qt::StringLiterals;

namespace fieldday {

const QList<ParticipantFieldInfo> &participantFields()
{
    using F = ParticipantField;
    static const QList<ParticipantFieldInfo> fields = {
        {F::GivenName, u"given_name"_s, u"Given name"_s},
        {F::FamilyName, u"family_name"_s, u"Family name"_s},
        {F::Email, u"email"_s, u"Email"_s, false, true},
        {F::Phone, u"phone"_s, u"Phone"_s, false, true},
        {F::Organisation, u"organisation"_s, u"Organisation"_s},
        {F::Role, u"role"_s, u"Role"_s},
        {F::Sector, u"sector"_s, u"Sector"_s},
        {F::Choice, u"choice_"_s, u"Choice "_s},
        {F::Destination, u"destination"_s, u"Group"_s},
        {F::Pinned, u"pinned"_s, u"Pinned"_s},
        {F::AccessNeeds, u"access_needs"_s, u"Access needs"_s, true, false},
        {F::NeedsStepFree, u"needs_step_free"_s, u"Needs step-free access"_s, true, false},
        {F::DietaryNeeds, u"dietary_needs"_s, u"Dietary needs"_s, true, false},
        {F::EmergencyContact, u"emergency_contact"_s, u"Emergency contact"_s, false, true},
        {F::ConsentShareContact, u"consent_share_contact"_s,
         u"Consents to share contact details"_s},
        {F::ConsentPhotos, u"consent_photos"_s, u"Consents to photos"_s},
        {F::Status, u"status"_s, u"Status"_s},
        {F::BookingRef, u"booking_ref"_s, u"Booking reference"_s},
        {F::BookingSource, u"booking_source"_s, u"Booking source"_s},
        {F::BookedAt, u"booked_at"_s, u"Booked at"_s},
        {F::CheckedInAt, u"checked_in_at"_s, u"Checked in at"_s},
        {F::Notes, u"notes"_s, u"Notes"_s},
    };
    return fields;
}

const ParticipantFieldInfo &participantFieldInfo(ParticipantField field)
{
    for (const ParticipantFieldInfo &info : participantFields()) {
        if (info.field == field)
            return info;
    }
    Q_UNREACHABLE();
}

bool participantFieldFromKey(const QString &key, ParticipantField *field, int *rank)
{
    const QString k = key.trimmed().toLower();
    if (k.startsWith(u"choice_"_s)) {
        bool ok = false;
        const int r = k.mid(7).toInt(&ok);
        if (!ok || r < 1)
            return false;
        *field = ParticipantField::Choice;
        if (rank)
            *rank = r;
        return true;
    }
    for (const ParticipantFieldInfo &info : participantFields()) {
        if (info.field != ParticipantField::Choice && info.key == k) {
            *field = info.field;
            return true;
        }
    }
    return false;
}

} // namespace fieldday
