#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace fieldday::test {

// Changes a file as another tool would: a plain connection, none of Fieldday's code. With
// checksOff, also with its foreign keys and CHECK constraints off, to write what Fieldday never
// would. Returns the first failing statement and its error, or nothing.
inline QString alterAsAnotherTool(const QString &file, const QStringList &statements,
                                  bool checksOff = false)
{
    using namespace Qt::StringLiterals;
    QString error;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-tool"_s);
        db.setDatabaseName(file);
        if (!db.open())
            return db.lastError().text();
        QSqlQuery q(db);
        const QStringList off = {u"PRAGMA foreign_keys = OFF"_s,
                                 u"PRAGMA ignore_check_constraints = ON"_s};
        for (const QString &statement : (checksOff ? off : QStringList()) + statements) {
            if (!q.exec(statement)) {
                error = statement + u": "_s + q.lastError().text();
                break;
            }
        }
        // Fold the WAL into the file, so its bytes are the whole story.
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(u"other-tool"_s);
    return error;
}

} // namespace fieldday::test
