#include "CopySharing.h"

#include "Error.h"
#include "EventFile.h"
#include "IdAllocator.h"
#include "SharedState.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QByteArray serialized(const EventFile &file)
{
    sqlite3 *db = SqliteStatement::handleOf(file);
    sqlite3_int64 size = 0;
    unsigned char *data = sqlite3_serialize(db, "main", &size, 0);
    if (!data)
        throw Error(Error::Kind::Storage, file.describe(u"could not be read for sharing"_s));
    QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    sqlite3_free(data);
    return bytes;
}

// Level 1: the shared state is written at every merge; speed matters more than size.
QByteArray compressed(const QByteArray &bytes)
{
    return qCompress(bytes, 1);
}

} // namespace

std::future<QByteArray> CopySharing::snapshotLater(const EventFile &file)
{
    return std::async(std::launch::async, [bytes = serialized(file)] { return compressed(bytes); });
}

QByteArray CopySharing::snapshot(const EventFile &file)
{
    return compressed(serialized(file));
}

CopySharing::Shared CopySharing::share(EventFile &original, const QString &outPath,
                                       const QString &name)
{
    if (original.isReadOnly())
        throw Error(
            Error::Kind::ReadOnly,
            original.describe(u"is open read-only; sharing a copy records it in the file"_s));
    if (original.idSpace() != 0)
        throw Error(Error::Kind::BadInput,
                    original.describe(u"is itself a shared copy; share from the original"_s));
    const QString copyName = name.trimmed();
    if (copyName.isEmpty())
        throw Error(Error::Kind::BadInput, u"share: give the copy a name (whose it is)"_s);
    const QFileInfo target(outPath);
    const QString shownOut = QDir::toNativeSeparators(outPath);
    if (target.exists())
        throw Error(Error::Kind::BadInput, shownOut + u": already exists; choose another name"_s);

    Shared shared;
    shared.uid = QUuid::createUuid().toString(QUuid::Id128);
    shared.name = copyName;
    {
        QSqlQuery q = sql::prepare(original.database(),
                                   u"SELECT coalesce(max(id_space), 0) + 1 FROM sharing"_s);
        sql::exec(q);
        shared.idSpace = q.next() ? q.value(0).toInt() : 1;
    }
    if (shared.idSpace > IdAllocator::maxSpace)
        throw Error(Error::Kind::BadInput,
                    original.describe(u"has shared %1 copies, the most one event can"_s.arg(
                        IdAllocator::maxSpace)));

    // The copy is made whole under a temporary name and renamed into place last.
    const QString partial = target.absolutePath() + u"/."_s + target.fileName() + u".sharing"_s;
    auto removePartial = [&partial] {
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s, u".lock"_s})
            QFile::remove(partial + suffix);
    };
    removePartial();
    try {
        original.backupTo(partial);
        QByteArray state;
        {
            const auto copy = EventFile::open(partial, EventFile::Mode::ReadWrite);
            WriteTransaction transaction(*copy);
            QSqlQuery q =
                sql::prepare(copy->database(), u"UPDATE replica SET id_space = ?, sharing_uid = ?, "
                                               "copy_name = ?, shared_at = ? WHERE id = 1"_s);
            q.addBindValue(shared.idSpace);
            q.addBindValue(shared.uid);
            q.addBindValue(shared.name);
            q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
            sql::exec(q);
            // A copy knows nothing of the other copies.
            sql::exec(copy->database(), u"DELETE FROM sharing_id"_s);
            sql::exec(copy->database(), u"DELETE FROM sharing_state"_s);
            sql::exec(copy->database(), u"DELETE FROM sharing"_s);
            transaction.commit();
            state = snapshot(*copy);
        }
        WriteTransaction transaction(original);
        QSqlQuery q = sql::prepare(original.database(),
                                   u"INSERT INTO sharing (uid, name, id_space, shared_at) "
                                   "VALUES (?, ?, ?, ?)"_s);
        q.addBindValue(shared.uid);
        q.addBindValue(shared.name);
        q.addBindValue(shared.idSpace);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        sql::exec(q);
        SharedState::write(original, shared.uid, state);
        transaction.commit();
        // Should this fail, the original holds a sharing no copy came of: harmless.
        if (!QFile::rename(partial, target.absoluteFilePath()))
            throw Error(Error::Kind::Storage, shownOut + u": could not be written"_s);
    } catch (...) {
        removePartial();
        throw;
    }
    return shared;
}

} // namespace fieldday
