#include "MergeReport.h"

#include "SharedTables.h"

#include <QStringList>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QString counted(int n, const QString &singular, const QString &plural)
{
    return QString::number(n) + u' ' + (n == 1 ? singular : plural);
}

} // namespace

QString MergeChange::text() const
{
    const auto shown = [](const QVariant &v) {
        const QString text = v.isValid() ? v.toString() : QString();
        return text.isEmpty() ? u"(empty)"_s : text;
    };
    switch (kind) {
    case Kind::Added:
        return u"Added: "_s + row;
    case Kind::Deleted:
        return u"Deleted: "_s + row;
    case Kind::Changed:
        break;
    }
    return u"%1: %2, %3 \u2192 %4"_s.arg(row, QString(column).replace(u'_', u' '), shown(before),
                                         shown(after));
}

QString MergeReport::summary() const
{
    QStringList parts;
    if (checkIns)
        parts << counted(checkIns, u"check-in"_s, u"check-ins"_s);
    if (walkIns)
        parts << counted(walkIns, u"walk-in"_s, u"walk-ins"_s);
    for (const SharedTable &table : SharedTables::all()) {
        if (!table.merged() || table.bothAdded == SharedTable::BothAdded::KeepMine)
            continue;
        const Count c = tables.value(table.name);
        const bool people = table.name == u"participant"_s;
        const int added = people ? 0 : c.added; // walk-ins, above
        const int changed = people ? qMax(0, c.changed - checkIns) : c.changed;
        if (added)
            parts << counted(added, table.singular, table.plural) + u" added"_s;
        if (changed)
            parts << counted(changed, table.singular, table.plural) + u" changed"_s;
        if (c.deleted)
            parts << counted(c.deleted, table.singular, table.plural) + u" deleted"_s;
    }
    QString text = parts.isEmpty() ? u"nothing new"_s : parts.join(u", "_s);
    text += u" from "_s + copyName;
    if (const int n = undecided())
        text += n == 1 ? u"; 1 needs a decision"_s : u"; %1 need a decision"_s.arg(n);
    else if (const int decided = needingDecision())
        text += decided == 1 ? u"; 1 conflict decided"_s : u"; %1 conflicts decided"_s.arg(decided);
    if (const int kept = int(conflicts.size()) - needingDecision())
        text += u"; %1 kept or not applied (see below)"_s.arg(kept);
    return text;
}

} // namespace fieldday
