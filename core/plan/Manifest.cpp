#include "Manifest.h"

namespace fieldday {

QList<const Participant *> Manifest::travellers(const EventData &event, qint64 destinationId)
{
    QList<const Participant *> result;
    for (const Participant *p : event.members(destinationId)) {
        if (travels(*p))
            result.append(p);
    }
    return result;
}

QHash<qint64, QList<const Participant *>> Manifest::travellersByGroup(const EventData &event)
{
    QHash<qint64, QList<const Participant *>> result;
    for (const Assignment &a : event.assignments) {
        if (const Participant *p = event.participant(a.participantId); p && travels(*p))
            result[a.destinationId].append(p);
    }
    return result;
}

Manifest Manifest::forLeg(const EventData &event, const TransportLeg &leg)
{
    Manifest manifest;
    manifest.leg = &leg;
    manifest.destination = event.destination(leg.destinationId);
    manifest.members = travellers(event, leg.destinationId);
    if (manifest.destination)
        manifest.leads = manifest.destination->leads;
    return manifest;
}

} // namespace fieldday
