#include "SqliteQuery.h"

#include "SqlUtil.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {

SqliteQuery::SqliteQuery(sqlite3 *db, const QString &statement) : m_db(db)
{
    prepare(statement.toUtf8());
}

SqliteQuery::SqliteQuery(sqlite3 *db, const char *statement) : m_db(db)
{
    prepare(QByteArray(statement));
}

void SqliteQuery::prepare(const QByteArray &utf8)
{
    m_sql = utf8;
    if (sqlite3_prepare_v2(m_db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
        SQLITE_OK)
        fail();
}

SqliteQuery::~SqliteQuery()
{
    sqlite3_finalize(m_statement);
}

void SqliteQuery::bind(int index, const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::LongLong:
    case QMetaType::Int:
        sqlite3_bind_int64(m_statement, index, v.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_statement, index, v.toDouble());
        break;
    case QMetaType::QString: {
        const QByteArray utf8 = v.toString().toUtf8();
        sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
        break;
    }
    case QMetaType::QByteArray: {
        const QByteArray bytes = v.toByteArray();
        sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                          SQLITE_TRANSIENT);
        break;
    }
    default:
        sqlite3_bind_null(m_statement, index);
    }
}

void SqliteQuery::bindAll(const QVariantList &values, int from)
{
    for (qsizetype i = 0; i < values.size(); ++i)
        bind(from + int(i), values[i]);
}

bool SqliteQuery::next()
{
    const int result = sqlite3_step(m_statement);
    if (result == SQLITE_ROW)
        return true;
    if (result != SQLITE_DONE)
        fail();
    return false;
}

bool SqliteQuery::tryRun()
{
    const int result = sqlite3_step(m_statement);
    reset();
    if (result == SQLITE_DONE || result == SQLITE_ROW)
        return true;
    if ((result & 0xff) == SQLITE_CONSTRAINT)
        return false;
    fail();
}

void SqliteQuery::run()
{
    while (next()) {
    }
    reset();
}

void SqliteQuery::reset()
{
    sqlite3_reset(m_statement);
    sqlite3_clear_bindings(m_statement);
}

QVariant SqliteQuery::value(int column) const
{
    return valueOf(sqlite3_column_value(m_statement, column));
}

QString SqliteQuery::text(int column) const
{
    // sqlite3_column_text() first, then its length: the documented order.
    const auto *utf8 = reinterpret_cast<const char *>(sqlite3_column_text(m_statement, column));
    return utf8 ? QString::fromUtf8(utf8, sqlite3_column_bytes(m_statement, column)) : QString();
}

qint64 SqliteQuery::integer(int column) const
{
    return sqlite3_column_int64(m_statement, column);
}

bool SqliteQuery::isNull(int column) const
{
    return sqlite3_column_type(m_statement, column) == SQLITE_NULL;
}

QVariantList SqliteQuery::row() const
{
    QVariantList values;
    for (int i = 0; i < sqlite3_column_count(m_statement); ++i)
        values.append(value(i));
    return values;
}

QVariant SqliteQuery::valueOf(sqlite3_value *v)
{
    if (!v)
        return {};
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(v)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(v));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)),
                                          sqlite3_value_bytes(v)));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_value_blob(v)), sqlite3_value_bytes(v)));
    default:
        return {};
    }
}

void SqliteQuery::exec(sqlite3 *db, const QString &statement)
{
    SqliteQuery(db, statement).run();
}

void SqliteQuery::fail() const
{
    sql::fail(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
              QString::fromUtf8(m_sql).simplified().left(60));
}

} // namespace fieldday
