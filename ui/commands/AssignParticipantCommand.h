#pragma once

#include "DocumentCommand.h"
#include "model/Participant.h"

#include <optional>

namespace fieldday {

// Puts a person in a group (or takes them out, destination 0). A move by hand is pinned, so a
// later allocation keeps it.
class AssignParticipantCommand : public DocumentCommand
{
public:
    AssignParticipantCommand(EventDocument *document, qint64 participantId, qint64 destinationId,
                             bool pinned);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const std::optional<Assignment> &assignment);

    qint64 m_participantId;
    std::optional<Assignment> m_before;
    std::optional<Assignment> m_after;
};

} // namespace fieldday
