#pragma once

#include <QString>

namespace fieldday {

// Whether a place or a leg can be used without steps; unknown is its own answer, not "no".
enum class StepFree
{
    Unknown,
    Yes,
    No
};

QString stepFreeToString(StepFree value);
// Accepts yes/no/unknown (any case); returns false for anything else.
bool stepFreeFromString(const QString &text, StepFree *value);

} // namespace fieldday
