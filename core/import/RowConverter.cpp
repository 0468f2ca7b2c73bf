#include "RowConverter.h"

#include "exchange/CsvWriter.h"

#include <QRegularExpression>
#include <QTimeZone>
#include <map>

using namespace Qt::StringLiterals;

namespace fieldday {

using Kind = ColumnTarget::Kind;
using F = ParticipantField;

bool RowConverter::Result::hasError() const
{
    return std::any_of(issues.cbegin(), issues.cend(), [](const ImportIssue &i) {
        return i.severity == ImportIssue::Severity::Error;
    });
}

RowConverter::RowConverter(const ColumnMapping &mapping, const QList<Destination> &destinations,
                           QString defaultSource)
    : m_mapping(mapping), m_matcher(destinations), m_defaultSource(std::move(defaultSource))
{
}

namespace {
const QStringList &yesWords()
{
    static const QStringList words = {u"yes"_s,     u"y"_s,        u"true"_s,  u"1"_s,
                                      u"x"_s,       u"✓"_s,        u"agree"_s, u"i agree"_s,
                                      u"consent"_s, u"i consent"_s};
    return words;
}

const QStringList &noWords()
{
    static const QStringList words = {u"no"_s, u"n"_s,        u"false"_s,          u"0"_s,
                                      u""_s,   u"disagree"_s, u"i do not agree"_s, u"none"_s};
    return words;
}

// The header of the column read as a whole name ("Name"), for messages about it.
QString fullNameHeader(const ColumnMapping &mapping)
{
    for (qsizetype i = 0; i < mapping.columnCount(); ++i) {
        if (mapping.target(i).kind == ColumnTarget::Kind::FullName)
            return mapping.headers().value(i);
    }
    return {};
}

// "Yes", "no" and the like, with nothing more said.
bool isBareAnswer(const QString &text)
{
    const QString t = text.trimmed().toLower();
    return yesWords().contains(t) || noWords().contains(t);
}
} // namespace

bool RowConverter::parseYesNo(const QString &text, bool *value)
{
    const QString t = text.trimmed().toLower();
    if (yesWords().contains(t) || t.startsWith(u"yes"_s)) {
        *value = true;
        return true;
    }
    if (noWords().contains(t) || t.startsWith(u"no,"_s) || t.startsWith(u"no "_s)) {
        *value = false;
        return true;
    }
    return false;
}

QDateTime RowConverter::parseDateTime(const QString &text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return {};
    QDateTime dt = QDateTime::fromString(t, Qt::ISODate);
    if (dt.isValid())
        return dt;
    // Eventbrite writes "2019-02-14 10:32:00+00:00"; spreadsheets write UK or US dates.
    QString iso = t;
    iso.replace(u' ', u'T');
    dt = QDateTime::fromString(iso, Qt::ISODate);
    if (dt.isValid())
        return dt;
    for (const QString &format :
         {u"dd/MM/yyyy HH:mm:ss"_s, u"dd/MM/yyyy HH:mm"_s, u"d/M/yyyy H:mm"_s, u"dd/MM/yyyy"_s,
          u"d/M/yyyy"_s, u"M/d/yyyy h:mm AP"_s, u"M/d/yyyy h:mm:ss AP"_s, u"dd.MM.yyyy HH:mm"_s}) {
        dt = QDateTime::fromString(t, format);
        if (dt.isValid())
            return dt;
    }
    return {};
}

bool RowConverter::parseStatus(const QString &text, ParticipantStatus *status)
{
    const QString t = text.trimmed().toLower();
    if (participantStatusFromString(t, status))
        return true;
    // Eventbrite's attendee statuses.
    static const std::map<QString, ParticipantStatus> eventbrite = {
        {u"attending"_s, ParticipantStatus::Booked},
        {u""_s, ParticipantStatus::Booked},
        {u"checked in"_s, ParticipantStatus::Attended},
        {u"not attending"_s, ParticipantStatus::Cancelled},
        {u"deleted"_s, ParticipantStatus::Cancelled},
        {u"refunded"_s, ParticipantStatus::Cancelled},
        {u"cancelled"_s, ParticipantStatus::Cancelled},
        {u"canceled"_s, ParticipantStatus::Cancelled},
        {u"waitlist"_s, ParticipantStatus::Waitlisted},
        {u"wait list"_s, ParticipantStatus::Waitlisted},
        {u"no show"_s, ParticipantStatus::NoShow},
        {u"no-show"_s, ParticipantStatus::NoShow},
    };
    const auto it = eventbrite.find(t);
    if (it == eventbrite.end())
        return false;
    *status = it->second;
    return true;
}

RowConverter::Result RowConverter::convert(const QStringList &fields, qint64 row) const
{
    Result r;
    Participant &p = r.participant;
    p.bookingSource = m_defaultSource;
    QStringList notes;
    QString attendeeNo;
    std::map<int, QString> choiceTexts; // by rank
    QString ticketType;
    QString ticketHeader;

    auto issue = [&](ImportIssue::Severity severity, const QString &field, const QString &message) {
        r.issues.append({severity, row, field, message});
    };
    auto provide = [&r](F field) {
        if (!r.provided.contains(field))
            r.provided.append(field);
    };

    for (qsizetype c = 0; c < fields.size() && c < m_mapping.columnCount(); ++c) {
        QString value = fields[c].trimmed();
        // Undo the formula guard of our own exports ('=…), so a full export reads back as it was.
        if (value.size() > 1 && value.front() == u'\'' &&
            CsvWriter::neutralised(value.mid(1)) != value.mid(1))
            value.remove(0, 1);
        const QString &header = m_mapping.headers()[c];
        const ColumnTarget &target = m_mapping.target(c);
        switch (target.kind) {
        case Kind::Ignore:
            continue;
        case Kind::Note:
            if (!value.isEmpty())
                notes.append(header.trimmed() + u": "_s + value);
            continue;
        case Kind::AttendeeNo:
            attendeeNo = value;
            continue;
        case Kind::TicketType:
            ticketType = value;
            ticketHeader = header;
            continue;
        case Kind::FullName: {
            // "Nguyễn Thị Mai" cannot be split reliably; take the last word as the family name
            // and say so when it is ambiguous.
            const QStringList words = value.split(u' ', Qt::SkipEmptyParts);
            if (words.size() >= 2) {
                p.givenName = words.mid(0, words.size() - 1).join(u' ');
                p.familyName = words.last();
                provide(F::GivenName);
                provide(F::FamilyName);
                if (words.size() > 2)
                    issue(ImportIssue::Severity::Warning, header,
                          u"split \"%1\" as given name \"%2\", family name \"%3\"; check it"_s.arg(
                              value, p.givenName, p.familyName));
            } else if (!value.isEmpty()) {
                issue(ImportIssue::Severity::Error, header,
                      u"\"%1\" is one word; need a given and a family name"_s.arg(value));
            }
            continue;
        }
        case Kind::Field:
            break;
        }
        switch (target.field) {
        case F::GivenName:
            p.givenName = value;
            break;
        case F::FamilyName:
            p.familyName = value;
            break;
        case F::Email:
            p.email = value;
            break;
        case F::Phone:
            p.phone = value;
            break;
        case F::Organisation:
            p.organisation = value;
            break;
        case F::Role:
            p.role = value;
            break;
        case F::Sector:
            p.sector = value;
            break;
        case F::Choice:
            if (!value.isEmpty())
                choiceTexts[target.rank] = value;
            r.choicesProvided = true;
            continue;
        case F::Destination:
            if (!value.isEmpty()) {
                const DestinationMatcher::Match m = m_matcher.match(value);
                if (m.id)
                    r.destinationId = m.id;
                else
                    issue(ImportIssue::Severity::Warning, header,
                          m.problem + u"; the person was imported without a group"_s);
            }
            continue;
        case F::Pinned:
            if (!parseYesNo(value, &r.pinned))
                issue(ImportIssue::Severity::Error, header,
                      u"expected yes or no, got \"%1\""_s.arg(value));
            continue;
        case F::AccessNeeds:
            p.accessNeeds = value;
            break;
        case F::NeedsStepFree: {
            bool needs = false;
            // A free-text answer to "do you need step-free access?" is itself a need; one
            // that says more than yes ("Yes - I use a wheelchair") keeps its words too.
            if (!parseYesNo(value, &needs))
                needs = true;
            if (needs && !isBareAnswer(value)) {
                if (!p.accessNeeds.contains(value))
                    p.accessNeeds =
                        p.accessNeeds.isEmpty() ? value : p.accessNeeds + u"; "_s + value;
                provide(F::AccessNeeds);
            }
            p.needsStepFree = needs;
            break;
        }
        case F::DietaryNeeds:
            p.dietaryNeeds = value;
            break;
        case F::EmergencyContact:
            p.emergencyContact = value;
            break;
        case F::ConsentShareContact:
        case F::ConsentPhotos: {
            bool consent = false;
            if (!parseYesNo(value, &consent))
                issue(ImportIssue::Severity::Warning, header,
                      u"\"%1\" is not a clear yes; recorded as no consent"_s.arg(value));
            (target.field == F::ConsentShareContact ? p.consentShareContact : p.consentPhotos) =
                consent;
            break;
        }
        case F::Status:
            if (!parseStatus(value, &p.status))
                issue(ImportIssue::Severity::Error, header,
                      u"unknown status \"%1\" (expected booked, waitlisted, cancelled, attended "
                      "or no_show)"_s.arg(value));
            break;
        case F::BookingRef:
            p.bookingRef = value;
            break;
        case F::BookingSource:
            if (!value.isEmpty())
                p.bookingSource = value;
            break;
        case F::BookedAt:
        case F::CheckedInAt: {
            const QDateTime dt = parseDateTime(value);
            if (!value.isEmpty() && !dt.isValid()) {
                issue(ImportIssue::Severity::Warning, header,
                      u"\"%1\" is not a date and time; kept in the notes"_s.arg(value));
                notes.append(header.trimmed() + u": "_s + value);
            }
            (target.field == F::BookedAt ? p.bookedAt : p.checkedInAt) = dt;
            break;
        }
        case F::Notes:
            if (!value.isEmpty())
                notes.prepend(value);
            break;
        }
        provide(target.field);
    }

    if (!attendeeNo.isEmpty()) {
        p.bookingRef = p.bookingRef.isEmpty() ? attendeeNo : p.bookingRef + u'-' + attendeeNo;
        provide(F::BookingRef);
    }
    for (const auto &[rank, text] : choiceTexts) {
        const DestinationMatcher::Match m = m_matcher.match(text);
        const QString header = m_mapping.headers().value(m_mapping.columnOf(F::Choice, rank));
        if (!m.id) {
            issue(ImportIssue::Severity::Warning, header, m.problem + u"; kept in the notes"_s);
            notes.append(u"Unmatched choice %1: %2"_s.arg(rank).arg(text));
        } else if (p.choices.contains(m.id)) {
            issue(ImportIssue::Severity::Warning, header,
                  u"\"%1\" is already a higher choice; ignored"_s.arg(text));
        } else {
            p.choices.append(m.id);
        }
    }
    if (!ticketType.isEmpty()) {
        const DestinationMatcher::Match m = m_matcher.match(ticketType);
        // A ticket named after a destination is a first choice, unless the questions gave one.
        if (m.id && p.choices.isEmpty()) {
            p.choices.append(m.id);
            r.choicesProvided = true;
        } else if (!m.id) {
            notes.append(ticketHeader.trimmed() + u": "_s + ticketType);
        }
    }
    if (!notes.isEmpty()) {
        p.notes = notes.join(u"\n"_s);
        provide(F::Notes);
    }

    if (p.givenName.isEmpty() && !m_mapping.has(Kind::FullName))
        issue(ImportIssue::Severity::Error,
              m_mapping.headers().value(m_mapping.columnOf(F::GivenName)),
              u"the given name is empty"_s);
    else if (p.givenName.isEmpty())
        issue(ImportIssue::Severity::Error, fullNameHeader(m_mapping), u"the name is empty"_s);
    if (!p.givenName.isEmpty() && p.familyName.isEmpty())
        issue(ImportIssue::Severity::Error,
              m_mapping.headers().value(m_mapping.columnOf(F::FamilyName)),
              u"the family name is empty"_s);
    if (!p.email.isEmpty() && !Participant::isValidEmail(p.email))
        issue(ImportIssue::Severity::Error, m_mapping.headers().value(m_mapping.columnOf(F::Email)),
              u"\"%1\" is not an e-mail address"_s.arg(p.email));
    return r;
}

} // namespace fieldday
