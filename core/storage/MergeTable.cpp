#include "MergeTable.h"

#include "SharedTables.h"
#include "SqliteQuery.h"
#include "SqliteSession.h"


using namespace Qt::StringLiterals;

namespace fieldday {

QString MergeTable::where() const
{
    QStringList parts;
    for (int k : key)
        parts << columns[k] + u" = ?"_s;
    return parts.join(u" AND "_s);
}

QString MergeTable::nameExpression() const
{
    if (columns.contains(u"given_name"_s))
        return u"trim(given_name || ' ' || family_name)"_s;
    if (columns.contains(u"name"_s))
        return u"name"_s;
    if (columns.contains(u"title"_s))
        return u"title"_s;
    return {};
}

QVariantList MergeTable::keyIn(sqlite3_changeset_iter *change, bool fromNew) const
{
    QVariantList values;
    for (int k : key) {
        sqlite3_value *v = nullptr;
        if (fromNew)
            sqlite3changeset_new(change, k, &v);
        else
            sqlite3changeset_old(change, k, &v);
        values << SqliteQuery::valueOf(v);
    }
    return values;
}

MergeTables MergeTable::readAll(sqlite3 *db)
{
    MergeTables tables;
    for (const SharedTable &shared : SharedTables::all()) {
        if (!shared.merged())
            continue;
        MergeTable &info = tables[shared.name];
        info.shared = &shared;
        std::map<int, int> key;
        SqliteQuery columns(db, u"SELECT name, pk FROM pragma_table_info(?)"_s);
        columns.bind(1, shared.name);
        while (columns.next()) {
            if (columns.value(1).toInt() > 0)
                key[columns.value(1).toInt()] = int(info.columns.size());
            info.columns << columns.value(0).toString();
        }
        for (const auto &[order, index] : key)
            info.key << index;
    }
    for (auto &[name, info] : tables) {
        SqliteQuery links(
            db, u"SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)"_s);
        links.bind(1, name);
        while (links.next()) {
            const QString parent = links.value(0).toString();
            const QString column = links.value(1).toString();
            const bool cascade = links.value(2).toString() == u"CASCADE"_s;
            info.parents.append({parent, column, cascade});
            if (auto it = tables.find(parent); it != tables.end())
                it->second.children.append({name, column, cascade});
        }
    }
    return tables;
}

QString MergeTable::keyText(const QVariantList &key)
{
    QStringList parts;
    for (const QVariant &v : key)
        parts << v.toString();
    return parts.join(u'/');
}

} // namespace fieldday
