#include "SavePlacesAndAgendaCommand.h"

#include "EventDocument.h"
#include "storage/PlanRepository.h"

#include <algorithm>

namespace fieldday {

namespace {
template <typename T> bool containsId(const QList<T> &items, qint64 id)
{
    return id && std::any_of(items.cbegin(), items.cend(),
                             [id](const T &item) { return item.id == id; });
}
} // namespace

SavePlacesAndAgendaCommand::SavePlacesAndAgendaCommand(EventDocument *document,
                                                       const QList<Place> &places,
                                                       const QList<AgendaItem> &agenda)
    : DocumentCommand(document, QObject::tr("Edit places and agenda")),
      m_beforePlaces(document->data().places), m_afterPlaces(places),
      m_beforeAgenda(document->data().agenda), m_afterAgenda(agenda)
{
    // An agenda item at a place that goes is at no place, as the file would make it anyway.
    for (AgendaItem &item : m_afterAgenda) {
        if (item.placeId && !containsId(m_afterPlaces, item.placeId))
            item.placeId = 0;
    }
}

QString SavePlacesAndAgendaCommand::problemWith(const QList<Place> &places,
                                                const QList<AgendaItem> &agenda)
{
    for (qsizetype i = 0; i < places.size(); ++i) {
        if (places[i].name.trimmed().isEmpty())
            return QObject::tr("Place %1 needs a name (or remove it).").arg(i + 1);
    }
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        const AgendaItem &item = agenda[i];
        if (item.title.trimmed().isEmpty())
            return QObject::tr("Agenda item %1 needs a title (or remove it).").arg(i + 1);
        if (item.start.isValid() && item.end.isValid() && item.end < item.start)
            return QObject::tr("%1 ends (%2) before it starts (%3).")
                .arg(item.title, item.end.toString(QStringLiteral("HH:mm")),
                     item.start.toString(QStringLiteral("HH:mm")));
    }
    return {};
}

QString SavePlacesAndAgendaCommand::problem(const EventData &) const
{
    return problemWith(m_afterPlaces, m_afterAgenda);
}

void SavePlacesAndAgendaCommand::apply()
{
    EventFile &file = document()->file();
    PlanRepository plan(file);
    // New items keep the ids their first save gave them, for redo.
    for (Place &place : m_afterPlaces)
        place.id = plan.save(place);
    for (AgendaItem &item : m_afterAgenda)
        item.id = plan.save(item);
    for (const AgendaItem &item : std::as_const(m_beforeAgenda)) {
        if (!containsId(m_afterAgenda, item.id))
            plan.removeAgendaItem(item.id);
    }
    m_removedPlaces.clear();
    for (const Place &place : std::as_const(m_beforePlaces)) {
        if (containsId(m_afterPlaces, place.id))
            continue;
        m_removedPlaces.append(RemovalSnapshot::ofPlace(file, place.id));
        plan.removePlace(place.id);
    }
    touched(DocumentChange::plan());
}

void SavePlacesAndAgendaCommand::revert()
{
    EventFile &file = document()->file();
    PlanRepository plan(file);
    // Backwards: removed places and what referred to them come back first, then the agenda
    // and the places as they were.
    for (auto it = m_removedPlaces.crbegin(); it != m_removedPlaces.crend(); ++it)
        it->restore(file);
    for (const AgendaItem &item : std::as_const(m_afterAgenda)) {
        if (!containsId(m_beforeAgenda, item.id))
            plan.removeAgendaItem(item.id);
    }
    for (const AgendaItem &item : std::as_const(m_beforeAgenda))
        plan.save(item);
    for (const Place &place : std::as_const(m_afterPlaces)) {
        if (!containsId(m_beforePlaces, place.id))
            plan.removePlace(place.id);
    }
    for (const Place &place : std::as_const(m_beforePlaces))
        plan.save(place);
    touched(DocumentChange::plan());
}

} // namespace fieldday
