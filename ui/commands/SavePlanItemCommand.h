#pragma once

#include "DocumentCommand.h"
#include "EventDocument.h"
#include "storage/PlanRepository.h"

#include <optional>

namespace fieldday {

// How each kind of plan item is removed; saving is PlanRepository::save for all of them.
inline void removePlanItem(PlanRepository &plan, const Place &p)
{
    plan.removePlace(p.id);
}
inline void removePlanItem(PlanRepository &plan, const TransportLeg &l)
{
    plan.removeLeg(l.id);
}
inline void removePlanItem(PlanRepository &plan, const AgendaItem &a)
{
    plan.removeAgendaItem(a.id);
}
inline void removePlanItem(PlanRepository &plan, const Destination &d)
{
    plan.removeDestination(d.id);
}

// Adds (no `before`), edits, or removes (no `after`) one item of the plan, as one undo step.
// Undo puts back exactly what was there, under the same id. Only for items nothing else refers
// to: a place or destination that is in use is removed with RemoveFromPlanCommand, which puts
// back what referred to it too; here their removal only undoes their adding.
template <typename T> class SavePlanItemCommand : public DocumentCommand
{
public:
    SavePlanItemCommand(EventDocument *document, std::optional<T> before, std::optional<T> after,
                        const QString &text)
        : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after))
    {
    }

    qint64 savedId() const { return m_after ? m_after->id : 0; }

protected:
    void apply() override { write(m_after, m_before); }
    void revert() override { write(m_before, m_after); }

private:
    void write(std::optional<T> &target, const std::optional<T> &other)
    {
        PlanRepository plan(document()->file());
        if (target)
            target->id = plan.save(*target); // a new item keeps its id for undo and redo
        else if (other)
            removePlanItem(plan, *other);
    }

    std::optional<T> m_before;
    std::optional<T> m_after;
};

} // namespace fieldday
