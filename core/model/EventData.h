#pragma once

#include "AgendaItem.h"
#include "Destination.h"
#include "EventDetails.h"
#include "Participant.h"
#include "Place.h"
#include "Reconvene.h"
#include "TransportLeg.h"
#include "UnsoundRow.h"

#include <QHash>
#include <QList>
#include <QStringList>

namespace fieldday {

// A whole event in memory: what checks, reports and documents read.
// Entities refer to each other by id; the lookups below are built by index().
struct EventData
{
    EventDetails details;
    QStringList sectors;
    QList<Place> places;
    QList<Destination> destinations; // in display order
    QList<Participant> participants;
    QList<Assignment> assignments;
    QList<TransportLeg> legs; // by destination, direction, position
    Reconvene reconvene;
    QList<AgendaItem> agenda;          // by start time
    QList<QList<qint64>> keepTogether; // participant ids that must share a group
    // Rows of the file this snapshot leaves out (or read without a broken reference), and why:
    // empty for every file Fieldday wrote itself.
    QList<UnsoundRow> unsound;

    // Rebuilds the id lookups; call after changing the lists.
    void index();

    const Place *place(qint64 id) const;
    const Destination *destination(qint64 id) const;
    const Destination *destinationByName(const QString &name) const; // case-insensitive
    const Participant *participant(qint64 id) const;
    const Assignment *assignmentOf(qint64 participantId) const;
    qint64 destinationOf(qint64 participantId) const;               // 0: no group
    QList<const Participant *> members(qint64 destinationId) const; // by family, given name
    QList<const TransportLeg *> legsOf(qint64 destinationId, LegDirection direction) const;
    QString placeName(qint64 id) const;
    // Yes when the place and every leg are step-free, No when any is not, else Unknown.
    StepFree destinationStepFree(qint64 destinationId) const;

private:
    QHash<qint64, qsizetype> m_placeIndex;
    QHash<qint64, qsizetype> m_destinationIndex;
    QHash<qint64, qsizetype> m_participantIndex;
    QHash<qint64, qsizetype> m_assignmentIndex;
};

} // namespace fieldday
