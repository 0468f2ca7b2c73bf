#include "ColumnMapping.h"

#include "storage/Error.h"

#include <QJsonArray>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

using Kind = ColumnTarget::Kind;
using F = ParticipantField;

struct Synonym
{
    QStringList names; // normalised headers
    ColumnTarget target;
};

// Exact header names, normalised, across Eventbrite (US and UK) and common spreadsheets.
const QList<Synonym> &synonyms()
{
    static const QList<Synonym> list = {
        {{u"first name"_s, u"given name"_s, u"forename"_s, u"first"_s, u"given names"_s,
          u"attendee first name"_s},
         ColumnTarget::of(F::GivenName)},
        {{u"last name"_s, u"surname"_s, u"family name"_s, u"last"_s, u"attendee last name"_s,
          u"attendee surname"_s},
         ColumnTarget::of(F::FamilyName)},
        {{u"name"_s, u"full name"_s, u"attendee name"_s, u"participant"_s, u"participant name"_s},
         ColumnTarget::special(Kind::FullName)},
        {{u"email"_s, u"e-mail"_s, u"email address"_s, u"e-mail address"_s, u"attendee email"_s},
         ColumnTarget::of(F::Email)},
        {{u"phone"_s, u"mobile"_s, u"mobile phone"_s, u"cell phone"_s, u"telephone"_s,
          u"phone number"_s, u"mobile number"_s, u"tel"_s, u"contact number"_s},
         ColumnTarget::of(F::Phone)},
        {{u"organisation"_s, u"organization"_s, u"company"_s, u"employer"_s,
          u"company / organisation"_s, u"organisation name"_s, u"organization name"_s},
         ColumnTarget::of(F::Organisation)},
        {{u"role"_s, u"job title"_s, u"position"_s, u"job"_s, u"job role"_s},
         ColumnTarget::of(F::Role)},
        {{u"sector"_s}, ColumnTarget::of(F::Sector)},
        {{u"status"_s, u"attendee status"_s}, ColumnTarget::of(F::Status)},
        {{u"order no"_s, u"order number"_s, u"booking reference"_s, u"booking ref"_s,
          u"reference"_s, u"order id"_s},
         ColumnTarget::of(F::BookingRef)},
        {{u"attendee no"_s, u"attendee number"_s}, ColumnTarget::special(Kind::AttendeeNo)},
        {{u"order date"_s, u"booked at"_s, u"booking date"_s, u"date booked"_s,
          u"registration date"_s, u"timestamp"_s},
         ColumnTarget::of(F::BookedAt)},
        {{u"booking source"_s, u"source"_s}, ColumnTarget::of(F::BookingSource)},
        {{u"notes"_s, u"comments"_s, u"note"_s}, ColumnTarget::of(F::Notes)},
        {{u"destination"_s, u"group"_s, u"assigned group"_s}, ColumnTarget::of(F::Destination)},
        {{u"pinned"_s}, ColumnTarget::of(F::Pinned)},
        {{u"ticket type"_s, u"ticket"_s, u"ticket name"_s},
         ColumnTarget::special(Kind::TicketType)},
        {{u"checked in at"_s, u"check-in time"_s}, ColumnTarget::of(F::CheckedInAt)},
        // Eventbrite columns we do not keep: payment, barcodes and home addresses.
        {{u"quantity"_s,
          u"barcode no"_s,
          u"order type"_s,
          u"total paid"_s,
          u"fees paid"_s,
          u"eventbrite fees"_s,
          u"eventbrite payment processing"_s,
          u"currency"_s,
          u"home address 1"_s,
          u"home address 2"_s,
          u"home city"_s,
          u"home county"_s,
          u"home state"_s,
          u"home zip"_s,
          u"home postcode"_s,
          u"home post code"_s,
          u"home country"_s,
          u"device name"_s,
          u"check-in date"_s,
          u"event name"_s,
          u"event id"_s,
          u"buyer first name"_s,
          u"buyer last name"_s,
          u"buyer surname"_s,
          u"buyer email"_s,
          u"ticket price"_s,
          u"discount"_s,
          u"payment status"_s},
         ColumnTarget::ignore()},
    };
    return list;
}

