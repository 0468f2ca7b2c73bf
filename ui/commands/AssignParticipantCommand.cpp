#include "AssignParticipantCommand.h"

#include "EventDocument.h"
#include "storage/ParticipantRepository.h"
#include "storage/WriteTransaction.h"

namespace fieldday {

AssignParticipantCommand::AssignParticipantCommand(EventDocument *document, qint64 participantId,
                                                   qint64 destinationId, bool pinned)
    : DocumentCommand(document, QString()), m_participantId(participantId)
{
    const EventData &data = document->data();
    if (const Assignment *a = data.assignmentOf(participantId))
        m_before = *a;
    if (destinationId)
        m_after = Assignment{participantId, destinationId, pinned};
    const Participant *p = data.participant(participantId);
    const Destination *group = data.destination(destinationId);
    const QString name = p ? p->displayName() : QString();
    setText(group ? QObject::tr("Move %1 to %2").arg(name, group->name)
                  : QObject::tr("Take %1 out of their group").arg(name));
}

void AssignParticipantCommand::write(const std::optional<Assignment> &assignment)
{
    WriteTransaction transaction(document()->file());
    ParticipantRepository repository(document()->file());
    if (assignment)
        repository.assign(m_participantId, assignment->destinationId, assignment->pinned);
    else
        repository.unassign(m_participantId);
    transaction.commit();
}

void AssignParticipantCommand::apply()
{
    write(m_after);
}
void AssignParticipantCommand::revert()
{
    write(m_before);
}

} // namespace fieldday
