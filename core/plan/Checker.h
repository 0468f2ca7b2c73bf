#pragma once

#include "Problem.h"
#include "model/EventData.h"

namespace fieldday {

struct CheckSettings
{
    int returnBufferMinutes = 10; // groups back this long before the reconvene starts
};

// Inspects an event and returns every problem, errors first (docs/checks.md lists the codes).
class Checker
{
public:
    static QList<Problem> run(const EventData &event, const CheckSettings &settings = {});
    // The code of a row the file should not hold: "row-not-allowed", …
    static QString codeOf(const UnsoundRow &row);
};

} // namespace fieldday
