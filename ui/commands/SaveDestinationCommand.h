#pragma once

#include "DocumentCommand.h"
#include "model/Destination.h"
#include "model/TransportLeg.h"

#include <optional>

namespace fieldday {

// Adds or edits a destination with its leads and all its legs out and back, as one write and
// one undo step: the group is never saved without some of its legs. A leg with id 0 is new; a
// stored leg not in the list is removed. Undo puts back exactly what was there, under the same
// ids; redo of an added destination brings it back under the id it first had.
class SaveDestinationCommand : public DocumentCommand
{
public:
    SaveDestinationCommand(EventDocument *document, const Destination &destination,
                           const QList<TransportLeg> &legs);

    // Why `destination` with `legs` cannot be saved into `event` (empty: it can), in words
    // for the user. The editor shows it as it is typed; push() refuses the change with it.
    static QString problemWith(const EventData &event, const Destination &destination,
                               const QList<TransportLeg> &legs);
    QString problem(const EventData &event) const override;
    qint64 createdId() const override { return m_before ? 0 : m_after.id; }

protected:
    void apply() override;
    void revert() override;

private:
    std::optional<Destination> m_before;
    QList<TransportLeg> m_beforeLegs;
    Destination m_after;
    QList<TransportLeg> m_afterLegs;
};

} // namespace fieldday
