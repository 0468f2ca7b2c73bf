#include "CopyMerger.h"

#include "ChangesetIterator.h"
#include "ConnectionHardening.h"
#include "ContentCheck.h"
#include "CopySharing.h"
#include "Error.h"
#include "EventFile.h"
#include "MergeApplier.h"
#include "MergeTable.h"
#include "Schema.h"
#include "SharedState.h"
#include "SharedTables.h"
#include "SqlUtil.h"
#include "SqliteQuery.h"
#include "SqliteSession.h"
#include "SqliteStatement.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

#include <cstring>
#include <future>
#include <map>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

struct Identity
{
    QString eventUid, sharingUid, copyName;
    int idSpace = 0;
};

Identity identityOf(const EventFile &file)
{
    QSqlQuery q = sql::prepare(file.database(), u"SELECT event_uid, coalesce(sharing_uid, ''), "
                                                "copy_name, id_space FROM replica WHERE id = 1"_s);
    sql::exec(q);
    if (!q.next())
        throw Error(Error::Kind::Corrupt, file.describe(u"has no identity (replica)"_s));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt()};
}

// Renumbers a row of the copy (in the copy and its shared state alike) to the original's id
// for the same thing, and every row pointing at it.
void renumber(sqlite3 *db, const MergeTables &tables, const QString &table, const QVariant &from,
              const QVariant &to)
{
    const MergeTable &t = tables.at(table);
    for (const QString &schema : {u"main"_s, u"base"_s}) {
        SqliteQuery q(db, u"UPDATE "_s + schema + u'.' + table + u" SET "_s +
                              t.columns[t.key.first()] + u" = ? WHERE "_s + t.where());
        q.bind(1, to);
        q.bind(2, from);
        q.run();
        for (const MergeTable::Link &link : t.children) {
            SqliteQuery c(db, u"UPDATE "_s + schema + u'.' + link.table + u" SET "_s + link.column +
                                  u" = ? WHERE "_s + link.column + u" = ?"_s);
            c.bind(1, to);
            c.bind(2, from);
            c.run();
        }
    }
}

struct Mapping
{
    QString table;
    QVariant copyId, originalId;
};

QString sameKey(const SqliteQuery &q, int first, int count)
{
    QStringList parts;
    for (int i = first; i < first + count; ++i)
        parts << q.value(i).toString().trimmed().toCaseFolded();
    return parts.join(QChar(0x1f));
}

// New rows of the copy that are new rows of the original as well (the same walk-in added on
// both sides): by the table's `sameWhenEqual` columns, the first of them not empty.
QList<Mapping> findSameRows(sqlite3 *target, sqlite3 *copy, const MergeTables &tables,
                            const QSet<QString> &alreadyMapped)
{
    QList<Mapping> found;
    for (const auto &[name, t] : tables) {
        const QStringList &same = t.shared->sameWhenEqual;
        if (same.isEmpty() || t.key.size() != 1)
            continue;
        const QString id = t.columns[t.key.first()];
        const QString columns = same.join(u", "_s);
        // A few new rows in the copy, each looked up here by its first column (an index):
        // cheap however large the event.
        SqliteQuery ours(target, u"SELECT "_s + id + u", "_s + columns + u" FROM main."_s + name +
                                     u" WHERE "_s + same.first() +
                                     u" = ? COLLATE NOCASE ORDER BY "_s + id);
        SqliteQuery shared(copy, u"SELECT 1 FROM base."_s + name + u" WHERE "_s + id + u" = ?"_s);
        SqliteQuery theirs(copy, u"SELECT "_s + id + u", "_s + columns + u" FROM main."_s + name +
                                     u" WHERE trim("_s + same.first() + u") <> '' AND "_s + id +
                                     u" NOT IN (SELECT "_s + id + u" FROM base."_s + name + u')');
        QSet<qint64> taken;
        while (theirs.next()) {
            if (alreadyMapped.contains(name + u'/' + theirs.value(0).toString()))
                continue;
            const QString key = sameKey(theirs, 1, int(same.size()));
            ours.bind(1, theirs.value(1).toString().trimmed());
            while (ours.next()) {
                const qint64 candidate = ours.value(0).toLongLong();
                if (taken.contains(candidate) || sameKey(ours, 1, int(same.size())) != key)
                    continue;
                shared.bind(1, candidate);
                const bool inShared = shared.next();
                shared.reset();
                if (inShared)
                    continue; // there before the sharing: not a new row here
                taken.insert(candidate);
                found.append({name, theirs.value(0), candidate});
                break;
            }
            ours.reset();
        }
    }
    return found;
}