// "1st choice", "Second preference", "Choice 2", "Which destination is your first choice?"
int choiceRank(const QString &h)
{
    // A question about where to go is a choice even without the word: "Which destination
    // would you most like to visit?" is the first one.
    const bool aboutDestinations = h.contains(u"destination"_s) || h.contains(u"which visit"_s);
    if (!h.contains(u"choice"_s) && !h.contains(u"preference"_s) && !h.contains(u"prefer"_s) &&
        !aboutDestinations)
        return 0;
    static const QRegularExpression digits(u"(?:^|\\D)(\\d{1,2})(?:st|nd|rd|th)?(?:\\D|$)"_s);
    const auto m = digits.match(h);
    if (m.hasMatch())
        return m.captured(1).toInt();
    static const QStringList words = {u"first"_s,  u"second"_s, u"third"_s,
                                      u"fourth"_s, u"fifth"_s,  u"sixth"_s};
    for (qsizetype i = 0; i < words.size(); ++i) {
        if (h.contains(QRegularExpression(u"\\b"_s + words[i] + u"\\b"_s)))
            return int(i + 1);
    }
    return aboutDestinations || h.contains(u"most"_s) ? 1 : 0;
}

// Custom questions recognised by their wording.
ColumnTarget byWording(const QString &h)
{
    if (const int rank = choiceRank(h))
        return ColumnTarget::of(F::Choice, rank);
    if (h.contains(u"step-free"_s) || h.contains(u"step free"_s) || h.contains(u"wheelchair"_s))
        return ColumnTarget::of(F::NeedsStepFree);
    if (h.contains(u"diet"_s))
        return ColumnTarget::of(F::DietaryNeeds);
    if (h.contains(u"access"_s))
        return ColumnTarget::of(F::AccessNeeds);
    if (h.contains(u"emergency"_s))
        return ColumnTarget::of(F::EmergencyContact);
    if (h.contains(u"photo"_s))
        return ColumnTarget::of(F::ConsentPhotos);
    if ((h.contains(u"share"_s) || h.contains(u"consent"_s)) && h.contains(u"contact"_s))
        return ColumnTarget::of(F::ConsentShareContact);
    if (h.contains(u"sector"_s))
        return ColumnTarget::of(F::Sector);
    return ColumnTarget::special(Kind::Note);
}

ColumnTarget targetFor(const QString &header, ColumnMapping::Source source)
{
    const QString h = ColumnMapping::normaliseHeader(header);
    ParticipantField field;
    int rank = 0;
    if (participantFieldFromKey(h.trimmed().replace(u' ', u'_'), &field, &rank))
        return ColumnTarget::of(field, rank);
    for (const Synonym &synonym : synonyms()) {
        if (synonym.names.contains(h))
            return synonym.target;
    }
    // Addresses for billing, shipping, home or work (Eventbrite has a dozen of each) are not
    // read: minimal data.
    for (const QString &prefix : {u"billing "_s, u"shipping "_s, u"home "_s, u"work "_s}) {
        if (h.startsWith(prefix) &&
            (h.contains(u"address"_s) || h.contains(u"city"_s) || h.contains(u"county"_s) ||
             h.contains(u"state"_s) || h.contains(u"zip"_s) || h.contains(u"post"_s) ||
             h.contains(u"country"_s)))
            return ColumnTarget::ignore();
    }
    // A column added to Fieldday's own export is kept in notes like any custom question, but
    // not guessed at by its wording: the export's own columns are named by their keys.
    if (source == ColumnMapping::Source::Fieldday)
        return ColumnTarget::special(Kind::Note);
    return byWording(h);
}

} // namespace

