#pragma once

#include "model/EventData.h"

namespace fieldday {

class PageCanvas;

// The group roster: for each destination, from a new page, where and when the group goes, who
// leads it, and a table of its members with a column to tick them off, and rows for walk-ins.
class RosterDocument
{
public:
    static void render(PageCanvas &canvas, const EventData &event, qint64 destinationId = 0);
    static constexpr int walkInRows = 5;
};

} // namespace fieldday
