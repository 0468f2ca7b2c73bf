#include "RemoveFromPlanCommand.h"

#include "EventDocument.h"
#include "storage/PlanRepository.h"
#include "storage/WriteTransaction.h"

#include <QObject>

namespace fieldday {

RemoveFromPlanCommand::RemoveFromPlanCommand(EventDocument *document, Kind kind, qint64 id)
    : DocumentCommand(document, QString()), m_kind(kind), m_id(id)
{
    const EventData &data = document->data();
    if (kind == Kind::Destination) {
        const Destination *destination = data.destination(id);
        setText(QObject::tr("Delete the destination %1")
                    .arg(destination ? destination->name : QString()));
    } else {
        const Place *place = data.place(id);
        setText(QObject::tr("Delete the place %1").arg(place ? place->name : QString()));
    }
}

void RemoveFromPlanCommand::apply()
{
    // Taken afresh on every redo: what hangs on the item is whatever is there now.
    EventFile &file = document()->file();
    WriteTransaction transaction(file);
    PlanRepository plan(file);
    if (m_kind == Kind::Destination) {
        m_snapshot = RemovalSnapshot::ofDestination(file, m_id);
        plan.removeDestination(m_id);
    } else {
        m_snapshot = RemovalSnapshot::ofPlace(file, m_id);
        plan.removePlace(m_id);
        touched(DocumentChange::plan()); // a destination's removal takes people's choices too
    }
    transaction.commit();
}

void RemoveFromPlanCommand::revert()
{
    m_snapshot.restore(document()->file());
    if (m_kind == Kind::Place)
        touched(DocumentChange::plan());
}

} // namespace fieldday
