#pragma once

#include "model/Destination.h"

#include <QHash>

namespace fieldday {

// Finds the destination a booking means, forgivingly: case, accents, spacing and punctuation
// do not matter; the group's name, its host organisation, a ticket named after either
// ("Salford – Tech and Tea"), or a unique prefix ("Traff") all match.
class DestinationMatcher
{
public:
    explicit DestinationMatcher(const QList<Destination> &destinations);

    struct Match
    {
        qint64 id = 0;   // 0: no match
        QString problem; // why not, for the import report
    };
    Match match(const QString &text) const;

    static QString normalise(const QString &text);

private:
    Match matchUncached(const QString &text) const;

    struct Entry
    {
        qint64 id;
        QString name;
        QString host;
    };
    QList<Entry> m_entries;
    // A booking file repeats the same few answers many thousands of times.
    mutable QHash<QString, Match> m_cache;
};

} // namespace fieldday
