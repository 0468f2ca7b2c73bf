#include "ImportedField.h"

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QString yesNo(bool value)
{
    return value ? u"yes"_s : u"no"_s;
}

QString when(const QDateTime &time)
{
    return time.isValid() ? time.toString(Qt::ISODate) : QString();
}

// A text field: compared as it is.
template <QString Participant::*member> ImportedField text(ParticipantField field)
{
    return {participantFieldInfo(field).key, participantFieldInfo(field).label, field,
            [](const Participant &p) { return p.*member; },
            [](Participant &to, const Participant &from) { to.*member = from.*member; }};
}

} // namespace

const QList<ImportedField> &ImportedField::all()
{
    using F = ParticipantField;
    static const QList<ImportedField> fields = {
        text<&Participant::givenName>(F::GivenName),
        text<&Participant::familyName>(F::FamilyName),
        text<&Participant::email>(F::Email),
        text<&Participant::phone>(F::Phone),
        text<&Participant::organisation>(F::Organisation),
        text<&Participant::role>(F::Role),
        text<&Participant::sector>(F::Sector),
        text<&Participant::accessNeeds>(F::AccessNeeds),
        {u"needs_step_free"_s, participantFieldInfo(F::NeedsStepFree).label, F::NeedsStepFree,
         [](const Participant &p) { return yesNo(p.needsStepFree); },
         [](Participant &to, const Participant &from) { to.needsStepFree = from.needsStepFree; }},
        text<&Participant::dietaryNeeds>(F::DietaryNeeds),
        text<&Participant::emergencyContact>(F::EmergencyContact),
        {u"consent_share_contact"_s, participantFieldInfo(F::ConsentShareContact).label,
         F::ConsentShareContact, [](const Participant &p) { return yesNo(p.consentShareContact); },
         [](Participant &to, const Participant &from) {
             to.consentShareContact = from.consentShareContact;
         }},
        {u"consent_photos"_s, participantFieldInfo(F::ConsentPhotos).label, F::ConsentPhotos,
         [](const Participant &p) { return yesNo(p.consentPhotos); },
         [](Participant &to, const Participant &from) { to.consentPhotos = from.consentPhotos; }},
        {u"status"_s, participantFieldInfo(F::Status).label, F::Status,
         [](const Participant &p) { return participantStatusToString(p.status); },
         [](Participant &to, const Participant &from) { to.status = from.status; }},
        text<&Participant::bookingRef>(F::BookingRef),
        text<&Participant::bookingSource>(F::BookingSource),
        {u"booked_at"_s, participantFieldInfo(F::BookedAt).label, F::BookedAt,
         [](const Participant &p) { return when(p.bookedAt); },
         [](Participant &to, const Participant &from) { to.bookedAt = from.bookedAt; }},
        {u"checked_in_at"_s, participantFieldInfo(F::CheckedInAt).label, F::CheckedInAt,
         [](const Participant &p) { return when(p.checkedInAt); },
         [](Participant &to, const Participant &from) { to.checkedInAt = from.checkedInAt; }},
        text<&Participant::notes>(F::Notes),
        {u"choices"_s, u"Choices"_s, F::Choice,
         [](const Participant &p) {
             QStringList ids;
             for (qint64 id : p.choices)
                 ids << QString::number(id);
             return ids.join(u',');
         },
         [](Participant &to, const Participant &from) { to.choices = from.choices; }},
    };
    return fields;
}

} // namespace fieldday
