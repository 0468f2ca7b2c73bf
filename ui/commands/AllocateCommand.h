#pragma once

#include "DocumentCommand.h"
#include "allocation/AllocationProblem.h"
#include "allocation/AllocationResult.h"
#include "model/Participant.h"

namespace fieldday {

// Applies an allocation as one undo step; undo puts every assignment back as it was. The
// tie-break it ran with becomes the event's (and goes back with undo).
class AllocateCommand : public DocumentCommand
{
public:
    AllocateCommand(EventDocument *document, AllocationProblem problem, AllocationResult result);

protected:
    void apply() override;
    void revert() override;

private:
    AllocationProblem m_problem;
    AllocationResult m_result;
    QList<Assignment> m_before;
    TieBreak m_tieBreakBefore;
};

} // namespace fieldday
