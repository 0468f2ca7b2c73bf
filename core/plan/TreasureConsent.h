#pragma once

#include "model/EventData.h"

namespace fieldday {

// Where a treasure item is to be shown. The share-out is the room at the reconvene (every
// group, the researchers, guests); the report is a publication.
enum class Audience
{
    ShareOut,
    Report
};

// The one place that decides whether an item may be shown (docs/checks.md, "Consent"):
// - the finder agreed: to the room for the share-out, to publication for the report
//   (publication includes the room);
// - for a photo, nobody identifiable lacks consent: either nobody can be recognised, or every
//   participant named as recognisable consented to photos. "Unknown" is not shown anywhere:
//   the room is already beyond the group, and nobody has looked yet. A person removed from
//   the event can no longer be asked, so a photo naming one is not shown either.
// Documents, checks and the app all ask here; nothing else decides.
class TreasureConsent
{
public:
    struct Verdict
    {
        bool allowed = false;
        QStringList reasons; // why not, in words, when not allowed
    };

    static Verdict check(const EventData &event, const TreasureItem &item, Audience audience);
    static bool allowed(const EventData &event, const TreasureItem &item, Audience audience)
    {
        return check(event, item, audience).allowed;
    }
    // What the share-out or the report shows: chosen for it and allowed, in the log's order;
    // one group's (destinationId), or every group's (0).
    static QList<const TreasureItem *> shown(const EventData &event, Audience audience,
                                             qint64 destinationId = 0);
    // The name to print beside an item: the finder's, only if they asked to be credited.
    static QString credit(const EventData &event, const TreasureItem &item);
    // The people named as recognisable who did not consent to photos (0: a removed person).
    static QList<qint64> withoutConsent(const EventData &event, const TreasureItem &item);

    static QString audienceName(Audience audience); // "the share-out", "the report"
};

} // namespace fieldday
