#pragma once

#include "DocumentCommand.h"
#include "model/Participant.h"

#include <optional>

namespace fieldday {

// Changes a participant's details or status; undo restores what they were.
class EditParticipantCommand : public DocumentCommand
{
public:
    // `before` is the person as the event holds them now.
    EditParticipantCommand(EventDocument *document, const Participant &before,
                           const Participant &after, const QString &text);

    QString problem(const EventData &event) const override;

protected:
    void apply() override;
    void revert() override;

private:
    Participant m_before;
    Participant m_after;
    std::optional<Assignment> m_assignmentBefore; // a cancellation frees the group place
};

} // namespace fieldday
