#include "DestinationMatcher.h"

#include "model/SearchKey.h"

#include <functional>

using namespace Qt::StringLiterals;

namespace fieldday {

DestinationMatcher::DestinationMatcher(const QList<Destination> &destinations)
{
    for (const Destination &d : destinations)
        m_entries.append({d.id, normalise(d.name), normalise(d.hostOrganisation)});
}

QString DestinationMatcher::normalise(const QString &text)
{
    return searchKey(text);
}

DestinationMatcher::Match DestinationMatcher::match(const QString &text) const
{
    if (const auto cached = m_cache.constFind(text); cached != m_cache.cend())
        return *cached;
    return m_cache.insert(text, matchUncached(text)).value();
}

DestinationMatcher::Match DestinationMatcher::matchUncached(const QString &text) const
{
    const QString t = normalise(text);
    if (t.isEmpty())
        return {};
    const QString padded = u' ' + t + u' ';
    // Tried from the strictest rule to the loosest; the first rule with one answer wins.
    const QList<std::function<bool(const Entry &)>> rules = {
        [&](const Entry &e) { return e.name == t; },
        [&](const Entry &e) { return !e.host.isEmpty() && e.host == t; },
        [&](const Entry &e) { return t.startsWith(QString(e.name + u' ')); },
        [&](const Entry &e) { return !e.host.isEmpty() && t.startsWith(QString(e.host + u' ')); },
        [&](const Entry &e) { return padded.contains(QString(u' ' + e.name + u' ')); },
        [&](const Entry &e) {
            return t.size() >= 3 && (e.name.startsWith(t) || e.host.startsWith(t));
        },
    };
    for (const auto &rule : rules) {
        QList<qint64> hits;
        for (const Entry &e : m_entries) {
            if (rule(e) && !hits.contains(e.id))
                hits.append(e.id);
        }
        if (hits.size() == 1)
            return {hits.first(), {}};
        if (hits.size() > 1)
            return {0, u"\"%1\" matches more than one destination"_s.arg(text.trimmed())};
    }
    return {0, u"no destination matches \"%1\""_s.arg(text.trimmed())};
}

} // namespace fieldday
