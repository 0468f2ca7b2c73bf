#pragma once

#include "ColumnMapping.h"
#include "DestinationMatcher.h"
#include "ImportSummary.h"
#include "model/Participant.h"

namespace fieldday {

// Turns one row of a booking export into a participant, by the mapping. Values that
// cannot be read become issues naming the row and the column; nothing is guessed silently.
class RowConverter
{
public:
    RowConverter(const ColumnMapping &mapping, const QList<Destination> &destinations,
                 QString defaultSource);

    struct Result
    {
        Participant participant;
        qint64 destinationId = 0; // an assignment from a full export
        bool pinned = false;
        QList<ImportIssue> issues; // any Error means the row must not go in
        bool hasError() const;
        // Which fields the row gave a value for: an update changes only those.
        QList<ParticipantField> provided;
        bool choicesProvided = false;
    };
    Result convert(const QStringList &fields, qint64 row) const;

    static bool parseYesNo(const QString &text, bool *value);
    static QDateTime parseDateTime(const QString &text);
    static bool parseStatus(const QString &text, ParticipantStatus *status);

private:
    const ColumnMapping &m_mapping;
    DestinationMatcher m_matcher;
    QString m_defaultSource;
};

} // namespace fieldday