QString ColumnTarget::key() const
{
    switch (kind) {
    case Kind::Ignore:
        return u"ignore"_s;
    case Kind::FullName:
        return u"full_name"_s;
    case Kind::TicketType:
        return u"ticket_type"_s;
    case Kind::AttendeeNo:
        return u"attendee_no"_s;
    case Kind::Note:
        return u"note"_s;
    case Kind::Field:
        break;
    }
    const QString fieldKey = participantFieldInfo(field).key;
    return field == ParticipantField::Choice ? fieldKey + QString::number(rank) : fieldKey;
}

bool ColumnTarget::fromKey(const QString &key, ColumnTarget *target)
{
    const QString k = key.trimmed().toLower();
    static const QList<std::pair<QString, Kind>> specials = {{u"ignore"_s, Kind::Ignore},
                                                             {u"full_name"_s, Kind::FullName},
                                                             {u"ticket_type"_s, Kind::TicketType},
                                                             {u"attendee_no"_s, Kind::AttendeeNo},
                                                             {u"note"_s, Kind::Note}};
    for (const auto &[name, kind] : specials) {
        if (k == name) {
            *target = special(kind);
            return true;
        }
    }
    ParticipantField field;
    int rank = 0;
    if (!participantFieldFromKey(k, &field, &rank) ||
        (field == ParticipantField::Choice && rank < 1))
        return false;
    *target = of(field, rank);
    return true;
}

QString ColumnMapping::normaliseHeader(const QString &header)
{
    QString h = header.trimmed().toLower();
    h.replace(u'#', u" no"_s);
    h.replace(QRegularExpression(u"\\bno\\."_s), u"no"_s);
    h.replace(QRegularExpression(u"[.:?*]+$"_s), QString());
    h.replace(u'_', u' ');
    return h.simplified();
}

QString ColumnMapping::sourceName(Source source)
{
    switch (source) {
    case Source::Auto:
        return u"auto"_s;
    case Source::Eventbrite:
        return u"eventbrite"_s;
    case Source::Fieldday:
        return u"fieldday"_s;
    case Source::Generic:
        return u"generic"_s;
    case Source::Saved:
        return u"saved"_s;
    }
    return {};
}

bool ColumnMapping::sourceFromName(const QString &name, Source *source)
{
    for (Source s : {Source::Auto, Source::Eventbrite, Source::Fieldday, Source::Generic}) {
        if (sourceName(s) == name.trimmed().toLower()) {
            *source = s;
            return true;
        }
    }
    return false;
}

ColumnMapping ColumnMapping::detect(const QStringList &headers, Source source)
{
    QStringList normalised;
    for (const QString &h : headers)
        normalised.append(normaliseHeader(h));
    if (source == Source::Auto || source == Source::Saved) {
        if (normalised.contains(u"given name"_s) && normalised.contains(u"family name"_s) &&
            headers.contains(u"given_name"_s))
            source = Source::Fieldday;
        else if (normalised.contains(u"order no"_s) &&
                 (normalised.contains(u"attendee no"_s) || normalised.contains(u"ticket type"_s)))
            source = Source::Eventbrite;
        else
            source = Source::Generic;
    }
    ColumnMapping mapping;
    mapping.m_source = source;
    mapping.m_headers = headers;
    for (const QString &header : headers) {
        ColumnTarget target = targetFor(header, source);
        // A field mapped twice keeps its first column; later ones become notes, never lost.
        if (target.kind == Kind::Field || target.kind == Kind::FullName) {
            for (const ColumnTarget &earlier : std::as_const(mapping.m_targets)) {
                if (earlier == target) {
                    target = ColumnTarget::special(Kind::Note);
                    break;
                }
            }
        }
        mapping.m_targets.append(target);
    }
    return mapping;
}

QStringList ColumnMapping::columnKeys(const QStringList &headers)
{
    QStringList keys;
    QHash<QString, int> seen;
    for (const QString &header : headers) {
        const int n = ++seen[normaliseHeader(header)];
        keys << (n == 1 ? header : u"%1 #%2"_s.arg(header).arg(n));
    }
    return keys;
}