// The original as it is, page by page through SQLite's online backup (faster than VACUUM
// INTO, which rebuilds every table and index), under a temporary name and then renamed.
void backUp(const QString &originalPath, const QString &path)
{
    const QFileInfo target(path);
    const QString temporary = target.absolutePath() + u"/."_s + target.fileName() + u".partial"_s;
    QFile::remove(temporary);
    // Read through a connection of its own: the original's may already hold the merge's write
    // transaction (the app's undo step), and what is committed is what the backup must hold.
    sqlite3 *source = nullptr;
    sqlite3 *db = nullptr;
    const QByteArray sourceName = QFile::encodeName(originalPath);
    const QByteArray name = QFile::encodeName(temporary);
    int result = sqlite3_open_v2(sourceName.constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (result == SQLITE_OK)
        result = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                 nullptr);
    if (result == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(db, "main", source, "main");
        result = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(db);
        const int finished = backup ? sqlite3_backup_finish(backup) : result;
        if (result == SQLITE_DONE)
            result = finished;
    }
    sqlite3_close(db);
    sqlite3_close(source);
    if (result != SQLITE_OK || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        throw Error(Error::Kind::Storage,
                    QDir::toNativeSeparators(path) +
                        u": the backup before merging could not be written; nothing was merged"_s);
    }
}

