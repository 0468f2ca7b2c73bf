#pragma once

#include "DocumentCommand.h"
#include "model/AgendaItem.h"
#include "model/Place.h"
#include "storage/RemovalSnapshot.h"

namespace fieldday {

// Saves the day's places and agenda as edited together, as one write and one undo step: the
// lists as they are to be, where an item with id 0 is new and a stored item missing from its
// list is removed. A removed place takes its references with it (the hub, legs, destinations,
// the reconvene, agenda items); undo puts the place and every reference back.
class SavePlacesAndAgendaCommand : public DocumentCommand
{
public:
    SavePlacesAndAgendaCommand(EventDocument *document, const QList<Place> &places,
                               const QList<AgendaItem> &agenda);

    static QString problemWith(const QList<Place> &places, const QList<AgendaItem> &agenda);
    QString problem(const EventData &event) const override;

protected:
    void apply() override;
    void revert() override;

private:
    QList<Place> m_beforePlaces, m_afterPlaces;
    QList<AgendaItem> m_beforeAgenda, m_afterAgenda;
    QList<RemovalSnapshot> m_removedPlaces; // taken by each apply, in removal order
};

} // namespace fieldday
