#pragma once

#include "DocumentCommand.h"
#include "storage/RemovalSnapshot.h"

namespace fieldday {

// Removes a destination or a place with everything that hangs on it (see RemovalSnapshot):
// a destination's leads, legs, agenda items, people's choices of it and places in its group;
// every reference to a place. Undo puts all of it back as it was.
class RemoveFromPlanCommand : public DocumentCommand
{
public:
    enum class Kind
    {
        Destination,
        Place
    };
    RemoveFromPlanCommand(EventDocument *document, Kind kind, qint64 id);

protected:
    void apply() override;
    void revert() override;

private:
    Kind m_kind;
    qint64 m_id;
    RemovalSnapshot m_snapshot;
};

} // namespace fieldday
