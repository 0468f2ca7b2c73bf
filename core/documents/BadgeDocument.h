#pragma once

#include "model/EventData.h"

namespace fieldday {

class PageCanvas;

// Name badges, eight to a sheet: the given name large, the family name and organisation, and
// the group's name on a band of its colour so groups can find each other.
class BadgeDocument
{
public:
    static void render(PageCanvas &canvas, const EventData &event);
    static constexpr int columns = 2;
    static constexpr int rows = 4;
};

} // namespace fieldday
