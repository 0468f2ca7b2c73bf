#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

struct sqlite3;
struct sqlite3_stmt;
struct sqlite3_value;

namespace fieldday {

// A statement on a raw SQLite connection, below Qt Sql: for the merge, which works on two
// connections at once (the original, and the copy with the shared state attached), and for
// reading a schema with sqlite3_table_column_metadata() on the same connection. Failures throw
// Error, as sql::exec() does, naming the statement.
class SqliteQuery
{
public:
    SqliteQuery(sqlite3 *db, const QString &statement);
    SqliteQuery(sqlite3 *db, const char *statement);
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
    // The same, typed: text as UTF-8 read (NULL a null string), an integer, NULL or not.
    QString text(int column) const;
    qint64 integer(int column) const;
    bool isNull(int column) const;

    // A value as SQLite holds it (in a changeset, say): integer, real, text, blob or invalid.
    static QVariant valueOf(sqlite3_value *v);
    static void exec(sqlite3 *db, const QString &statement);

private:
    void prepare(const QByteArray &utf8);
    [[noreturn]] void fail() const;

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
    QByteArray m_sql; // for messages, when it could not even be prepared
};

} // namespace fieldday
