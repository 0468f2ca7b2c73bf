#include "SaveEventDetailsCommand.h"

#include "EventDocument.h"
#include "storage/PlanRepository.h"
#include "storage/WriteTransaction.h"

namespace fieldday {

SaveEventDetailsCommand::SaveEventDetailsCommand(EventDocument *document,
                                                 const EventDetails &details,
                                                 const QStringList &sectors,
                                                 const Reconvene &reconvene)
    : DocumentCommand(document, QObject::tr("Edit the event's details")),
      m_beforeDetails(document->data().details), m_afterDetails(details),
      m_beforeSectors(document->data().sectors), m_afterSectors(sectors),
      m_beforeReconvene(document->data().reconvene), m_afterReconvene(reconvene)
{
}

void SaveEventDetailsCommand::apply()
{
    WriteTransaction transaction(document()->file());
    PlanRepository plan(document()->file());
    plan.saveDetails(m_afterDetails, m_afterSectors);
    plan.saveReconvene(m_afterReconvene);
    transaction.commit();
}

void SaveEventDetailsCommand::revert()
{
    WriteTransaction transaction(document()->file());
    PlanRepository plan(document()->file());
    plan.saveDetails(m_beforeDetails, m_beforeSectors);
    plan.saveReconvene(m_beforeReconvene);
    transaction.commit();
}

} // namespace fieldday
