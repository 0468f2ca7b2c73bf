#pragma once

#include <QList>

namespace fieldday {

// What a change to the event touched, so the snapshot and the views refresh that part rather
// than the whole event: a few people (an edit, a move), the plan (details, places, groups,
// legs, agenda), the treasure log (finds and findings), or everything (an import, an
// allocation, a deleted group).
struct DocumentChange
{
    enum class Scope
    {
        People,
        Plan,
        Treasure,
        Everything
    };

    Scope scope = Scope::Everything;
    QList<qint64> participantIds; // for People: added, edited, moved or removed

    static DocumentChange people(QList<qint64> ids) { return {Scope::People, std::move(ids)}; }
    static DocumentChange plan() { return {Scope::Plan, {}}; }
    static DocumentChange treasure() { return {Scope::Treasure, {}}; }
    static DocumentChange everything() { return {}; }

    bool touches(qint64 participantId) const
    {
        return scope == Scope::Everything ||
               (scope == Scope::People && participantIds.contains(participantId));
    }
};

} // namespace fieldday
