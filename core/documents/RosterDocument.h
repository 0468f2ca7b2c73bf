#pragma once

#include "model/EventData.h"

namespace fieldday {

class PageCanvas;

// The group roster: for each destination, from a new page, where and when the group goes, who
// leads it, and a table of its members with a column to tick them off, and rows for walk-ins.
// Each copy says who it is for, and keeps to it:
//  - the group lead's has every member's mobile (for safety on the day) and which kind of
//    access need each has;
//  - the host's has a mobile only for people who consented to share their contact details
//    (as partner lists do), no one's needs by name, and the group's catering and access needs
//    in counts.
class RosterDocument
{
public:
    enum class Audience
    {
        Lead,
        Host
    };
    static void render(PageCanvas &canvas, const EventData &event, qint64 destinationId = 0,
                       Audience audience = Audience::Lead);
    // The footer for the event's title: "… · Group roster for the group lead: …".
    static QString footer(const QString &title, Audience audience);
    static QString audienceName(Audience audience); // "lead" or "host", as the CLI names it
    static constexpr int walkInRows = 5;
};

} // namespace fieldday
