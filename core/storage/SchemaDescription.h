#pragma once

#include <QList>
#include <QMap>
#include <QSqlDatabase>
#include <QStringList>

namespace fieldday {

// What a database's schema is made of, as SQLite itself reads it: tables with their columns,
// keys and foreign keys (PRAGMA table_list, table_xinfo, foreign_key_list and
// sqlite3_table_column_metadata), indexes (index_list, index_xinfo), triggers and views. What
// the pragmas do not show (CHECK constraints, ON CONFLICT clauses, generated columns, deferred
// keys, partial-index conditions) comes from the SQL text, compared token by token.
// Names are keys in lower case: SQLite's names are case-insensitive.
struct SchemaDescription
{
    struct Column
    {
        QString name;
        QString type; // as declared, upper-cased
        bool notNull = false;
        QString defaultValue; // as written; null when there is none
        int primaryKey = 0;   // position in the primary key, 0 if not part of it
        int hidden = 0;       // 2, 3: a generated column
        QString collation;
        bool autoincrement = false;
        QStringList clauses; // from the SQL: "check (…)", "not null on conflict replace", …
        bool operator==(const Column &) const = default;
    };
    struct ForeignKey
    {
        int id = 0; // as PRAGMA foreign_key_list and foreign_key_check number it
        QStringList from;
        QString table;
        QStringList to; // empty: the parent's primary key
        QString onUpdate, onDelete, match; // as the pragma says: "SET NULL", "CASCADE", …
        QString text() const; // one line: "(place_id) → place(id) on update …, on delete …"
    };
    struct Table
    {
        QString name;
        QString kind = QStringLiteral("table"); // or "virtual", "shadow"
        bool withoutRowid = false;
        bool strict = false;
        QList<Column> columns;
        QStringList clauses;     // table constraints the pragmas do not show
        QStringList foreignKeys; // each as ForeignKey::text(), sorted, to compare
        QList<ForeignKey> keys;
        bool described = false;  // false: only its name and kind were read
    };
    struct Index
    {
        QString name;
        QString table;
        bool unique = false;
        QString origin; // c (CREATE INDEX), u (UNIQUE), pk (PRIMARY KEY)
        bool partial = false;
        QStringList columns;  // "email collate nocase", "<expression>", with desc and key flags
        QString definition;   // the SQL after the index's name, normalised; empty if automatic
        bool operator==(const Index &) const = default;
    };
    struct Other // a trigger, a view, or anything else sqlite_schema may hold
    {
        QString type;
        QString name;
        QString table;
        QString definition;
        bool operator==(const Other &) const = default;
    };

    // The columns that identify a row: "rowid", or a WITHOUT ROWID table's primary key.
    static QStringList rowKey(const Table &table);

    QMap<QString, Table> tables;
    QMap<QString, Index> indexes;
    QMap<QString, Other> others;

    // Reads the schema of the connection's main database without changing anything. Tables not
    // named in `deep` (when given) are only listed, never inspected: nothing foreign is touched
    // beyond sqlite_schema. Throws Error.
    static SchemaDescription describe(const QSqlDatabase &db, const SchemaDescription *deep = nullptr);

    // The schema Fieldday's migrations 1..version make, built once per version on a private
    // in-memory database and kept.
    static const SchemaDescription &reference(int version);
};

} // namespace fieldday
