#include "RemoveTreasureItemsCommand.h"

#include "EventDocument.h"
#include "storage/TreasureRepository.h"

#include <QObject>

namespace fieldday {

RemoveTreasureItemsCommand::RemoveTreasureItemsCommand(EventDocument *document,
                                                       QList<qint64> itemIds)
    : DocumentCommand(document, QString()), m_ids(std::move(itemIds))
{
    const TreasureItem *item =
        m_ids.size() == 1 ? document->data().treasureItem(m_ids.first()) : nullptr;
    setText(item ? QObject::tr("Delete %1").arg(item->label())
                 : QObject::tr("Delete %n finds", nullptr, int(m_ids.size())));
}

QString RemoveTreasureItemsCommand::problem(const EventData &event) const
{
    for (qint64 id : m_ids) {
        if (!event.treasureItem(id))
            return QObject::tr("That find is no longer in the treasure log.");
    }
    return m_ids.isEmpty() ? QObject::tr("Nothing is selected.") : QString();
}

void RemoveTreasureItemsCommand::apply()
{
    EventFile &file = document()->file();
    TreasureRepository treasure(file);
    m_snapshots.clear();
    for (qint64 id : std::as_const(m_ids)) {
        m_snapshots.append(RemovalSnapshot::ofTreasureItem(file, id));
        treasure.remove(id);
    }
    touched(DocumentChange::treasure());
}

void RemoveTreasureItemsCommand::revert()
{
    for (const RemovalSnapshot &snapshot : std::as_const(m_snapshots))
        snapshot.restore(document()->file());
    touched(DocumentChange::treasure());
}

} // namespace fieldday
