#pragma once

#include "exchange/ParticipantField.h"

#include <QJsonObject>
#include <QList>
#include <QStringList>

namespace fieldday {

// Where one column of a booking export goes.
struct ColumnTarget
{
    enum class Kind
    {
        Ignore,     // not read (e.g. a home address: minimal data)
        Field,      // a participant field; for Choice, `rank` says which
        FullName,   // "Name": split into given and family name
        TicketType, // a destination choice if it names one, else kept as a note
        AttendeeNo, // Eventbrite's attendee number, appended to the booking reference
        Note,       // anything else (custom questions): kept in notes as "Header: value"
    };
    Kind kind = Kind::Ignore;
    ParticipantField field = ParticipantField::Notes;
    int rank = 0;

    static ColumnTarget ignore() { return {}; }
    static ColumnTarget of(ParticipantField field, int rank = 0)
    {
        return {Kind::Field, field, rank};
    }
    static ColumnTarget special(Kind kind) { return {kind, ParticipantField::Notes, 0}; }
    // The mapping file's spelling: a field key, "choice_2", "full_name", "note", "ignore"…
    QString key() const;
    static bool fromKey(const QString &key, ColumnTarget *target);
    bool operator==(const ColumnTarget &other) const = default;
};

// How the columns of one booking export map onto participants. Detected from the headers
// (Eventbrite's attendee report in its US and UK spellings, Fieldday's own export, or a
// generic spreadsheet), editable, and saved to / loaded from JSON for reuse.
class ColumnMapping
{
public:
    enum class Source
    {
        Auto,
        Eventbrite,
        Fieldday,
        Generic,
        Saved
    };

    static ColumnMapping detect(const QStringList &headers, Source source = Source::Auto);
    // Throws Error naming `sourceName` if the JSON is not a mapping or a header is unknown.
    static ColumnMapping fromJson(const QJsonObject &json, const QStringList &headers,
                                  const QString &sourceName);
    QJsonObject toJson() const;
    // How a saved mapping names the columns: by their header, and a header the file repeats
    // as "Email #2" from its second time on (a JSON object cannot hold the same key twice).
    static QStringList columnKeys(const QStringList &headers);

    static QString sourceName(Source source);
    static bool sourceFromName(const QString &name, Source *source);

    Source source() const { return m_source; }
    const QStringList &headers() const { return m_headers; }
    qsizetype columnCount() const { return m_headers.size(); }
    const ColumnTarget &target(qsizetype column) const { return m_targets.at(column); }
    void setTarget(qsizetype column, const ColumnTarget &target) { m_targets[column] = target; }
    qsizetype columnOf(ParticipantField field, int rank = 0) const; // -1 if unmapped
    bool has(ColumnTarget::Kind kind) const;

    // Throws Error (BadInput) if the mapping cannot give every person a name.
    void requireNames(const QString &sourceName) const;

    // Header text as compared: trimmed, lower case, "#" and "no." spelled alike.
    static QString normaliseHeader(const QString &header);

private:
    Source m_source = Source::Generic;
    QStringList m_headers;
    QList<ColumnTarget> m_targets;
};

} // namespace fieldday
