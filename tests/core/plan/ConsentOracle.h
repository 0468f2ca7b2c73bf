#pragma once

#include "model/EventData.h"

// The consent rule as docs/checks.md words it, written again for the tests, independently of
// TreasureConsent: tests compare what Fieldday shows against this, never against itself.
namespace fieldday::test {

inline bool mayBeSeenBeyondTheGroup(const EventData &e, const TreasureItem &item)
{
    if (item.type != TreasureType::Photo || item.identifiable == Identifiable::Nobody)
        return true;
    if (item.identifiable == Identifiable::Unknown || item.shows.isEmpty())
        return false;
    for (qint64 id : item.shows) {
        const Participant *p = e.participant(id);
        if (!p || !p->consentPhotos)
            return false;
    }
    return true;
}

inline bool mayPublish(const EventData &e, const TreasureItem &item)
{
    return item.consent == FinderConsent::Publish && mayBeSeenBeyondTheGroup(e, item);
}

inline bool mayShowInTheRoom(const EventData &e, const TreasureItem &item)
{
    return (item.consent == FinderConsent::Room || item.consent == FinderConsent::Publish) &&
           mayBeSeenBeyondTheGroup(e, item);
}

// What the report (or the share-out) should hold, in the log's order; one group's or all.
inline QList<const TreasureItem *> expectedInReport(const EventData &e)
{
    QList<const TreasureItem *> items;
    for (const TreasureItem &item : e.treasure) {
        if (item.inReport && mayPublish(e, item))
            items.append(&item);
    }
    return items;
}

inline QList<const TreasureItem *> expectedAtShareOut(const EventData &e, qint64 group = 0)
{
    QList<const TreasureItem *> items;
    for (const TreasureItem &item : e.treasure) {
        if (item.shareOut && mayShowInTheRoom(e, item) && (!group || item.destinationId == group))
            items.append(&item);
    }
    return items;
}

} // namespace fieldday::test
