#pragma once

#include "DocumentCommand.h"
#include "model/Finding.h"

namespace fieldday {

// Moves a finding one place up or down the report's "what we learned", as one undo step.
class MoveFindingCommand : public DocumentCommand
{
public:
    MoveFindingCommand(EventDocument *document, qint64 findingId, int step);

    QString problem(const EventData &event) const override;

protected:
    void apply() override;
    void revert() override;

private:
    void writeOrder(const QList<Finding> &order);

    QList<Finding> m_before;
    QList<Finding> m_after;
};

} // namespace fieldday
