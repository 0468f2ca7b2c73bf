#pragma once

#include <QString>

namespace fieldday {

// What the day plan asks of each of its editors (the event, places and agenda, a
// destination) before showing another part or closing: whether anything typed is not applied
// yet, and to apply or drop it.
class PlanPartEditor
{
public:
    virtual ~PlanPartEditor() = default;
    virtual bool hasChanges() const = 0;
    virtual void apply() = 0;
    virtual void revert() = 0;
    // What the question names: "Salford", "places and agenda".
    virtual QString partName() const = 0;
};

} // namespace fieldday
