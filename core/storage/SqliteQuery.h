#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;

namespace fieldday {

// A statement on a raw SQLite connection, bound and read as QVariants: the merge works on two
// connections at once (the original, and the copy with the shared state attached), below Qt
// Sql. Failures throw Error, as sql::exec() does.
class SqliteQuery
{
public:
    SqliteQuery(sqlite3 *db, const QString &statement);
    ~SqliteQuery();
    SqliteQuery(const SqliteQuery &) = delete;
    SqliteQuery &operator=(const SqliteQuery &) = delete;

    // Parameters count from 1. An invalid QVariant binds NULL.
    void bind(int index, const QVariant &v);
    void bindAll(const QVariantList &values, int from = 1);
    // True while there is a row.
    bool next();
    // Runs a change; false when a constraint refused it (the statement is then undone).
    bool tryRun();
    // Runs it to its end, then readies it for new bindings.
    void run();
    void reset();
    // Columns count from 0: SQLite's own type, NULL as an invalid QVariant.
    QVariant value(int column) const;
    QVariantList row() const;

    // A value as SQLite holds it (in a changeset, say): integer, real, text, blob or invalid.
    static QVariant valueOf(sqlite3_value *v);
    static void exec(sqlite3 *db, const QString &statement);

private:
    [[noreturn]] void fail() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

} // namespace fieldday