ColumnMapping ColumnMapping::fromJson(const QJsonObject &json, const QStringList &headers,
                                      const QString &sourceName)
{
    if (json.value(u"format"_s).toString() != u"fieldday-mapping"_s)
        throw Error(Error::Kind::BadInput,
                    sourceName + u": not a Fieldday column mapping (\"format\" must be "
                                 "\"fieldday-mapping\")"_s);
    const int version = json.value(u"version"_s).toInt(1);
    if (version != 1)
        throw Error(Error::Kind::BadInput,
                    sourceName + u": \"version\" %1 is not one this Fieldday reads (1)"_s.arg(
                                     json.value(u"version"_s).toVariant().toString()));
    if (!json.value(u"columns"_s).isObject())
        throw Error(Error::Kind::BadInput,
                    sourceName + u": \"columns\" must be an object: {\"Header\": \"target\", …}"_s);
    ColumnMapping mapping = detect(headers, Source::Auto);
    mapping.m_source = Source::Saved;
    const QStringList keys = columnKeys(headers);
    const QJsonObject columns = json.value(u"columns"_s).toObject();
    QHash<QString, QString> fieldTakenBy; // a target key → the column that has it
    for (auto it = columns.begin(); it != columns.end(); ++it) {
        ColumnTarget target;
        if (!ColumnTarget::fromKey(it.value().toString(), &target))
            throw Error(Error::Kind::BadInput, sourceName + u": column \""_s + it.key() +
                                                   u"\": unknown target \""_s +
                                                   it.value().toString() + u'"');
        if (target.kind == Kind::Field || target.kind == Kind::FullName) {
            const QString other = fieldTakenBy.value(target.key());
            if (!other.isEmpty())
                throw Error(Error::Kind::BadInput,
                            sourceName + u": columns \"%1\" and \"%2\" both go to \"%3\"; only one "
                                         "can"_s.arg(other, it.key(), target.key()));
            fieldTakenBy.insert(target.key(), it.key());
        }
        bool found = false;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            if (normaliseHeader(keys[i]) == normaliseHeader(it.key())) {
                mapping.m_targets[i] = target;
                found = true;
            }
        }
        if (!found && !json.value(u"allow_missing"_s).toBool())
            throw Error(Error::Kind::BadInput, sourceName + u": column \""_s + it.key() +
                                                   u"\" is not in the file's header"_s);
    }
    return mapping;
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject columns;
    const QStringList keys = columnKeys(m_headers);
    for (qsizetype i = 0; i < keys.size(); ++i)
        columns.insert(keys[i], m_targets[i].key());
    return {{u"format"_s, u"fieldday-mapping"_s}, {u"version"_s, 1}, {u"columns"_s, columns}};
}

qsizetype ColumnMapping::columnOf(ParticipantField field, int rank) const
{
    for (qsizetype i = 0; i < m_targets.size(); ++i) {
        const ColumnTarget &t = m_targets[i];
        if (t.kind == Kind::Field && t.field == field && (rank == 0 || t.rank == rank))
            return i;
    }
    return -1;
}

bool ColumnMapping::has(ColumnTarget::Kind kind) const
{
    return std::any_of(m_targets.cbegin(), m_targets.cend(),
                       [kind](const ColumnTarget &t) { return t.kind == kind; });
}

void ColumnMapping::requireNames(const QString &sourceName) const
{
    const bool split = columnOf(F::GivenName) >= 0 && columnOf(F::FamilyName) >= 0;
    if (!split && !has(Kind::FullName))
        throw Error(Error::Kind::BadInput,
                    sourceName + u": header: no column for the given and family names (found: "_s +
                        m_headers.join(u", "_s) +
                        u"); name them e.g. \"First name\" and \"Surname\", or use --mapping"_s);
}

} // namespace fieldday
