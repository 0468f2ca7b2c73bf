#pragma once

#include "StepFree.h"
#include "TransportMode.h"

#include <QTime>
#include <optional>

namespace fieldday {

// One step of a group's journey; the legs of one direction form a chain in `position` order.
struct TransportLeg
{
    qint64 id = 0;
    qint64 destinationId = 0;
    LegDirection direction = LegDirection::Out;
    int position = 0;
    TransportMode mode = TransportMode::Coach;
    qint64 fromPlaceId = 0;
    qint64 toPlaceId = 0;
    QTime departs;
    QTime arrives;
    std::optional<int> seats; // none: unreserved (public transport, walking)
    QString operatorName;     // operator or vehicle
    QString bookingRef;
    StepFree stepFree = StepFree::Unknown;
    QString leadPhone;
    QString notes;

    bool operator==(const TransportLeg &other) const = default;
};

} // namespace fieldday
