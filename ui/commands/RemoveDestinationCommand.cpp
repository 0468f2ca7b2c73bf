#include "RemoveDestinationCommand.h"

#include "EventDocument.h"
#include "storage/PlanRepository.h"
#include "storage/WriteTransaction.h"

#include <QObject>

namespace fieldday {

RemoveDestinationCommand::RemoveDestinationCommand(EventDocument *document, qint64 destinationId)
    : DocumentCommand(document, QString()), m_destinationId(destinationId)
{
    const Destination *destination = document->data().destination(destinationId);
    setText(
        QObject::tr("Delete the destination %1").arg(destination ? destination->name : QString()));
}

void RemoveDestinationCommand::apply()
{
    // Taken afresh on every redo: what hangs on the destination is whatever is there now.
    WriteTransaction transaction(document()->file());
    m_snapshot = DestinationSnapshot::take(document()->file(), m_destinationId);
    PlanRepository(document()->file()).removeDestination(m_destinationId);
    transaction.commit();
}

void RemoveDestinationCommand::revert()
{
    m_snapshot.restore(document()->file());
}

} // namespace fieldday
