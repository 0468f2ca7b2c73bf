#pragma once

#include "DocumentCommand.h"
#include "storage/RemovalSnapshot.h"

namespace fieldday {

// Deletes finds from the treasure log, photos and all; undo puts each back whole, under its id,
// with its links to findings.
class RemoveTreasureItemsCommand : public DocumentCommand
{
public:
    RemoveTreasureItemsCommand(EventDocument *document, QList<qint64> itemIds);

    QString problem(const EventData &event) const override;

protected:
    void apply() override;
    void revert() override;

private:
    QList<qint64> m_ids;
    QList<RemovalSnapshot> m_snapshots; // taken afresh on each apply
};

} // namespace fieldday
