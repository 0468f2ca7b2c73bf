#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace fieldday::sql {

// Thin wrappers that turn a failed statement into an Error a person can read
// (disk full, read-only, busy) instead of a raw driver message.
QSqlQuery prepare(const QSqlDatabase &db, const QString &statement);
void exec(QSqlQuery &query);
void exec(const QSqlDatabase &db, const QString &statement);
[[noreturn]] void fail(const QSqlError &error, const QString &context);
// The same, from SQLite's own (possibly extended) result code, for statements run on the handle.
[[noreturn]] void fail(int sqliteCode, const QString &detail, const QString &context);

// Values as stored: times "HH:mm", dates ISO, empty text for "not set".
QVariant timeValue(const QTime &time);
QTime toTime(const QVariant &value);
QVariant idValue(qint64 id);         // 0 becomes NULL
QVariant text(const QString &value); // a null QString becomes '', for NOT NULL columns

// Inserts under `id` (a removed entity comes back as it was; id 0 gets the next id) or updates
// in place, and returns the id. Never REPLACE: that deletes the row first, and the deletion
// would cascade. Table and column names are our own constants, never the user's.
qint64 upsert(const QSqlDatabase &db, const QString &table, const QStringList &columns, qint64 id,
              const QVariantList &values);

} // namespace fieldday::sql
