#pragma once

#include "DocumentCommand.h"
#include "model/Finding.h"

#include <optional>

namespace fieldday {

// Adds (no `before`), edits, or deletes (no `after`) one finding of "what we learned", as one
// undo step; undo puts back exactly what was there, under the same id.
class SaveFindingCommand : public DocumentCommand
{
public:
    SaveFindingCommand(EventDocument *document, std::optional<Finding> before,
                       std::optional<Finding> after);

    QString problem(const EventData &event) const override;
    qint64 createdId() const override { return !m_before && m_after ? m_after->id : 0; }

protected:
    void apply() override;
    void revert() override;

private:
    void write(std::optional<Finding> &target, const std::optional<Finding> &other);

    std::optional<Finding> m_before;
    std::optional<Finding> m_after;
};

} // namespace fieldday
