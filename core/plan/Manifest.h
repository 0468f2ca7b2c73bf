#pragma once

#include "model/EventData.h"

namespace fieldday {

// Who travels on a leg: the group's members who are coming, and its leads.
struct Manifest
{
    const TransportLeg *leg = nullptr;
    const Destination *destination = nullptr;
    QList<const Participant *> members; // booked or attended, by family then given name
    QList<GroupLead> leads;
    int headcount() const { return int(members.size() + leads.size()); }

    static Manifest forLeg(const EventData &event, const TransportLeg &leg);
    // Members who are coming: booked or attended (not cancelled, waitlisted or no-show).
    static QList<const Participant *> travellers(const EventData &event, qint64 destinationId);
};

} // namespace fieldday
