#include "TreasureConsent.h"

using namespace Qt::StringLiterals;

namespace fieldday {

QString TreasureConsent::audienceName(Audience audience)
{
    return audience == Audience::ShareOut ? u"the share-out"_s : u"the report"_s;
}

QList<qint64> TreasureConsent::withoutConsent(const EventData &event, const TreasureItem &item)
{
    QList<qint64> missing;
    if (!item.isPhoto() || item.identifiable != Identifiable::Named)
        return missing;
    for (qint64 id : item.shows) {
        const Participant *p = event.participant(id);
        if (!p || !p->consentPhotos)
            missing.append(p ? id : 0);
    }
    return missing;
}

TreasureConsent::Verdict TreasureConsent::check(const EventData &event, const TreasureItem &item,
                                                Audience audience)
{
    Verdict verdict;
    const FinderConsent needed =
        audience == Audience::ShareOut ? FinderConsent::Room : FinderConsent::Publish;
    if (item.consent < needed)
        verdict.reasons << (item.consent == FinderConsent::None
                                ? u"the finder has not agreed to it being shown"_s
                                : u"the finder agreed to the room only, not to publication"_s);
    if (item.isPhoto()) {
        if (item.identifiable == Identifiable::Unknown)
            verdict.reasons << u"nobody has said who can be recognised in it"_s;
        else if (item.identifiable == Identifiable::Named && item.shows.isEmpty())
            verdict.reasons << u"it shows named people, but none is listed"_s;
        for (qint64 id : withoutConsent(event, item)) {
            const Participant *p = event.participant(id);
            verdict.reasons << (p ? u"%1 has not consented to photos"_s.arg(p->displayName())
                                  : u"it shows someone removed from the event, whose consent "
                                    "cannot be checked"_s);
        }
    }
    verdict.allowed = verdict.reasons.isEmpty();
    return verdict;
}

QList<const TreasureItem *> TreasureConsent::shown(const EventData &event, Audience audience,
                                                   qint64 destinationId)
{
    QList<const TreasureItem *> result;
    for (const TreasureItem &item : event.treasure) {
        if (destinationId && item.destinationId != destinationId)
            continue;
        const bool chosen = audience == Audience::ShareOut ? item.shareOut : item.inReport;
        if (chosen && allowed(event, item, audience))
            result.append(&item);
    }
    return result;
}

QString TreasureConsent::credit(const EventData &event, const TreasureItem &item)
{
    return item.credit ? event.finderName(item) : QString();
}

} // namespace fieldday
