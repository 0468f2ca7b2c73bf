#pragma once

#include "DocumentCommand.h"
#include "model/Participant.h"

namespace fieldday {

// Changes a participant's details or status; undo restores what they were.
class EditParticipantCommand : public DocumentCommand
{
public:
    EditParticipantCommand(EventDocument *document, const Participant &before,
                           const Participant &after, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    Participant m_before;
    Participant m_after;
    std::optional<Assignment> m_assignmentBefore; // a cancellation frees the group place
};

} // namespace fieldday
