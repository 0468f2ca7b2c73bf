#pragma once

#include "DocumentCommand.h"
#include "model/Participant.h"

#include <optional>

namespace fieldday {

// Puts people in a group (or takes them out, destination 0), all in one step: one person
// dragged on the board, a keep-together set offered a place, a selection moved. A move by
// hand is pinned, so a later allocation keeps it.
class MoveParticipantsCommand : public DocumentCommand
{
public:
    MoveParticipantsCommand(EventDocument *document, const QList<qint64> &participantIds,
                            qint64 destinationId, bool pinned, const QString &text = {});

    QString problem(const EventData &event) const override;

protected:
    void apply() override;
    void revert() override;

private:
    struct Move
    {
        qint64 participantId;
        std::optional<Assignment> before;
    };
    void assign(bool forward);

    QList<Move> m_moves;
    qint64 m_destinationId;
    bool m_pinned;
};

} // namespace fieldday
