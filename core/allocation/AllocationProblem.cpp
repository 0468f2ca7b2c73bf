#include "AllocationProblem.h"

namespace fieldday {

int AllocationSettings::rankCost(int rank) const
{
    if (rank >= 1 && rank <= rankCosts.size())
        return rankCosts[rank - 1];
    return (rank - 1) * (rank - 1);
}

} // namespace fieldday
