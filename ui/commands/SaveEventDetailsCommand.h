#pragma once

#include "DocumentCommand.h"
#include "model/EventDetails.h"
#include "model/Reconvene.h"

namespace fieldday {

// Changes the event's details and sectors, or its reconvene, as one undo step.
class SaveEventDetailsCommand : public DocumentCommand
{
public:
    SaveEventDetailsCommand(EventDocument *document, const EventDetails &details,
                            const QStringList &sectors, const Reconvene &reconvene);

    static QString problemWith(const EventDetails &details);
    QString problem(const EventData &event) const override;

protected:
    void apply() override;
    void revert() override;

private:
    EventDetails m_beforeDetails, m_afterDetails;
    QStringList m_beforeSectors, m_afterSectors;
    Reconvene m_beforeReconvene, m_afterReconvene;
};

} // namespace fieldday
