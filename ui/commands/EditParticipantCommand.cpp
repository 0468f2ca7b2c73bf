#include "EditParticipantCommand.h"

#include "EventDocument.h"
#include "storage/ParticipantRepository.h"
#include "storage/WriteTransaction.h"

namespace fieldday {

EditParticipantCommand::EditParticipantCommand(EventDocument *document, const Participant &before,
                                               const Participant &after, const QString &text)
    : DocumentCommand(document, text), m_before(before), m_after(after)
{
    if (const Assignment *a = document->data().assignmentOf(before.id))
        m_assignmentBefore = *a;
}

void EditParticipantCommand::apply()
{
    ParticipantRepository(document()->file()).update(m_after);
}

void EditParticipantCommand::revert()
{
    WriteTransaction transaction(document()->file());
    ParticipantRepository repository(document()->file());
    repository.update(m_before);
    if (m_assignmentBefore)
        repository.assign(m_before.id, m_assignmentBefore->destinationId,
                          m_assignmentBefore->pinned);
    transaction.commit();
}

} // namespace fieldday
