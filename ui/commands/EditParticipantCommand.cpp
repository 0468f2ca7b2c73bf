#include "EditParticipantCommand.h"

#include "EventDocument.h"
#include "storage/Error.h"
#include "storage/ParticipantRepository.h"

namespace fieldday {

EditParticipantCommand::EditParticipantCommand(EventDocument *document, const Participant &before,
                                               const Participant &after, const QString &text)
    : DocumentCommand(document, text), m_before(before), m_after(after)
{
    if (const Assignment *a = document->data().assignmentOf(before.id))
        m_assignmentBefore = *a;
}

QString EditParticipantCommand::problem(const EventData &event) const
{
    if (!event.participant(m_after.id))
        return QObject::tr("%1 is no longer in the event.").arg(m_before.displayName());
    try {
        ParticipantRepository::validate(m_after);
    } catch (const Error &error) {
        return error.message();
    }
    return {};
}

void EditParticipantCommand::apply()
{
    ParticipantRepository(document()->file()).update(m_after);
    touched(DocumentChange::people({m_after.id}));
}

void EditParticipantCommand::revert()
{
    ParticipantRepository repository(document()->file());
    repository.update(m_before);
    if (m_assignmentBefore)
        repository.assign(m_before.id, m_assignmentBefore->destinationId,
                          m_assignmentBefore->pinned);
    touched(DocumentChange::people({m_before.id}));
}

} // namespace fieldday
