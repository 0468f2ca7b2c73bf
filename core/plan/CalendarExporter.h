#pragma once

#include "model/EventData.h"

#include <QByteArray>

namespace fieldday {

// The day as iCalendar (RFC 5545), written with libical: one VEVENT per step, in the event's
// time zone (with its VTIMEZONE), for everyone or for one group.
class CalendarExporter
{
public:
    // destinationId 0: every group's steps (shared ones once). Throws Error if the event's
    // time zone is unknown.
    static QByteArray exportDay(const EventData &event, qint64 destinationId = 0);
};

} // namespace fieldday
