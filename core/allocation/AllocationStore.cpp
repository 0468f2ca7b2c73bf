#include "AllocationStore.h"

#include "storage/AssignmentRepository.h"
#include "storage/SettingRepository.h"

#include <QSet>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {

AllocationProblem AllocationStore::problemFor(const EventData &event,
                                              const AllocationSettings &settings,
                                              AllocationMode mode)
{
    AllocationProblem problem;
    problem.settings = settings;
    problem.keepPlaces = mode == AllocationMode::KeepPlaces;
    for (const Destination &d : event.destinations)
        problem.destinations.append(
            {d.id, d.name, d.minSize, d.maxSize, event.destinationStepFree(d.id)});
    QList<const Participant *> booked;
    for (const Participant &p : event.participants) {
        if (p.status == ParticipantStatus::Booked)
            booked.append(&p);
    }
    std::stable_sort(booked.begin(), booked.end(), [](const Participant *a, const Participant *b) {
        if (a->bookedAt.isValid() != b->bookedAt.isValid())
            return a->bookedAt.isValid(); // people with a booking time first
        return a->bookedAt != b->bookedAt ? a->bookedAt < b->bookedAt : a->id < b->id;
    });
    QSet<qint64> bookedIds;
    for (qsizetype i = 0; i < booked.size(); ++i) {
        const Participant *p = booked[i];
        const Assignment *a = event.assignmentOf(p->id);
        problem.people.append({p->id, p->choices, p->sector, p->needsStepFree,
                               a && a->pinned ? a->destinationId : 0, int(i),
                               a ? a->destinationId : 0, p->displayName(), p->bookedAt});
        bookedIds.insert(p->id);
    }
    for (const QList<qint64> &set : event.keepTogether) {
        QList<qint64> members;
        for (qint64 id : set) {
            if (bookedIds.contains(id))
                members.append(id);
        }
        if (members.size() > 1)
            problem.keepTogether.append(members);
    }
    return problem;
}

QString AllocationStore::tieBreakName(TieBreak tieBreak)
{
    return tieBreak == TieBreak::Draw ? u"draw"_s : u"booking"_s;
}

void AllocationStore::saveTieBreak(EventFile &file, TieBreak tieBreak)
{
    SettingRepository(file).set({{u"allocation.tie_break"_s, tieBreakName(tieBreak)}});
}

AllocationSettings AllocationStore::loadSettings(const EventFile &file)
{
    AllocationSettings settings;
    const QMap<QString, QString> values = SettingRepository::values(file, u"allocation."_s);
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString &key = it.key();
        const QString &value = it.value();
        if (key == u"allocation.unranked_cost"_s)
            settings.unrankedCost = value.toInt();
        else if (key == u"allocation.allow_unranked"_s)
            settings.allowUnranked = value == u"1"_s;
        else if (key == u"allocation.unassigned_cost"_s)
            settings.unassignedCost = value.toInt();
        else if (key == u"allocation.tie_break"_s)
            settings.tieBreak = value == u"draw"_s ? TieBreak::Draw : TieBreak::BookingOrder;
        else if (key == u"allocation.rank_costs"_s) {
            settings.rankCosts.clear();
            for (const QString &cost : value.split(u',', Qt::SkipEmptyParts))
                settings.rankCosts.append(cost.trimmed().toInt());
        }
    }
    return settings;
}

void AllocationStore::saveSettings(EventFile &file, const AllocationSettings &settings)
{
    QStringList costs;
    for (int cost : settings.rankCosts)
        costs << QString::number(cost);
    SettingRepository(file).set({
        {u"allocation.unranked_cost"_s, QString::number(settings.unrankedCost)},
        {u"allocation.allow_unranked"_s, settings.allowUnranked ? u"1"_s : u"0"_s},
        {u"allocation.unassigned_cost"_s, QString::number(settings.unassignedCost)},
        {u"allocation.rank_costs"_s, costs.join(u',')},
        {u"allocation.tie_break"_s, tieBreakName(settings.tieBreak)},
    });
}

void AllocationStore::apply(EventFile &file, const AllocationProblem &problem,
                            const AllocationResult &result)
{
    const QHash<qint64, qint64> assignment = result.assignment();
    QHash<qint64, qint64> unpinned;
    for (const AllocationPerson &person : problem.people) {
        if (!problem.fixedAt(person)) // a pinned or kept place is never touched
            unpinned.insert(person.id, assignment.value(person.id));
    }
    AssignmentRepository(file).replaceUnpinned(unpinned);
}

} // namespace fieldday
