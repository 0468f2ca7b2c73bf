#include "AddParticipantCommand.h"

#include "EventDocument.h"
#include "storage/Error.h"
#include "storage/ParticipantRepository.h"

namespace fieldday {

AddParticipantCommand::AddParticipantCommand(EventDocument *document,
                                             const Participant &participant)
    : DocumentCommand(document, QObject::tr("Add %1").arg(participant.displayName())),
      m_participant(participant)
{
    m_participant.id = 0;
}

QString AddParticipantCommand::problem(const EventData &) const
{
    try {
        ParticipantRepository::validate(m_participant);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

void AddParticipantCommand::apply()
{
    m_participant.id = ParticipantRepository(document()->file()).add(m_participant);
    touched(DocumentChange::people({m_participant.id}));
}

void AddParticipantCommand::revert()
{
    ParticipantRepository(document()->file()).remove(m_participant.id);
    touched(DocumentChange::people({m_participant.id}));
}

} // namespace fieldday
