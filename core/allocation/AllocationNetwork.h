#pragma once

#include "AllocationProblem.h"

#include <QHash>

namespace fieldday {

// The optimal allocation as a network (see docs/allocation.md): people with the same choices,
// sector and access need are one node; flow from them to destinations costs what the objective
// says, in tiers weighted so that a lower tier can never outweigh a higher one. Solved as a
// min-cost flow by LEMON, or, when keep-together sets make it an integer program, by GLPK.
class AllocationNetwork
{
public:
    explicit AllocationNetwork(const AllocationProblem &problem);

    // Person → destination (0: unassigned) for the free people (not pinned).
    QHash<qint64, qint64> solve();

    // The spread cost of the j-th person (1-based) of one sector at a destination of this
    // capacity: non-decreasing in j, so the sum is convex and a flow can minimise it.
    static qint64 spreadCost(int j, int capacity);

private:
    struct Arc
    {
        int from;
        int to;
        qint64 capacity;
        qint64 cost;
    };
    // A keep-together set: one option per destination they may all go to, or none.
    struct SetOption
    {
        qint64 destinationId; // 0: unassigned
        qint64 cost;
        QList<std::pair<int, int>> inflows; // node → people it brings
    };
    struct KeepSet
    {
        QList<qint64> members;
        QList<SetOption> options;
    };

    int addNode(qint64 supply = 0);
    void addArc(int from, int to, qint64 capacity, qint64 cost);
    void build();
    QList<qint64> solveWithLemon();
    QList<qint64> solveWithGlpk(QList<int> *chosenOptions);

    const AllocationProblem &m_problem;
    QList<qint64> m_supply;
    QList<Arc> m_arcs;
    QList<KeepSet> m_sets;
    int m_sink = -1;
    // A group of interchangeable people and the arcs that leave them.
    struct Type
    {
        QList<qint64> people;
        int node;
        QList<std::pair<int, qint64>> arcs; // arc index → destination id (0: unassigned)
        int hubArc = -1;
        int hub = -1;
    };
    QList<Type> m_types;
    QHash<int, QList<std::pair<int, qint64>>> m_hubOut; // hub node → (arc, destination)
};

} // namespace fieldday
