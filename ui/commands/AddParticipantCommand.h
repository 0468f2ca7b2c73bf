#pragma once

#include "DocumentCommand.h"
#include "model/Participant.h"

namespace fieldday {

// Adds a person; undo deletes them again, redo brings them back under the same id.
class AddParticipantCommand : public DocumentCommand
{
public:
    AddParticipantCommand(EventDocument *document, const Participant &participant);

    QString problem(const EventData &event) const override;
    qint64 createdId() const override { return m_participant.id; }

protected:
    void apply() override;
    void revert() override;

private:
    Participant m_participant; // its id is 0 until the first apply
};

} // namespace fieldday
