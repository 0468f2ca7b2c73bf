#pragma once

#include "AgendaItem.h"
#include "Destination.h"
#include "EventDetails.h"
#include "Finding.h"
#include "Participant.h"
#include "Place.h"
#include "Reconvene.h"
#include "TransportLeg.h"
#include "TreasureItem.h"
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
    // The treasure log, without the photos' bytes: found first, then those with no time.
    QList<TreasureItem> treasure;
    QList<Finding> findings; // in order
    // Photos to write with a whole event (EventWriter: the sample's pictures), by item id.
    // EventReader never fills it: photos are read one at a time, when needed.
    QHash<qint64, QByteArray> photoFiles;

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

    const TreasureItem *treasureItem(qint64 id) const;
    QList<const TreasureItem *> treasureOf(qint64 destinationId) const; // in the log's order
    // Who found it, as a person reads it: the participant's or the lead's name, or empty.
    QString finderName(const TreasureItem &item) const;
    const ResearchQuestion *question(qint64 id) const;
    int questionNumber(qint64 id) const; // 1-based, 0 if it is not (or no longer) asked

private:
    void setAssignment(qint64 participantId, const std::optional<Assignment> &assignment);

    QHash<qint64, qsizetype> m_placeIndex;
    QHash<qint64, qsizetype> m_destinationIndex;
    QHash<qint64, qsizetype> m_participantIndex;
    QHash<qint64, qsizetype> m_assignmentIndex;
    QHash<qint64, qsizetype> m_treasureIndex;
};

} // namespace fieldday
