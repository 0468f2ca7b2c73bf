#include "SharedTables.h"

using namespace Qt::StringLiterals;

namespace fieldday {

const QList<SharedTable> &SharedTables::all()
{
    using K = SharedTable::Key;
    using B = SharedTable::BothAdded;
    const auto t = [](const QString &name, K key, const QString &idColumn = {},
                      const QString &singular = {}, const QString &plural = {},
                      B bothAdded = B::Compare, const QStringList &earliest = {},
                      const QStringList &sameWhenEqual = {}, const QStringList &prevailing = {}) {
        SharedTable table;
        table.name = name;
        table.key = key;
        table.idColumn = idColumn;
        table.singular = singular;
        table.plural = plural;
        table.bothAdded = bothAdded;
        table.earliest = earliest;
        table.sameWhenEqual = sameWhenEqual;
        table.prevailing = prevailing;
        return table;
    };
    static const QList<SharedTable> tables = {
        t(u"place"_s, K::Allocated, u"id"_s, u"place"_s, u"places"_s),
        t(u"event"_s, K::Single, {}, u"event detail"_s, u"event details"_s),
        t(u"theme"_s, K::Owned, {}, u"theme"_s, u"themes"_s),
        t(u"sector"_s, K::Owned, {}, u"sector"_s, u"sectors"_s),
        t(u"destination"_s, K::Allocated, u"id"_s, u"group"_s, u"groups"_s),
        t(u"group_lead"_s, K::Allocated, u"id"_s, u"group lead"_s, u"group leads"_s),
        t(u"participant"_s, K::Allocated, u"id"_s, u"person"_s, u"people"_s, B::Compare,
          {u"checked_in_at"_s}, {u"email"_s, u"given_name"_s, u"family_name"_s},
          {u"status=attended"_s}),
        t(u"participant_choice"_s, K::Owned, {}, u"choice"_s, u"choices"_s),
        t(u"assignment"_s, K::Owned, {}, u"assignment"_s, u"assignments"_s),
        t(u"transport_leg"_s, K::Allocated, u"id"_s, u"leg"_s, u"legs"_s),
        t(u"reconvene"_s, K::Single, {}, u"reconvene detail"_s, u"reconvene details"_s),
        t(u"reconvene_item"_s, K::Allocated, u"id"_s, u"programme item"_s, u"programme items"_s),
        t(u"agenda_item"_s, K::Allocated, u"id"_s, u"agenda item"_s, u"agenda items"_s),
        t(u"keep_together"_s, K::Allocated, u"set_id"_s, u"keep-together entry"_s,
          u"keep-together entries"_s),
        t(u"setting"_s, K::Owned, {}, u"setting"_s, u"settings"_s),
        // The treasure log: items, their photos and links, findings, research questions.
        t(u"research_question"_s, K::Allocated, u"id"_s, u"research question"_s,
          u"research questions"_s),
        t(u"treasure_item"_s, K::Allocated, u"id"_s, u"treasure item"_s, u"treasure items"_s),
        t(u"treasure_photo"_s, K::Owned, {}, u"photo"_s, u"photos"_s),
        t(u"treasure_theme"_s, K::Owned, {}, u"item theme"_s, u"item themes"_s),
        t(u"treasure_question"_s, K::Owned, {}, u"item question"_s, u"item questions"_s),
        t(u"treasure_person"_s, K::Allocated, u"id"_s, u"person in a photo"_s,
          u"people in photos"_s),
        t(u"finding"_s, K::Allocated, u"id"_s, u"finding"_s, u"findings"_s),
        t(u"finding_question"_s, K::Owned, {}, u"finding question"_s, u"finding questions"_s),
        t(u"finding_item"_s, K::Owned, {}, u"finding item"_s, u"finding items"_s),
        // The values last imported: each file keeps its own when both have one.
        t(u"import_baseline"_s, K::Owned, {}, u"import record"_s, u"import records"_s, B::KeepMine),
        t(u"replica"_s, K::Local, {}, {}, {}),
        t(u"sharing"_s, K::Local, {}, {}, {}),
        t(u"sharing_state"_s, K::Local, {}, {}, {}),
        t(u"sharing_id"_s, K::Local, {}, {}, {}),
        t(u"replica_edit"_s, K::Local, {}, {}, {}),
    };
    return tables;
}

const SharedTable *SharedTables::find(const QString &name)
{
    for (const SharedTable &table : all()) {
        if (table.name == name)
            return &table;
    }
    return nullptr;
}

} // namespace fieldday
