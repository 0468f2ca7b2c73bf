#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QVariantList>
#include <map>

struct sqlite3;
struct sqlite3_changeset_iter;

namespace fieldday {

struct SharedTable;
struct MergeTable;
using MergeTables = std::map<QString, MergeTable>; // by table name

// A table as the merge sees it: its columns, key and links, read from the schema itself.
struct MergeTable
{
    const SharedTable *shared = nullptr;
    QStringList columns;
    QList<int> key; // column indexes, in the key's order
    struct Link
    {
        QString table;  // the other table
        QString column; // the column holding the other row's key
        bool cascade = false;
    };
    QList<Link> parents;  // rows this one points at
    QList<Link> children; // rows pointing at this one

    // "id = ?", or "a = ? AND b = ?" for a key of two columns
    QString where() const;
    // SQL for what a row is called (a person's name, a group's, an item's title); empty for a
    // table whose rows have none of their own (a choice, a group's member).
    QString nameExpression() const;
    // The key of the row a changeset's current change is about: from its new values (an
    // insert's) or its old ones (an update's or a delete's, which hold the key).
    QVariantList keyIn(sqlite3_changeset_iter *change, bool fromNew) const;

    // Every table a merge compares (SharedTable::merged()), as the connection's schema has it.
    static MergeTables readAll(sqlite3 *db);
    // A row's key for messages and sets: "12", or "3/2"
    static QString keyText(const QVariantList &key);
};

} // namespace fieldday
