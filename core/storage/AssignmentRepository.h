#pragma once

#include "model/Participant.h"

#include <QHash>
#include <QList>

namespace fieldday {

class EventFile;

// Places in groups, many at once: an allocation written in one go, and every place put back as
// it was (undo). One person's place is ParticipantRepository::assign. Each call is one
// transaction unless the caller already holds one.
class AssignmentRepository
{
public:
    explicit AssignmentRepository(EventFile &file);

    // For each person: their place unless it is pinned is replaced by the given destination
    // (0: no group). Pinned places are never touched.
    void replaceUnpinned(const QHash<qint64, qint64> &destinationOf);
    // Every place in the event becomes exactly `assignments`.
    void replaceAll(const QList<Assignment> &assignments);

private:
    EventFile &m_file;
};

} // namespace fieldday
