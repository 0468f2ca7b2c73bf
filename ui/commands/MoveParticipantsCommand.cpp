#include "MoveParticipantsCommand.h"

#include "EventDocument.h"
#include "storage/ParticipantRepository.h"

namespace fieldday {

MoveParticipantsCommand::MoveParticipantsCommand(EventDocument *document,
                                                 const QList<qint64> &participantIds,
                                                 qint64 destinationId, bool pinned,
                                                 const QString &text)
    : DocumentCommand(document, text), m_destinationId(destinationId), m_pinned(pinned)
{
    const EventData &data = document->data();
    for (qint64 id : participantIds) {
        const Assignment *a = data.assignmentOf(id);
        m_moves.append({id, a ? std::optional<Assignment>(*a) : std::nullopt});
    }
    if (!text.isEmpty())
        return;
    const Participant *first = participantIds.size() == 1 ? data.participant(participantIds[0])
                                                          : nullptr;
    const Destination *group = data.destination(destinationId);
    const QString who = first ? first->displayName()
                              : QObject::tr("%n people", nullptr, int(participantIds.size()));
    setText(group ? QObject::tr("Move %1 to %2").arg(who, group->name)
                  : QObject::tr("Take %1 out of their group").arg(who));
}

QString MoveParticipantsCommand::problem(const EventData &event) const
{
    if (m_destinationId && !event.destination(m_destinationId))
        return QObject::tr("That group is no longer in the event.");
    for (const Move &move : m_moves) {
        if (!event.participant(move.participantId))
            return QObject::tr("Someone to move is no longer in the event.");
    }
    return {};
}

void MoveParticipantsCommand::assign(bool forward)
{
    ParticipantRepository repository(document()->file());
    QList<qint64> ids;
    for (const Move &move : std::as_const(m_moves)) {
        const std::optional<Assignment> target =
            forward ? (m_destinationId ? std::optional<Assignment>(Assignment{
                                             move.participantId, m_destinationId, m_pinned})
                                       : std::nullopt)
                    : move.before;
        if (target)
            repository.assign(move.participantId, target->destinationId, target->pinned);
        else
            repository.unassign(move.participantId);
        ids.append(move.participantId);
    }
    touched(DocumentChange::people(ids));
}

void MoveParticipantsCommand::apply()
{
    assign(true);
}

void MoveParticipantsCommand::revert()
{
    assign(false);
}

} // namespace fieldday
