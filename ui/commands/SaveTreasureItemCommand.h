#pragma once

#include "DocumentCommand.h"
#include "model/TreasureItem.h"

#include <optional>

namespace fieldday {

// Adds a quote or an observation to a group's treasure log (no `before`), or changes any find
// (its caption, answers, kinds, questions, choices, consent, who is in it). Undo puts back
// what was there; redo of an added find brings it back under the id it first had. A photo's
// image is never changed here.
class SaveTreasureItemCommand : public DocumentCommand
{
public:
    SaveTreasureItemCommand(EventDocument *document, std::optional<TreasureItem> before,
                            const TreasureItem &after);

    // Why `item` cannot be saved into `event` (empty: it can), in words for the user; the
    // item form shows it as it is edited.
    static QString problemWith(const EventData &event, const TreasureItem &item);
    QString problem(const EventData &event) const override;
    qint64 createdId() const override { return m_before ? 0 : m_after.id; }

protected:
    void apply() override;
    void revert() override;

private:
    std::optional<TreasureItem> m_before;
    TreasureItem m_after; // its id is 0 until the first apply of an added find
};

} // namespace fieldday
