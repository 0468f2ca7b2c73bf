#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace fieldday {

// What a merge of shared copies needs to know about each table of the event file, in one
// place (docs/file-format.md, "Shared copies"). Every table of the schema has a descriptor:
// a table added later gets one here, and TestIdAllocator fails until it does.
struct SharedTable
{
    enum class Key
    {
        Allocated, // new rows take `idColumn` from EventFile::nextId (the file's id range)
        Owned,     // keyed by another row's id, a position in a list or a name
        Single,    // one row only (id 1)
        Local,     // this file's own bookkeeping: never shared, never merged
    };
    // A row added on both sides under one key (an assignment of the same person, the same
    // setting): compare field by field, or keep this file's row (bookkeeping of its own).
    enum class BothAdded
    {
        Compare,
        KeepMine,
    };

    QString name;
    Key key;
    QString idColumn;         // for Allocated
    QString singular, plural; // for the preview: "leg", "legs"
    BothAdded bothAdded = BothAdded::Compare;
    QStringList earliest;      // columns whose earliest value wins (a check-in is never lost)
    QStringList prevailing;    // "column=value": that value wins over any other ('attended')
    QStringList sameWhenEqual; // a new row on each side with these equal is one row

    bool merged() const { return key != Key::Local; }
};

class SharedTables
{
public:
    // Parents before children: the order changesets are made and applied in.
    static const QList<SharedTable> &all();
    static const SharedTable *find(const QString &name);
};

} // namespace fieldday
