#include "SqlUtil.h"

#include "Error.h"

#include <QStringList>
#include <QTime>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace fieldday::sql {

QSqlQuery prepare(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.prepare(statement))
        fail(query.lastError(), statement.simplified().left(60));
    return query;
}

void exec(QSqlQuery &query)
{
    if (!query.exec())
        fail(query.lastError(), query.lastQuery().simplified().left(60));
}

void exec(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        fail(query.lastError(), statement.simplified().left(60));
}

void fail(const QSqlError &error, const QString &context)
{
    // The Qt driver reports SQLite's (possibly extended) result code.
    fail(error.nativeErrorCode().toInt(), error.databaseText(), context);
}

void fail(int sqliteCode, const QString &detail, const QString &context)
{
    // The low byte of an extended result code is the primary code.
    switch (sqliteCode & 0xff) {
    case 13: // SQLITE_FULL
        throw Error(Error::Kind::DiskFull,
                    u"disk full: the change was not saved and the event is as it was"_s);
    case 8: // SQLITE_READONLY
        throw Error(Error::Kind::ReadOnly, u"the event file is read-only; nothing was changed"_s);
    case 5: // SQLITE_BUSY
    case 6: // SQLITE_LOCKED
        throw Error(Error::Kind::AlreadyOpen,
                    u"the event file is busy in another program; nothing was changed"_s);
    case 11: // SQLITE_CORRUPT
    case 26: // SQLITE_NOTADB
        throw Error(Error::Kind::Corrupt, u"the event file is damaged: "_s + detail);
    case 10: // SQLITE_IOERR: a write that failed, most often for want of space
        throw Error(Error::Kind::DiskFull,
                    u"could not write the event file: disk full, or the disk failed ("_s + detail +
                        u"); the change was not saved and the event is as it was"_s);
    default:
        throw Error(Error::Kind::Storage, u"storage error ("_s + detail + u") in: "_s + context);
    }
}

QVariant timeValue(const QTime &time)
{
    return time.isValid() ? QVariant(time.toString(u"HH:mm"_s))
                          : QVariant(QMetaType::fromType<QString>());
}

QTime toTime(const QVariant &value)
{
    return value.isNull() ? QTime() : QTime::fromString(value.toString(), u"HH:mm"_s);
}

QVariant idValue(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qint64>());
}

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QString(u""_s)) : QVariant(value);
}

qint64 upsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, qint64 id,
              const QVariantList &values)
{
    Q_ASSERT(columns.size() == values.size());
    QStringList updates;
    for (const QString &column : columns)
        updates << column + u" = excluded."_s + column;
    const QString statement = u"INSERT INTO "_s + table + u" (id, "_s + columns.join(u", "_s) +
                              u") VALUES (?"_s + u", ?"_s.repeated(columns.size()) +
                              u") ON CONFLICT (id) DO UPDATE SET "_s + updates.join(u", "_s);
    QSqlQuery q = prepare(db, statement);
    q.bindValue(0, idValue(id));
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i + 1), values[i]);
    exec(q);
    return id > 0 ? id : q.lastInsertId().toLongLong();
}

} // namespace fieldday::sql
