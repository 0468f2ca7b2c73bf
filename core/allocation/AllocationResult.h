#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QStringList>

namespace fieldday {

struct AllocationProblem;

// Where one person ends up, and why.
struct Placement
{
    enum class Reason
    {
        Pinned,     // a manual decision, kept
        Choice,     // one of their ranked choices (see rank)
        Unranked,   // a destination they did not rank
        Unassigned, // no place: capacity, or nowhere they may go
        Kept,       // the place they held before this run (places are kept)
    };
    qint64 personId = 0;
    qint64 destinationId = 0; // 0: none
    int rank = 0;             // 1-based rank of the destination in their choices; 0: not ranked
    Reason reason = Reason::Unassigned;
    bool keptTogether = false;  // placed with their keep-together set
    bool accessLimited = false; // a better choice was ruled out: not step-free
    QString explanation;        // for people
};

struct DestinationSummary
{
    qint64 id = 0;
    QString name;
    int size = 0;
    int minSize = 0;
    int maxSize = 0;
    QMap<QString, int> sectors; // sector → people

    // "8 Public sector, 2 Community, 5 no sector": the mix in words, people without one last.
    QString sectorMix() const;
};

// Someone who held a place and would lose it or go to another group.
struct Move
{
    qint64 personId = 0;
    QString name;
    qint64 from = 0;
    qint64 to = 0; // 0: no group
};

// The outcome of one run: every placement, the counts and the objective.
struct AllocationResult
{
    QString strategy;
    bool keptPlaces = true;        // who held a place kept it
    QString tieBreak;              // "booking" or "draw"
    QList<Move> moves;             // everyone who held a place and would not keep it
    QList<Placement> placements;   // one per person, in the problem's order
    QMap<QString, int> rankCounts; // "1", "2", …, "unranked", "none"
    qint64 objective = 0;          // the total of the choice costs (docs/allocation.md)
    int shortfall = 0;             // people missing to reach the minimum sizes, in all
    QList<DestinationSummary> destinations;
    QList<qint64> waitlist; // unassigned people in booking order
    QStringList warnings;

    int assigned() const;
    int unassigned() const;
    QHash<qint64, qint64> assignment() const; // person → destination (0: none)
    QString destinationName(qint64 id) const; // empty for 0 or an unknown id
    QJsonObject toJson() const;
};

} // namespace fieldday
