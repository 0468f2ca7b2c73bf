#include "AllocationStore.h"

#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {

AllocationProblem AllocationStore::problemFor(const EventData &event,
                                              const AllocationSettings &settings)
{
    AllocationProblem problem;
    problem.settings = settings;
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
                               a && a->pinned ? a->destinationId : 0, int(i)});
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

AllocationSettings AllocationStore::loadSettings(const EventFile &file)
{
    AllocationSettings settings;
    QSqlQuery q = sql::prepare(file.database(),
                               u"SELECT key, value FROM setting WHERE key LIKE 'allocation.%'"_s);
    sql::exec(q);
    while (q.next()) {
        const QString key = q.value(0).toString();
        const QString value = q.value(1).toString();
        if (key == u"allocation.unranked_cost"_s)
            settings.unrankedCost = value.toInt();
        else if (key == u"allocation.allow_unranked"_s)
            settings.allowUnranked = value == u"1"_s;
        else if (key == u"allocation.unassigned_cost"_s)
            settings.unassignedCost = value.toInt();
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
    WriteTransaction transaction(file);
    QSqlQuery q =
        sql::prepare(file.database(), u"INSERT INTO setting (key, value) VALUES (?, ?) "
                                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    QStringList costs;
    for (int cost : settings.rankCosts)
        costs << QString::number(cost);
    const QList<std::pair<QString, QString>> values = {
        {u"allocation.unranked_cost"_s, QString::number(settings.unrankedCost)},
        {u"allocation.allow_unranked"_s, settings.allowUnranked ? u"1"_s : u"0"_s},
        {u"allocation.unassigned_cost"_s, QString::number(settings.unassignedCost)},
        {u"allocation.rank_costs"_s, costs.join(u',')},
    };
    for (const auto &[key, value] : values) {
        q.bindValue(0, key);
        q.bindValue(1, value);
        sql::exec(q);
    }
    transaction.commit();
}

void AllocationStore::apply(EventFile &file, const AllocationProblem &problem,
                            const AllocationResult &result)
{
    const QHash<qint64, qint64> assignment = result.assignment();
    WriteTransaction transaction(file);
    QSqlQuery clear = sql::prepare(
        file.database(), u"DELETE FROM assignment WHERE participant_id = ? AND pinned = 0"_s);
    QSqlQuery insert = sql::prepare(file.database(), u"INSERT INTO assignment (participant_id, "
                                                     "destination_id, pinned) VALUES (?, ?, 0)"_s);
    for (const AllocationPerson &person : problem.people) {
        if (person.pinnedTo)
            continue; // never touched
        clear.bindValue(0, person.id);
        sql::exec(clear);
        if (const qint64 d = assignment.value(person.id)) {
            insert.bindValue(0, person.id);
            insert.bindValue(1, d);
            sql::exec(insert);
        }
    }
    transaction.commit();
}

} // namespace fieldday