// The shared state straight into the attached "base" when it is of this Fieldday's version
// (the usual case) and sound; false when it must be read as an older file.
bool attachCurrent(sqlite3 *db, const QByteArray &state)
{
    const auto header = [&state](int offset) {
        return state.size() < offset + 4 ? -1 : qFromBigEndian<qint32>(state.constData() + offset);
    };
    if (header(68) != Schema::applicationId || header(60) != Schema::currentVersion())
        return false;
    auto *data = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(state.size())));
    if (!data)
        throw Error(Error::Kind::Storage, u"merge: no memory for the shared state"_s);
    memcpy(data, state.constData(), size_t(state.size()));
    // A snapshot of a file in WAL mode holds every page already; in memory it has no WAL.
    data[18] = data[19] = 1;
    if (sqlite3_deserialize(db, "base", data, state.size(), state.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
        SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: cannot read the shared state"_s);
    // Its own checksum (zlib's) already proved it whole.
    return true;
}

QByteArray diff(sqlite3 *copy, const MergeTables &tables)
{
    sqlite3_session *session = nullptr;
    if (sqlite3session_create(copy, "main", &session) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: the session extension is not available"_s);
    const auto drop = qScopeGuard([session] { sqlite3session_delete(session); });
    // Parents first: the changeset lists tables in the order they were attached.
    for (const SharedTable &shared : SharedTables::all()) {
        if (!tables.count(shared.name))
            continue;
        const QByteArray name = shared.name.toUtf8();
        char *message = nullptr;
        if (sqlite3session_attach(session, name.constData()) != SQLITE_OK ||
            sqlite3session_diff(session, "base", name.constData(), &message) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(copy));
            sqlite3_free(message);
            throw Error(Error::Kind::Storage,
                        u"merge: cannot compare %1: %2"_s.arg(shared.name, detail));
        }
    }
    int size = 0;
    void *data = nullptr;
    if (sqlite3session_changeset(session, &size, &data) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: cannot list the copy's changes"_s);
    QByteArray changeset(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return changeset;
}

// The token of the last change saved in a copy (replica_edit), or NULL before its first.
QVariant lastToken(const EventFile &copy)
{
    QSqlQuery q = sql::prepare(copy.database(),
                               u"SELECT token FROM replica_edit ORDER BY seq DESC LIMIT 1"_s);
    sql::exec(q);
    return q.next() ? q.value(0) : QVariant(QMetaType::fromType<QString>());
}

bool holdsToken(const EventFile &copy, const QString &token)
{
    QSqlQuery q = sql::prepare(copy.database(), u"SELECT 1 FROM replica_edit WHERE token = ?"_s);
    q.addBindValue(token);
    sql::exec(q);
    return q.next();
}

// The rows the changeset adds or changes, by table: each one's key.
ContentCheck::RowKeys rowsTaken(const QByteArray &changeset, const MergeTables &tables)
{
    ContentCheck::RowKeys rows;
    ChangesetIterator change(changeset);
    while (change.next()) {
        if (change.op() == SQLITE_DELETE)
            continue;
        const auto table = tables.find(QString::fromUtf8(change.table()));
        if (table == tables.end())
            continue;
        rows[table->first.toLower()].append(
            table->second.keyIn(change.handle(), change.op() == SQLITE_INSERT));
    }
    return rows;
}

} // namespace

MergeReport CopyMerger::merge(EventFile &original, const QString &copyPath, const Options &options)
{
    MergeReport report;
    report.copyPath = copyPath;
    const QString shown = QDir::toNativeSeparators(copyPath);
    if (!QFileInfo::exists(copyPath))
        throw Error(Error::Kind::NotFound, shown + u": no such file"_s);
    if (QFileInfo(copyPath).canonicalFilePath() == QFileInfo(original.path()).canonicalFilePath())
        throw Error(Error::Kind::BadInput,
                    shown + u": is the original itself; merge a copy shared from it"_s);
    if (!options.dryRun && original.isReadOnly())
        throw Error(Error::Kind::ReadOnly, original.describe(u"is open read-only"_s));

    // Damaged, foreign or newer files are refused here; an older copy is read migrated.
    const auto copy = EventFile::openCopyToMerge(copyPath);
    // A copy read without rows Fieldday cannot trust would look as if it had deleted them.
    if (!copy->unsoundRows().isEmpty())
        throw Error(Error::Kind::BadInput,
                    shown + u": holds rows Fieldday cannot trust (written by another program); "
                            "nothing was merged. 'fieldday-cli salvage' lists them."_s);
    const Identity ours = identityOf(original);
    const Identity theirs = identityOf(*copy);
    if (theirs.eventUid != ours.eventUid)
        throw Error(Error::Kind::BadInput,
                    shown + u": is a copy of another event, not of %1; nothing was merged"_s.arg(
                                QDir::toNativeSeparators(original.path())));
    if (theirs.sharingUid.isEmpty())
        throw Error(Error::Kind::BadInput,
                    shown + u": is not a shared copy but this event's original or a backup of "
                            "it; nothing was merged"_s);
    QByteArray sharedState;
    {
        QSqlQuery q = sql::prepare(original.database(),
                                   u"SELECT name, coalesce(merged_token, '') FROM sharing "
                                   "WHERE uid = ?"_s);
        q.addBindValue(theirs.sharingUid);
        sql::exec(q);
        if (!q.next())
            throw Error(Error::Kind::BadInput,
                        shown +
                            u": was shared from another copy of this event, not from %1; "
                            "nothing was merged"_s.arg(QDir::toNativeSeparators(original.path())));
        report.copyName = q.value(0).toString();
        const QString mergedToken = q.value(1).toString();
        if (!mergedToken.isEmpty() && !holdsToken(*copy, mergedToken))
            throw Error(Error::Kind::BadInput,
                        shown + u": is a second file made from %1's copy (copied as a file), "
                                "and %1's changes were merged from the other one already. "
                                "Merging this one too would take those changes out again, so "
                                "nothing was merged. Enter its changes by hand, and give each "
                                "person a copy of their own (Share a Copy)."_s.arg(
                                    report.copyName));
        sharedState = qUncompress(SharedState::read(original, theirs.sharingUid));
    }
    if (sharedState.isEmpty())
        throw Error(
            Error::Kind::Corrupt,
            original.describe(u"the state shared with \"%1\" is damaged"_s.arg(report.copyName)));

    // The copy as it is now: the shared state once this merge is in. Compressing it takes a
    // while; it runs on another core while the merge works.
    std::future<QByteArray> copyState = CopySharing::snapshotLater(*copy);

    // The shared state, read (and migrated if older) like any event file, attached to the
    // copy's private connection as "base", so that the session extension can compare them.
    sqlite3 *copyDb = SqliteStatement::handleOf(*copy);
    SqliteQuery::exec(copyDb, u"ATTACH ':memory:' AS base"_s);
    if (!attachCurrent(copyDb, sharedState)) {
        // Shared by an earlier Fieldday: read and migrated as any older event file is.
        QTemporaryDir dir;
        const QString basePath = dir.filePath(u"shared.fieldday"_s);
        {
            QFile file(basePath);
            if (!file.open(QIODevice::WriteOnly) || file.write(sharedState) != sharedState.size())
                throw Error(Error::Kind::Storage, u"merge: no room for the shared state"_s);
        }
        const auto base = EventFile::openPrivateCopy(basePath);
        sqlite3_backup *backup =
            sqlite3_backup_init(copyDb, "base", SqliteStatement::handleOf(*base), "main");
        const int stepped = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
        if (sqlite3_backup_finish(backup) != SQLITE_OK || stepped != SQLITE_DONE)
            throw Error(Error::Kind::Storage, u"merge: cannot read the shared state"_s);
    }
    // Renumbering in the private copy: no links to check, and no triggers to record it.
    SqliteQuery::exec(copyDb, u"PRAGMA foreign_keys = OFF"_s);
    sqlite3_db_config(copyDb, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);

    const MergeTables tables = MergeTable::readAll(SqliteStatement::handleOf(original));
    QList<Mapping> mappings;
    QSet<QString> mapped;
    {
        QSqlQuery q = sql::prepare(original.database(),
                                   u"SELECT table_name, copy_id, original_id FROM sharing_id "
                                   "WHERE sharing_uid = ?"_s);
        q.addBindValue(theirs.sharingUid);
        sql::exec(q);
        while (q.next()) {
            mappings.append({q.value(0).toString(), q.value(1), q.value(2)});
            mapped.insert(q.value(0).toString() + u'/' + q.value(1).toString());
        }
    }
    for (const Mapping &m : mappings)
        renumber(copyDb, tables, m.table, m.copyId, m.originalId);
    const QList<Mapping> found =
        findSameRows(SqliteStatement::handleOf(original), copyDb, tables, mapped);
    for (const Mapping &m : found)
        renumber(copyDb, tables, m.table, m.copyId, m.originalId);
    report.samePeople = int(found.size());

    const QByteArray changeset = diff(copyDb, tables);
    if (changeset.isEmpty()) {
        report.nothingNew = true;
        return report;
    }
    // What the copy holds besides is the shared state, checked when it was the original's.
    if (const QList<UnsoundRow> unsound = ContentCheck::inspectRows(
            copy->database(), Schema::currentVersion(), rowsTaken(changeset, tables));
        !unsound.isEmpty())
        throw Error(Error::Kind::BadInput,
                    shown + u": holds "_s + ContentCheck::summary(unsound) +
                        u" (written by another program); nothing was merged. 'fieldday-cli "
                        "salvage' writes a clean copy."_s);

    // A dry run works on a private copy of the original: the same code, nothing written.
    std::unique_ptr<EventFile> preview;
    if (options.dryRun)
        preview = EventFile::openPrivateCopy(original.path());
    EventFile &target = options.dryRun ? *preview : original;

    // Nothing changed after all (a dry run, a decision missing, a failure): no backup either.
    auto dropBackup = qScopeGuard([&report] {
        if (!report.backupPath.isEmpty())
            QFile::remove(report.backupPath);
        report.backupPath.clear();
    });
    // The backup is written on another core while the merge works (it reads what is committed,
    // through a connection of its own), and is whole before the merge commits. Declared after
    // dropBackup: leaving early waits for it before it is removed.
    std::future<void> backup;
    if (!options.dryRun && options.backUp) {
        const QFileInfo info(original.path());
        report.backupPath =
            !options.backupPath.isEmpty()
                ? options.backupPath
                : info.absolutePath() + u'/' + info.completeBaseName() + u".before-merge-"_s +
                      QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s) +
                      u".fieldday"_s;
        backup = std::async(std::launch::async, backUp, original.path(), report.backupPath);
    }
    WriteTransaction transaction(target);
    // Recording what the merge writes (for undo): a session on the original's connection for
    // the length of this transaction.
    sqlite3_session *recording = nullptr;
    const auto stopRecording = qScopeGuard([&recording] {
        if (recording)
            sqlite3session_delete(recording);
    });
    if (options.record && !options.dryRun) {
        if (sqlite3session_create(SqliteStatement::handleOf(target), "main", &recording) !=
                SQLITE_OK ||
            sqlite3session_attach(recording, nullptr) != SQLITE_OK)
            throw Error(Error::Kind::Storage, u"merge: cannot record the change for undo"_s);
    }
    MergeApplier merge(SqliteStatement::handleOf(target), copyDb, tables, options, report);
    merge.prepare(changeset);
    merge.keepChangedDependents();
    merge.apply(changeset);
    merge.finish();
    {
        QSqlQuery check(target.database());
        if (!check.exec(u"PRAGMA foreign_key_check"_s))
            sql::fail(check.lastError(), u"merge"_s);
        if (check.next())
            throw Error(Error::Kind::Storage,
                        u"merge: the result would have rows of %1 pointing at rows that are "
                        "gone; nothing was changed"_s.arg(check.value(0).toString()));
    }
    if (options.dryRun || report.undecided() > 0)
        return report; // rolled back
    {
        QSqlQuery q = sql::prepare(original.database(), u"UPDATE sharing SET merged_at = ?, "
                                                        "merges = merges + 1 WHERE uid = ?"_s);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(theirs.sharingUid);
        sql::exec(q);
        QSqlQuery token = sql::prepare(original.database(),
                                       u"UPDATE sharing SET merged_token = ? WHERE uid = ?"_s);
        token.addBindValue(lastToken(*copy));
        token.addBindValue(theirs.sharingUid);
        sql::exec(token);
        SharedState::write(original, theirs.sharingUid, copyState.get());
        QSqlQuery m = sql::prepare(original.database(),
                                   u"INSERT OR IGNORE INTO sharing_id (sharing_uid, table_name, "
                                   "copy_id, original_id) VALUES (?, ?, ?, ?)"_s);
        for (const Mapping &mapping : found) {
            m.bindValue(0, theirs.sharingUid);
            m.bindValue(1, mapping.table);
            m.bindValue(2, mapping.copyId);
            m.bindValue(3, mapping.originalId);
            sql::exec(m);
        }
    }
    if (recording) {
        int size = 0;
        void *data = nullptr;
        if (sqlite3session_changeset(recording, &size, &data) != SQLITE_OK)
            throw Error(Error::Kind::Storage, u"merge: cannot record the change for undo"_s);
        report.written = QByteArray(static_cast<const char *>(data), size);
        sqlite3_free(data);
    }
    if (backup.valid())
        backup.get(); // throws, and nothing is merged, when it could not be written
    transaction.commit();
    dropBackup.dismiss();
    report.applied = true;
    return report;
}

void CopyMerger::replay(EventFile &file, const QByteArray &written, bool undo)
{
    QByteArray changeset = written;
    if (undo) {
        int size = 0;
        void *data = nullptr;
        if (sqlite3changeset_invert(int(written.size()), written.constData(), &size, &data) !=
            SQLITE_OK)
            throw Error(Error::Kind::Storage, u"merge: the recorded change cannot be read"_s);
        changeset = QByteArray(static_cast<const char *>(data), size);
        sqlite3_free(data);
    }
    sqlite3 *db = SqliteStatement::handleOf(file);
    WriteTransaction transaction(file);
    // The recording holds what triggers wrote as well.
    const ConnectionHardening::TriggersOff quiet(db);
    const int result = sqlite3changeset_apply_v2(
        db, int(changeset.size()), changeset.data(), nullptr,
        [](void *, int kind, sqlite3_changeset_iter *it) {
            // A row already gone with the row it belonged to (ON DELETE CASCADE) is fine;
            // anything else means the event is not as the recording expects.
            const char *table = nullptr;
            int columns = 0, op = 0, indirect = 0;
            sqlite3changeset_op(it, &table, &columns, &op, &indirect);
            return kind == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE
                       ? SQLITE_CHANGESET_OMIT
                       : SQLITE_CHANGESET_ABORT;
        },
        nullptr, nullptr, nullptr, 0);
    if (result != SQLITE_OK)
        throw Error(Error::Kind::Storage,
                    file.describe(u"the event changed since the merge; it cannot be %1"_s.arg(
                        undo ? u"undone"_s : u"done again"_s)));
    transaction.commit();
}

} // namespace fieldday
