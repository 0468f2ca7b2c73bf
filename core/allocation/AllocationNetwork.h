#pragma once

#include "AllocationProblem.h"

#include <QHash>

namespace fieldday {

// The optimal allocation as a network (see docs/allocation.md): people with the same choices,
// sector and access need are one node (with booking order, every person is a node of their
// own); flow from them to destinations costs what the objective says. The objective's tiers are
// weighted so that a lower tier can never outweigh a higher one; with booking order, the tiers
// below the total cost are a second stage, solved among the optima of the first. Solved as a
// min-cost flow by LEMON, or, when keep-together sets make it an integer program, by GLPK.
class AllocationNetwork
{
public:
    explicit AllocationNetwork(const AllocationProblem &problem);

    // Person → destination (0: unassigned) for the free people (not pinned or kept).
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
        qint64 cost;  // the first stage (the only one without booking order)
        qint64 cost2; // the second stage: booking order, then the sector spread
    };
    // A keep-together set: one option per destination they may all go to, or none.
    struct SetOption
    {
        qint64 destinationId; // 0: unassigned
        qint64 cost;
        qint64 cost2;
        QList<std::pair<int, int>> inflows; // node → people it brings
    };
    struct KeepSet
    {
        QList<qint64> members;
        QList<SetOption> options;
    };

    int addNode(qint64 supply = 0);
    void addArc(int from, int to, qint64 capacity, qint64 cost, qint64 cost2 = 0);
    void build();
    // With booking order, `personArc` gets the arc of their type that each person takes.
    QList<qint64> solveWithLemon(QHash<qint64, int> *personArc);
    QList<qint64> solveWithGlpk(QList<int> *chosenOptions);

    const AllocationProblem &m_problem;
    bool m_twoStages = false; // booking order: tiers 3 and 4 among the optima of tiers 1 and 2
    QList<qint64> m_bookingWeights; // parallel to the problem's people, with booking order
    qint64 m_bookingWeight = 0;     // of one unit of the booking tier in the second stage
    QList<qint64> m_supply;
    QList<Arc> m_arcs;
    QList<KeepSet> m_sets;
    int m_sink = -1;
    // A group of people the first stage treats alike (the same choices, sector and access
    // need), and the arcs that leave them. The second stage tells them apart by booking order.
    struct TypeArc
    {
        int arc;
        qint64 destination; // 0: unassigned, -1: the hub (unranked)
        int cost;           // of the placement, as the objective counts it
    };
    struct Type
    {
        QList<qint64> people;
        QList<qsizetype> members; // their indices in the problem
        int node;
        QList<TypeArc> arcs; // the hub's last, if any
        int hub = -1;
    };
    QList<Type> m_types;
    QHash<int, QList<std::pair<int, qint64>>> m_hubOut; // hub node → (arc, destination)
};

} // namespace fieldday
