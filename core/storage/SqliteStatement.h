#pragma once

#include <QSqlDatabase>
#include <QStringEncoder>
#include <QStringView>
#include <optional>
#include <vector>

struct sqlite3;
struct sqlite3_stmt;

namespace fieldday {

class EventFile;

// A statement prepared on the event file's own SQLite connection. For the bulk paths only:
// there Qt Sql's per-value QVariant binding (and its UTF-16 text) costs more than SQLite's
// own work. It runs inside whatever transaction the connection holds, like any QSqlQuery.
// Failures throw the same readable Error as sql::exec().
class SqliteStatement
{
public:
    SqliteStatement(const EventFile &file, const char *statement);
    ~SqliteStatement();
    SqliteStatement(const SqliteStatement &) = delete;
    SqliteStatement &operator=(const SqliteStatement &) = delete;

    // Parameters count from 1, as in SQLite. A null string binds as '' (NOT NULL columns).
    void bind(int index, QStringView text);
    void bind(int index, qint64 value);
    void bindNull(int index);

    // Runs a statement that returns no rows and makes it ready for the next bindings.
    void execute();
    // Runs a query and returns its first row's first column, if it has a row and that is not
    // NULL; ready for the next bindings afterwards.
    std::optional<qint64> selectInt64();
    qint64 lastInsertRowId() const;

    // The connection under Qt Sql's driver (which runs on the system SQLite, as we link it).
    static sqlite3 *handleOf(const EventFile &file);
    static sqlite3 *handleOf(const QSqlDatabase &db);

private:
    [[noreturn]] void fail(int code) const;

    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_statement = nullptr;
    QStringEncoder m_utf8{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
    // One reusable UTF-8 buffer per parameter, alive until the statement runs (SQLITE_STATIC).
    std::vector<QByteArray> m_buffers;
};

} // namespace fieldday
