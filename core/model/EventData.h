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
#include <optional>

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

    // The same event: every list the same, in the same order.
    bool operator==(const EventData &other) const;

    // Rebuilds the id lookups; call after changing the lists.
    void index();

    // One person changed, as the file now holds them: replaced, or put in id order, with their
    // place in a group (or none). Keeps the lists as a fresh load orders them.
    void setParticipant(const Participant &participant,
                        const std::optional<Assignment> &assignment);
    void removeParticipant(qint64 id); // with their place and their keep-together membership

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
    void setAssignment(qint64 participantId, const std::optional<Assignment> &assignment);

    QHash<qint64, qsizetype> m_placeIndex;
    QHash<qint64, qsizetype> m_destinationIndex;
    QHash<qint64, qsizetype> m_participantIndex;
    QHash<qint64, qsizetype> m_assignmentIndex;
};

} // namespace fieldday
