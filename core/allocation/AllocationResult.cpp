#include "AllocationResult.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace fieldday {

QString DestinationSummary::sectorMix() const
{
    QStringList mix;
    for (auto it = sectors.cbegin(); it != sectors.cend(); ++it) {
        if (!it.key().isEmpty())
            mix << u"%1 %2"_s.arg(it.value()).arg(it.key());
    }
    if (const int none = sectors.value(QString()))
        mix << u"%1 no sector"_s.arg(none);
    return mix.join(u", "_s);
}

int AllocationResult::assigned() const
{
    return int(std::count_if(placements.cbegin(), placements.cend(),
                             [](const Placement &p) { return p.destinationId != 0; }));
}

int AllocationResult::unassigned() const
{
    return int(placements.size()) - assigned();
}

QHash<qint64, qint64> AllocationResult::assignment() const
{
    QHash<qint64, qint64> result;
    for (const Placement &p : placements)
        result.insert(p.personId, p.destinationId);
    return result;
}

QString AllocationResult::destinationName(qint64 id) const
{
    for (const DestinationSummary &d : destinations) {
        if (d.id == id)
            return d.name;
    }
    return {};
}

QJsonObject AllocationResult::toJson() const
{
    QJsonObject ranks;
    for (auto it = rankCounts.cbegin(); it != rankCounts.cend(); ++it)
        ranks.insert(it.key(), it.value());
    QJsonArray groups;
    for (const DestinationSummary &d : destinations) {
        QJsonObject sectorCounts;
        for (auto it = d.sectors.cbegin(); it != d.sectors.cend(); ++it)
            sectorCounts.insert(it.key().isEmpty() ? u"(none)"_s : it.key(), it.value());
        groups.append(QJsonObject{{u"id"_s, d.id},
                                  {u"name"_s, d.name},
                                  {u"size"_s, d.size},
                                  {u"min"_s, d.minSize},
                                  {u"max"_s, d.maxSize},
                                  {u"below_min"_s, d.size < d.minSize},
                                  {u"sectors"_s, sectorCounts}});
    }
    QJsonArray people;
    static const char *reasons[] = {"pinned", "choice", "unranked", "unassigned", "kept"};
    for (const Placement &p : placements) {
        people.append(QJsonObject{
            {u"id"_s, p.personId},
            {u"destination"_s, p.destinationId ? QJsonValue(p.destinationId) : QJsonValue()},
            {u"rank"_s, p.rank},
            {u"reason"_s, QString::fromLatin1(reasons[int(p.reason)])},
            {u"kept_together"_s, p.keptTogether},
            {u"access_limited"_s, p.accessLimited},
            {u"explanation"_s, p.explanation}});
    }
    QJsonArray waiting;
    for (qint64 id : waitlist)
        waiting.append(id);
    QJsonArray moved;
    for (const Move &m : moves) {
        moved.append(
            QJsonObject{{u"id"_s, m.personId},
                        {u"name"_s, m.name},
                        {u"from"_s, destinationName(m.from)},
                        {u"to"_s, m.to ? QJsonValue(destinationName(m.to)) : QJsonValue()}});
    }
    return {{u"strategy"_s, strategy},
            {u"mode"_s, keptPlaces ? u"keep"_s : u"reallocate_all"_s},
            {u"tie_break"_s, tieBreak},
            {u"assigned"_s, assigned()},
            {u"unassigned"_s, unassigned()},
            {u"rank_counts"_s, ranks},
            {u"objective"_s, objective},
            {u"shortfall"_s, shortfall},
            {u"destinations"_s, groups},
            {u"people"_s, people},
            {u"moves"_s, moved},
            {u"waitlist"_s, waiting},
            {u"warnings"_s, QJsonArray::fromStringList(warnings)}};
}

} // namespace fieldday
