#pragma once

#include "model/EventData.h"

#include <utility>

namespace fieldday {

// One step of a group's day, as drawn and printed.
struct TimelineStep
{
    enum class Kind
    {
        Agenda,
        LegOut,
        Visit,
        LegBack,
        Reconvene
    };
    Kind kind = Kind::Agenda;
    QString title;
    QTime start;
    QTime end;
    qint64 placeId = 0;
    qint64 legId = 0;         // for legs
    qint64 itemId = 0;        // agenda item id, or 0
    QString detail;           // mode and operator, host, programme
    bool sharedByAll = false; // the same step in every lane (briefing, reconvene)
};

// A group's day from the welcome to the reconvene: one swimlane.
struct TimelineLane
{
    qint64 destinationId = 0;
    QString name;
    QString colour;
    QList<TimelineStep> steps; // by start time
};

class Timeline
{
public:
    static QList<TimelineLane> build(const EventData &event);
    static TimelineLane lane(const EventData &event, const Destination &destination);
    static QString kindName(TimelineStep::Kind kind);
    // The hours an axis must show: the event's day (09:00–17:00 if not set), widened to every
    // step, from the hour at or before the first to the hour at or after the last.
    static std::pair<QTime, QTime> span(const EventData &event, const QList<TimelineLane> &lanes);
};

} // namespace fieldday
