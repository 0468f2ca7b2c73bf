#pragma once

#include "model/EventData.h"

#include <QHash>

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
    // The same for every group at once, in no order: for counting (the check), where sorting
    // each group by name again would cost more than everything else.
    static QHash<qint64, QList<const Participant *>> travellersByGroup(const EventData &event);
    static bool travels(const Participant &p)
    {
        return p.status == ParticipantStatus::Booked || p.status == ParticipantStatus::Attended;
    }
};

} // namespace fieldday
