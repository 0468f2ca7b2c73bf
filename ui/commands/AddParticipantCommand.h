#pragma once

#include "DocumentCommand.h"
#include "model/Participant.h"

namespace fieldday {

// Adds a person; undo deletes them again.
class AddParticipantCommand : public DocumentCommand
{
public:
    AddParticipantCommand(EventDocument *document, const Participant &participant);
    qint64 participantId() const { return m_id; }

protected:
    void apply() override;
    void revert() override;

private:
    Participant m_participant;
    qint64 m_id = 0;
};

} // namespace fieldday
