#include "SaveTreasureItemCommand.h"

#include "EventDocument.h"
#include "storage/TreasureRepository.h"

#include <QObject>

namespace fieldday {

namespace {
QString describe(const std::optional<TreasureItem> &before, const TreasureItem &after)
{
    if (!before)
        return after.type == TreasureType::Quote ? QObject::tr("Add a quote")
                                                 : QObject::tr("Add an observation");
    return QObject::tr("Edit %1").arg(after.label());
}
} // namespace

SaveTreasureItemCommand::SaveTreasureItemCommand(EventDocument *document,
                                                 std::optional<TreasureItem> before,
                                                 const TreasureItem &after)
    : DocumentCommand(document, describe(before, after)), m_before(std::move(before)),
      m_after(after)
{
}

QString SaveTreasureItemCommand::problemWith(const EventData &event, const TreasureItem &item)
{
    if (!event.destination(item.destinationId))
        return QObject::tr("Choose the group that found it.");
    if (item.type != TreasureType::Photo && item.text.trimmed().isEmpty())
        return item.type == TreasureType::Quote ? QObject::tr("Write down the words said.")
                                                : QObject::tr("Write down what was seen.");
    if (item.identifiable == Identifiable::Named && item.shows.isEmpty())
        return QObject::tr("Tick who can be recognised, or choose \"nobody\" or \"not known\".");
    return {};
}

QString SaveTreasureItemCommand::problem(const EventData &event) const
{
    if (m_before && !event.treasureItem(m_before->id))
        return QObject::tr("That find is no longer in the treasure log.");
    return problemWith(event, m_after);
}

void SaveTreasureItemCommand::apply()
{
    m_after.id = TreasureRepository(document()->file()).save(m_after);
    touched(DocumentChange::treasure());
}

void SaveTreasureItemCommand::revert()
{
    TreasureRepository treasure(document()->file());
    if (m_before)
        treasure.save(*m_before);
    else
        treasure.remove(m_after.id);
    touched(DocumentChange::treasure());
}

} // namespace fieldday
