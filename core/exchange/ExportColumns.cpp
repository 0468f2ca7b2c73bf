#include "ExportColumns.h"

#include "model/EventData.h"
#include "storage/Error.h"

using namespace Qt::StringLiterals;

namespace fieldday {

using F = ParticipantField;

QList<ExportColumns::Column> ExportColumns::forProfile(Profile profile, const EventData &event)
{
    if (profile == Profile::Partner)
        return {{F::GivenName}, {F::FamilyName}, {F::Organisation},
                {F::Role},      {F::Email},      {F::Phone}};
    int maxChoices = 1;
    for (const Participant &p : event.participants)
        maxChoices = qMax(maxChoices, int(p.choices.size()));
    QList<Column> columns;
    for (const ParticipantFieldInfo &info : participantFields()) {
        if (info.field == F::Choice) {
            for (int rank = 1; rank <= maxChoices; ++rank)
                columns.append({F::Choice, rank});
        } else {
            columns.append({info.field});
        }
    }
    return columns;
}

QList<ExportColumns::Column> ExportColumns::fromKeys(const QStringList &keys)
{
    QList<Column> columns;
    for (const QString &key : keys) {
        ParticipantField field;
        int rank = 0;
        if (!participantFieldFromKey(key, &field, &rank) || (field == F::Choice && rank < 1))
            throw Error(Error::Kind::BadInput,
                        u"--columns: unknown column \"%1\" (the columns: %2)"_s.arg(
                            key, validKeys().join(u", "_s)));
        columns.append({field, rank});
    }
    return columns;
}

QStringList ExportColumns::validKeys()
{
    QStringList keys;
    for (const ParticipantFieldInfo &info : participantFields())
        keys << (info.field == F::Choice ? info.key + u"N"_s : info.key);
    return keys;
}

bool ExportColumns::isSpecialCategory(const Column &column)
{
    return participantFieldInfo(column.field).specialCategory;
}

QString ExportColumns::header(const Column &column, Profile profile)
{
    const ParticipantFieldInfo &info = participantFieldInfo(column.field);
    if (profile == Profile::Full)
        return column.field == F::Choice ? info.key + QString::number(column.rank) : info.key;
    return column.field == F::Choice ? info.label + QString::number(column.rank) : info.label;
}

QString ExportColumns::value(const EventData &event, const Participant &p, const Column &column,
                             Profile profile)
{
    // A partner sees contact details only with the person's consent.
    if (profile == Profile::Partner && participantFieldInfo(column.field).needsContactConsent &&
        !p.consentShareContact)
        return {};
    auto yesNo = [](bool b) { return b ? u"yes"_s : u"no"_s; };
    auto when = [](const QDateTime &t) {
        return t.isValid() ? t.toString(Qt::ISODate) : QString();
    };
    switch (column.field) {
    case F::GivenName:
        return p.givenName;
    case F::FamilyName:
        return p.familyName;
    case F::Email:
        return p.email;
    case F::Phone:
        return p.phone;
    case F::Organisation:
        return p.organisation;
    case F::Role:
        return p.role;
    case F::Sector:
        return p.sector;
    case F::Choice: {
        const Destination *d = event.destination(p.choices.value(column.rank - 1));
        return d ? d->name : QString();
    }
    case F::Destination: {
        const Destination *d = event.destination(event.destinationOf(p.id));
        return d ? d->name : QString();
    }
    case F::Pinned: {
        const Assignment *a = event.assignmentOf(p.id);
        return yesNo(a && a->pinned);
    }
    case F::AccessNeeds:
        return p.accessNeeds;
    case F::NeedsStepFree:
        return yesNo(p.needsStepFree);
    case F::DietaryNeeds:
        return p.dietaryNeeds;
    case F::EmergencyContact:
        return p.emergencyContact;
    case F::ConsentShareContact:
        return yesNo(p.consentShareContact);
    case F::ConsentPhotos:
        return yesNo(p.consentPhotos);
    case F::Status:
        return participantStatusToString(p.status);
    case F::BookingRef:
        return p.bookingRef;
    case F::BookingSource:
        return p.bookingSource;
    case F::BookedAt:
        return when(p.bookedAt);
    case F::CheckedInAt:
        return when(p.checkedInAt);
    case F::Notes:
        return p.notes;
    }
    return {};
}

} // namespace fieldday
