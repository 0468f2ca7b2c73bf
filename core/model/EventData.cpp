#include "EventData.h"

#include <algorithm>

namespace fieldday {

namespace {
template <typename T> QHash<qint64, qsizetype> indexById(const QList<T> &list)
{
    QHash<qint64, qsizetype> index;
    index.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i)
        index.insert(list[i].id, i);
    return index;
}
} // namespace

bool EventData::operator==(const EventData &o) const
{
    // The lookups follow from the lists.
    return details == o.details && sectors == o.sectors && places == o.places &&
           destinations == o.destinations && participants == o.participants &&
           assignments == o.assignments && legs == o.legs && reconvene == o.reconvene &&
           agenda == o.agenda && keepTogether == o.keepTogether;
}

void EventData::index()
{
    m_placeIndex = indexById(places);
    m_destinationIndex = indexById(destinations);
    m_participantIndex = indexById(participants);
    m_treasureIndex = indexById(treasure);
    m_assignmentIndex.clear();
    m_assignmentIndex.reserve(assignments.size());
    for (qsizetype i = 0; i < assignments.size(); ++i)
        m_assignmentIndex.insert(assignments[i].participantId, i);
}

namespace {
// Where an item with `id` goes in a list kept in id order.
template <typename T, typename Id>
qsizetype insertionPoint(const QList<T> &list, qint64 id, Id idOf)
{
    return std::lower_bound(list.cbegin(), list.cend(), id,
                            [&idOf](const T &item, qint64 value) { return idOf(item) < value; }) -
           list.cbegin();
}
} // namespace

void EventData::setParticipant(const Participant &participant,
                               const std::optional<Assignment> &assignment)
{
    if (const auto it = m_participantIndex.constFind(participant.id);
        it != m_participantIndex.cend()) {
        participants[*it] = participant;
    } else {
        const qsizetype at = insertionPoint(participants, participant.id,
                                            [](const Participant &p) { return p.id; });
        participants.insert(at, participant);
        m_participantIndex = indexById(participants);
    }
    setAssignment(participant.id, assignment);
}

void EventData::removeParticipant(qint64 id)
{
    setAssignment(id, std::nullopt);
    if (const auto it = m_participantIndex.constFind(id); it != m_participantIndex.cend()) {
        participants.removeAt(*it);
        m_participantIndex = indexById(participants);
    }
    for (QList<qint64> &set : keepTogether)
        set.removeAll(id);
    keepTogether.removeIf([](const QList<qint64> &set) { return set.isEmpty(); });
}

void EventData::setAssignment(qint64 participantId, const std::optional<Assignment> &assignment)
{
    const auto it = m_assignmentIndex.constFind(participantId);
    if (assignment && it != m_assignmentIndex.cend()) {
        assignments[*it] = *assignment;
        return;
    }
    if (assignment) {
        assignments.insert(insertionPoint(assignments, participantId,
                                          [](const Assignment &a) { return a.participantId; }),
                           *assignment);
    } else if (it != m_assignmentIndex.cend()) {
        assignments.removeAt(*it);
    } else {
        return;
    }
    m_assignmentIndex.clear();
    for (qsizetype i = 0; i < assignments.size(); ++i)
        m_assignmentIndex.insert(assignments[i].participantId, i);
}

const Place *EventData::place(qint64 id) const
{
    const auto it = m_placeIndex.constFind(id);
    return it == m_placeIndex.cend() ? nullptr : &places[*it];
}

const Destination *EventData::destination(qint64 id) const
{
    const auto it = m_destinationIndex.constFind(id);
    return it == m_destinationIndex.cend() ? nullptr : &destinations[*it];
}

const Destination *EventData::destinationByName(const QString &name) const
{
    for (const Destination &d : destinations) {
        if (d.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0)
            return &d;
    }
    return nullptr;
}

const Participant *EventData::participant(qint64 id) const
{
    const auto it = m_participantIndex.constFind(id);
    return it == m_participantIndex.cend() ? nullptr : &participants[*it];
}

const Assignment *EventData::assignmentOf(qint64 participantId) const
{
    const auto it = m_assignmentIndex.constFind(participantId);
    return it == m_assignmentIndex.cend() ? nullptr : &assignments[*it];
}

qint64 EventData::destinationOf(qint64 participantId) const
{
    const Assignment *a = assignmentOf(participantId);
    return a ? a->destinationId : 0;
}

QList<const Participant *> EventData::members(qint64 destinationId) const
{
    QList<const Participant *> result;
    for (const Assignment &a : assignments) {
        if (a.destinationId != destinationId)
            continue;
        if (const Participant *p = participant(a.participantId))
            result.append(p);
    }
    std::sort(result.begin(), result.end(), [](const Participant *a, const Participant *b) {
        const int byFamily = a->familyName.localeAwareCompare(b->familyName);
        if (byFamily != 0)
            return byFamily < 0;
        const int byGiven = a->givenName.localeAwareCompare(b->givenName);
        return byGiven != 0 ? byGiven < 0 : a->id < b->id;
    });
    return result;
}

QList<const TransportLeg *> EventData::legsOf(qint64 destinationId, LegDirection direction) const
{
    QList<const TransportLeg *> result;
    for (const TransportLeg &leg : legs) {
        if (leg.destinationId == destinationId && leg.direction == direction)
            result.append(&leg);
    }
    std::stable_sort(
        result.begin(), result.end(),
        [](const TransportLeg *a, const TransportLeg *b) { return a->position < b->position; });
    return result;
}

QString EventData::placeName(qint64 id) const
{
    const Place *p = place(id);
    return p ? p->name : QString();
}

StepFree EventData::destinationStepFree(qint64 destinationId) const
{
    const Destination *d = destination(destinationId);
    if (!d)
        return StepFree::Unknown;
    bool unknown = false;
    auto consider = [&unknown](StepFree value) {
        if (value == StepFree::Unknown)
            unknown = true;
        return value == StepFree::No;
    };
    const Place *p = place(d->placeId);
    if (consider(p ? p->stepFree : StepFree::Unknown))
        return StepFree::No;
    for (const TransportLeg &leg : legs) {
        if (leg.destinationId == destinationId && consider(leg.stepFree))
            return StepFree::No;
    }
    return unknown ? StepFree::Unknown : StepFree::Yes;
}

const TreasureItem *EventData::treasureItem(qint64 id) const
{
    const auto it = m_treasureIndex.constFind(id);
    return it == m_treasureIndex.cend() ? nullptr : &treasure[*it];
}

QList<const TreasureItem *> EventData::treasureOf(qint64 destinationId) const
{
    QList<const TreasureItem *> result;
    for (const TreasureItem &item : treasure) {
        if (item.destinationId == destinationId)
            result.append(&item);
    }
    return result;
}

QString EventData::finderName(const TreasureItem &item) const
{
    if (const Participant *p = participant(item.finderParticipantId))
        return p->displayName();
    return item.finderLead;
}

const ResearchQuestion *EventData::question(qint64 id) const
{
    for (const ResearchQuestion &q : details.questions) {
        if (q.id == id)
            return &q;
    }
    return nullptr;
}

int EventData::questionNumber(qint64 id) const
{
    for (qsizetype i = 0; i < details.questions.size(); ++i) {
        if (details.questions[i].id == id)
            return int(i + 1);
    }
    return 0;
}

} // namespace fieldday
