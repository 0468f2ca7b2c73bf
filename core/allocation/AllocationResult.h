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

// The outcome of one run: every placement, the counts and the objective.
struct AllocationResult
{
    QString strategy;
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
    QJsonObject toJson() const;
};

} // namespace fieldday
