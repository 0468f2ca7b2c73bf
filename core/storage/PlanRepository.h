#pragma once

#include "model/EventData.h"

namespace fieldday {

class EventFile;

// Changes to the plan of the day: the event's details, places, destinations and their leads,
// transport legs, the reconvene and the agenda. save() inserts an entity whose id is 0, and
// otherwise writes it under its id (inserting it again if it was removed, which is how undo
// restores a deletion). Each call is one transaction.
class PlanRepository
{
public:
    explicit PlanRepository(EventFile &file);

    // With the research questions; returns their ids in order (new ones get one).
    QList<qint64> saveDetails(const EventDetails &details, const QStringList &sectors);
    qint64 save(const Place &place);
    qint64 save(const Destination &destination); // with its leads
    qint64 save(const TransportLeg &leg);
    qint64 save(const AgendaItem &item);
    void saveReconvene(const Reconvene &reconvene);

    void removePlace(qint64 id);
    // Its legs, choices and assignments go with it. A group with treasure is not removed
    // (BadInput): what it found is never lost with a change to the plan.
    void removeDestination(qint64 id);
    void removeLeg(qint64 id);
    void removeAgendaItem(qint64 id);

private:
    void remove(const QString &table, qint64 id);

    EventFile &m_file;
};

} // namespace fieldday
