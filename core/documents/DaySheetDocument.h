#pragma once

#include "model/EventData.h"

namespace fieldday {

class PageCanvas;

// The whole day on one sheet (landscape): every group's lane on a time axis, where each group
// meets, and who to call.
class DaySheetDocument
{
public:
    static void render(PageCanvas &canvas, const EventData &event);
};

} // namespace fieldday
