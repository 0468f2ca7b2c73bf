#pragma once

#include "DocumentCommand.h"
#include "photos/PhotoImporter.h"

#include <memory>

class QTemporaryDir;

namespace fieldday {

// Photos already prepared (PhotoImporter::prepare: turned, downscaled, stripped, in a
// temporary folder this command keeps) added to a group's log as one undo step. Undo deletes
// them; redo adds them again from the folder, under the same ids.
class ImportPhotosCommand : public DocumentCommand
{
public:
    ImportPhotosCommand(EventDocument *document, std::shared_ptr<QTemporaryDir> folder,
                        QList<PhotoImporter::Prepared> photos, const TreasureItem &item);
    ~ImportPhotosCommand() override;

    QString problem(const EventData &event) const override;
    qint64 createdId() const override { return m_ids.value(0); } // the first photo

protected:
    void apply() override;
    void revert() override;

private:
    std::shared_ptr<QTemporaryDir> m_folder;
    QList<PhotoImporter::Prepared> m_photos;
    TreasureItem m_item;
    QList<qint64> m_ids; // given by the first apply
};

} // namespace fieldday
