#pragma once

#include "storage/Schema.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

namespace fieldday::test {

// Writes `out` as an event file of schema `version` holding what `current` (a file of the
// current version) holds, as far as that version has room for it: each table the version has,
// with the columns it has. No Fieldday code writes it but the migrations, so the file is what
// an earlier Fieldday made. Returns an empty string on success, else what went wrong.
inline QString writeEarlierVersion(const QString &current, int version, const QString &out)
{
    QFile::remove(out);
    const QString connection = QStringLiteral("earlier-version");
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
        db.setDatabaseName(out);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        q.exec(QStringLiteral("PRAGMA application_id = ") + QString::number(Schema::applicationId));
        try {
            Schema::migrate(db, 0, version);
        } catch (const std::exception &e) {
            error = QString::fromUtf8(e.what());
        }
        auto run = [&q, &error](const QString &statement) {
            if (error.isEmpty() && !q.exec(statement))
                error = statement + QStringLiteral(": ") + q.lastError().text();
        };
        run(QStringLiteral("ATTACH DATABASE '%1' AS newer").arg(QString(current).replace(u'\'', QStringLiteral("''"))));
        QStringList tables;
        if (error.isEmpty() &&
            q.exec(QStringLiteral("SELECT name FROM main.sqlite_schema WHERE type = 'table'"))) {
            while (q.next())
                tables << q.value(0).toString();
        }
        run(QStringLiteral("BEGIN"));
        for (const QString &table : std::as_const(tables)) {
            const QStringList columns = [&db, &table] {
                QStringList names;
                const QSqlRecord record = db.record(table);
                for (int i = 0; i < record.count(); ++i)
                    names << record.fieldName(i);
                return names;
            }();
            const QString list = columns.join(QStringLiteral(", "));
            // OR REPLACE: a row a migration made (the file's identity) is the newer file's.
            run(QStringLiteral("INSERT OR REPLACE INTO main.%1 (%2) SELECT %2 FROM newer.%1")
                    .arg(table, list));
        }
        run(QStringLiteral("COMMIT"));
        run(QStringLiteral("DETACH DATABASE newer"));
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return error;
}

} // namespace fieldday::test
