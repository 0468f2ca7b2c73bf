#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

namespace fieldday {

struct SchemaDescription;

// One way in which a file's schema is not what Fieldday's migrations make for its version.
struct SchemaDifference
{
    enum class Kind
    {
        Extra,   // an object Fieldday did not make (a trigger, a view, a table, an index)
        Missing, // an object Fieldday makes is not there
        Changed, // an object of Fieldday's is there, but not as Fieldday made it
    };
    Kind kind;
    QString type; // table, index, trigger, view, …
    QString name;
    QString detail; // for Changed: what differs

    // "contains a trigger 'wipe' that Fieldday did not make"
    QString message() const;
};

// Checks that the objects in a file's sqlite_schema are exactly those Fieldday's migrations
// create for the file's version (docs/file-format.md, "Opening"), comparing them as SQLite
// reads them, never by the SQL text alone.
class SchemaVerifier
{
public:
    static QList<SchemaDifference> differences(const QSqlDatabase &db, int version);
    static QList<SchemaDifference> compare(const SchemaDescription &file,
                                           const SchemaDescription &reference);
    // The differences in one sentence for an error message: the first few, and how many more.
    static QString summary(const QList<SchemaDifference> &differences);
};

} // namespace fieldday
