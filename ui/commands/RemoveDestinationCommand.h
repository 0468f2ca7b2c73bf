#pragma once

#include "DocumentCommand.h"
#include "storage/DestinationSnapshot.h"

namespace fieldday {

// Removes a destination with everything that hangs on it (leads, legs, agenda items, people's
// choices of it and their places in its group). Undo puts all of it back as it was.
class RemoveDestinationCommand : public DocumentCommand
{
public:
    RemoveDestinationCommand(EventDocument *document, qint64 destinationId);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_destinationId;
    DestinationSnapshot m_snapshot;
};

} // namespace fieldday
