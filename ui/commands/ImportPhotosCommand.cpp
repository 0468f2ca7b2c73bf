#include "ImportPhotosCommand.h"

#include "EventDocument.h"
#include "storage/TreasureRepository.h"

#include <QObject>
#include <QTemporaryDir>

namespace fieldday {

ImportPhotosCommand::ImportPhotosCommand(EventDocument *document,
                                         std::shared_ptr<QTemporaryDir> folder,
                                         QList<PhotoImporter::Prepared> photos,
                                         const TreasureItem &item)
    : DocumentCommand(document, QString()), m_folder(std::move(folder)),
      m_photos(std::move(photos)), m_item(item)
{
    const Destination *group = document->data().destination(item.destinationId);
    setText(QObject::tr("Add %n photos to %1", nullptr, int(m_photos.size()))
                .arg(group ? group->name : QString()));
}

ImportPhotosCommand::~ImportPhotosCommand() = default;

QString ImportPhotosCommand::problem(const EventData &event) const
{
    if (!event.destination(m_item.destinationId))
        return QObject::tr("That group is no longer in the event.");
    return m_photos.isEmpty() ? QObject::tr("There are no new photos to add.") : QString();
}

void ImportPhotosCommand::apply()
{
    m_ids = PhotoImporter::store(document()->file(), m_photos, m_item, m_ids);
    touched(DocumentChange::treasure());
}

void ImportPhotosCommand::revert()
{
    TreasureRepository treasure(document()->file());
    for (qint64 id : std::as_const(m_ids))
        treasure.remove(id);
    touched(DocumentChange::treasure());
}

} // namespace fieldday
