#include "AddParticipantCommand.h"

#include "EventDocument.h"
#include "storage/ParticipantRepository.h"

namespace fieldday {

AddParticipantCommand::AddParticipantCommand(EventDocument *document,
                                             const Participant &participant)
    : DocumentCommand(document, QObject::tr("Add %1").arg(participant.displayName())),
      m_participant(participant)
{
}

void AddParticipantCommand::apply()
{
    m_id = ParticipantRepository(document()->file()).add(m_participant);
}

void AddParticipantCommand::revert()
{
    ParticipantRepository(document()->file()).remove(m_id);
}

} // namespace fieldday
