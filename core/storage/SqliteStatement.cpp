#include "SqliteStatement.h"

#include "Error.h"
#include "EventFile.h"
#include "SqlUtil.h"

#include <QSqlDriver>
#include <QVariant>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {

sqlite3 *SqliteStatement::handleOf(const EventFile &file)
{
    try {
        return handleOf(file.database());
    } catch (const Error &error) {
        throw Error(error.kind(), file.describe(error.message()));
    }
}

sqlite3 *SqliteStatement::handleOf(const QSqlDatabase &db)
{
    const QVariant handle = db.driver() ? db.driver()->handle() : QVariant();
    if (!handle.isValid() || qstrcmp(handle.typeName(), "sqlite3*") != 0 ||
        !*static_cast<sqlite3 *const *>(handle.data()))
        throw Error(Error::Kind::Storage, u"not an open SQLite connection"_s);
    return *static_cast<sqlite3 *const *>(handle.data());
}

SqliteStatement::SqliteStatement(const EventFile &file, const char *statement)
    : m_db(handleOf(file))
{
    if (sqlite3_prepare_v3(m_db, statement, -1, SQLITE_PREPARE_PERSISTENT, &m_statement, nullptr) !=
        SQLITE_OK)
        fail(sqlite3_extended_errcode(m_db));
    m_buffers.resize(size_t(sqlite3_bind_parameter_count(m_statement)) + 1);
}

SqliteStatement::~SqliteStatement()
{
    sqlite3_finalize(m_statement);
}

void SqliteStatement::bind(int index, QStringView text)
{
    QByteArray &buffer = m_buffers.at(size_t(index));
    buffer.resize(m_utf8.requiredSpace(text.size()));
    char *end = m_utf8.appendToBuffer(buffer.data(), text);
    const int size = int(end - buffer.constData());
    if (sqlite3_bind_text(m_statement, index, buffer.constData(), size, SQLITE_STATIC) != SQLITE_OK)
        fail(sqlite3_extended_errcode(m_db));
}

void SqliteStatement::bind(int index, qint64 value)
{
    if (sqlite3_bind_int64(m_statement, index, value) != SQLITE_OK)
        fail(sqlite3_extended_errcode(m_db));
}

void SqliteStatement::bindNull(int index)
{
    if (sqlite3_bind_null(m_statement, index) != SQLITE_OK)
        fail(sqlite3_extended_errcode(m_db));
}

void SqliteStatement::execute()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_DONE || result == SQLITE_ROW) {
        sqlite3_reset(m_statement);
        return;
    }
    // sqlite3_reset() returns the step's error too; the message must be read before it.
    const int code = sqlite3_extended_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sql::fail(code, detail, QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(60));
}

std::optional<qint64> SqliteStatement::selectInt64()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW) {
        std::optional<qint64> value;
        if (sqlite3_column_type(m_statement, 0) != SQLITE_NULL)
            value = sqlite3_column_int64(m_statement, 0);
        sqlite3_reset(m_statement);
        return value;
    }
    if (result == SQLITE_DONE) {
        sqlite3_reset(m_statement);
        return std::nullopt;
    }
    const int code = sqlite3_extended_errcode(m_db);
    const QString detail = QString::fromUtf8(sqlite3_errmsg(m_db));
    sqlite3_reset(m_statement);
    sql::fail(code, detail, QString::fromUtf8(sqlite3_sql(m_statement)).simplified().left(60));
}

qint64 SqliteStatement::lastInsertRowId() const
{
    return sqlite3_last_insert_rowid(m_db);
}

void SqliteStatement::fail(int code) const
{
    const char *sqlText = m_statement ? sqlite3_sql(m_statement) : "";
    sql::fail(code, QString::fromUtf8(sqlite3_errmsg(m_db)),
              QString::fromUtf8(sqlText).simplified().left(60));
}

} // namespace fieldday
