#include "Catering.h"

#include "Manifest.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {

QList<Catering::Need> Catering::dietaryNeeds(const EventData &event, qint64 destinationId)
{
    QList<Need> needs;
    QHash<QString, qsizetype> index; // the need, simplified and case-folded → its entry
    int none = 0;
    for (const Participant *p : Manifest::travellers(event, destinationId)) {
        const QString need = p->dietaryNeeds.simplified();
        if (need.isEmpty()) {
            ++none;
            continue;
        }
        const QString key = need.toCaseFolded();
        const auto it = index.constFind(key);
        if (it == index.cend()) {
            index.insert(key, needs.size());
            needs.append({need, 1});
        } else {
            ++needs[*it].people;
        }
    }
    std::stable_sort(needs.begin(), needs.end(),
                     [](const Need &a, const Need &b) { return a.people > b.people; });
    if (none)
        needs.append({QString(), none});
    return needs;
}

QString Catering::line(const EventData &event, qint64 destinationId)
{
    QStringList parts;
    int members = 0;
    for (const Need &n : dietaryNeeds(event, destinationId)) {
        members += n.people;
        parts << u"%1 %2"_s.arg(n.people).arg(n.need.isEmpty() ? u"no dietary need"_s : n.need);
    }
    if (!members)
        return u"no members yet"_s;
    return u"%1 %2: %3"_s.arg(members)
        .arg(members == 1 ? u"member"_s : u"members"_s)
        .arg(parts.join(u" · "_s));
}

QString Catering::accessLine(const EventData &event, qint64 destinationId)
{
    int stepFree = 0, other = 0;
    for (const Participant *p : Manifest::travellers(event, destinationId)) {
        if (p->needsStepFree)
            ++stepFree;
        else if (!p->accessNeeds.trimmed().isEmpty())
            ++other;
    }
    QStringList parts;
    if (stepFree)
        parts << u"%1 %2 step-free access"_s.arg(stepFree).arg(stepFree == 1 ? u"needs"_s
                                                                             : u"need"_s);
    if (other)
        parts << u"%1 other access %2"_s.arg(other).arg(other == 1 ? u"need"_s : u"needs"_s);
    return parts.isEmpty() ? u"no access needs"_s : parts.join(u" · "_s);
}

} // namespace fieldday
