#include "EventFile.h"

#include "ConnectionHardening.h"
#include "ContentCheck.h"
#include "Error.h"
#include "IdAllocator.h"
#include "Schema.h"
#include "SchemaVerifier.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "WriteTransaction.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlQuery>
#include <QUrl>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

// Before SQLite starts (this runs as the library loads): no memory statistics, which Fieldday
// never reads and which take a lock around every allocation SQLite makes (a merge decodes a
// changeset value by value, each one allocated).
const bool sqliteConfigured = sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0) == SQLITE_OK;

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return u"fieldday-"_s + QString::number(++counter);
}

QString lockPathFor(const QString &path)
{
    return path + u".lock"_s;
}

qint64 pragmaValue(const QSqlDatabase &db, const QString &pragma)
{
    QSqlQuery query(db);
    if (!query.exec(u"PRAGMA "_s + pragma) || !query.next())
        sql::fail(query.lastError(), pragma);
    return query.value(0).toLongLong();
}

// Reads the first bytes without SQLite, so that a file that is not a database at all is
// refused before any library gets to touch it.
void checkHeader(const QString &path)
{
    const QFileInfo info(path);
    const QString name = QDir::toNativeSeparators(path);
    if (!info.exists())
        throw Error(Error::Kind::NotFound, name + u": no such file"_s);
    if (!info.isFile())
        throw Error(Error::Kind::NotAnEventFile, name + u": not a file"_s);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::Storage,
                    name + u": cannot be read ("_s + file.errorString() + u')');
    if (info.size() == 0)
        throw Error(Error::Kind::NotAnEventFile, name + u": empty file, not a Fieldday event"_s);
    const QByteArray header = file.read(16);
    if (header != QByteArrayView("SQLite format 3\0", 16))
        throw Error(Error::Kind::NotAnEventFile,
                    name + u": not a Fieldday event file (not an SQLite database)"_s);
}

} // namespace

EventFile::EventFile(QString path, Mode mode) : m_path(std::move(path)), m_mode(mode) {}

EventFile::~EventFile()
{
    disconnect();
}

QString EventFile::describe(const QString &message) const
{
    return QDir::toNativeSeparators(m_path) + u": "_s + message;
}

void EventFile::connect(bool readOnly)
{
    m_connection = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    const QFileInfo info(m_path);
    if (readOnly && (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())) {
        // Nobody can change a file in a read-only place, and SQLite could not create the WAL
        // index beside it: read it as immutable.
        db.setDatabaseName(QUrl::fromLocalFile(m_path).toString(QUrl::FullyEncoded) +
                           u"?mode=ro&immutable=1"_s);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
    } else {
        db.setDatabaseName(m_path);
        db.setConnectOptions(readOnly ? u"QSQLITE_OPEN_READONLY;QSQLITE_BUSY_TIMEOUT=5000"_s
                                      : u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    }
    if (!db.open()) {
        const QString detail = db.lastError().databaseText();
        disconnect();
        throw Error(Error::Kind::Storage, describe(u"cannot be opened ("_s + detail + u')'));
    }
    try {
        ConnectionHardening::apply(db);
    } catch (const Error &error) {
        disconnect();
        throw Error(error.kind(), describe(error.message()));
    }
}

void EventFile::disconnect()
{
    m_ids.reset(); // its prepared statements go before the connection closes
    if (m_connection.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_connection.clear();
}

void EventFile::configureConnection()
{
    const QSqlDatabase db = database();
    sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
    if (!isReadOnly()) {
        // FULL: a committed change survives a power cut, not only a crash.
        sql::exec(db, u"PRAGMA synchronous = FULL"_s);
        // A large change (an import of 100,000 people) stays in memory until it commits
        // instead of spilling pages to the WAL again and again; 16 MiB at most.
        sql::exec(db, u"PRAGMA cache_size = -16384"_s);
        // Savepoints inside a transaction keep their undo data in memory, not in temporary
        // files written page by page.
        sql::exec(db, u"PRAGMA temp_store = MEMORY"_s);
    }
}

void EventFile::readIdentity()
{
    // Every file is read at the current schema (an older one migrated, or copied and migrated).
    m_ids.reset();
    QSqlQuery q(database());
    if (!q.exec(u"SELECT id_space, copy_name FROM replica WHERE id = 1"_s))
        sql::fail(q.lastError(), u"replica"_s);
    const bool found = q.next();
    m_idSpace = found ? q.value(0).toInt() : 0;
    m_copyName = found && m_idSpace != 0 ? q.value(1).toString() : QString();
}

qint64 EventFile::nextId(const QString &table, const QString &column)
{
    if (!m_ids)
        m_ids = std::make_unique<IdAllocator>(*this, m_idSpace);
    return m_ids->next(table, column);
}

QList<SchemaDifference> EventFile::verifySchema(int version, bool salvage) const
{
    const QList<SchemaDifference> differences =
        SchemaVerifier::differences(database(), version);
    if (differences.isEmpty())
        return {};
    const bool onlyExtra = std::all_of(differences.begin(), differences.end(), [](const auto &d) {
        return d.kind == SchemaDifference::Kind::Extra;
    });
    if (salvage && onlyExtra)
        return differences;
    throw Error(Error::Kind::ForeignSchema,
                describe(SchemaVerifier::summary(differences) +
                         (salvage ? u". Only what Fieldday did not make can be left out of a "
                                    "clean copy; Fieldday's own tables must be as it made them."_s
                                  : u". It was not opened, and is unchanged."_s) +
                         (onlyExtra && !salvage
                              ? u" Salvage writes a clean copy of the event without it."_s
                              : QString())));
}

void EventFile::trustSchema()
{
    const QSqlDatabase db = database();
    ConnectionHardening::allowOwnTriggers(db);
    m_schemaCookie = pragmaValue(db, u"schema_version"_s);
}

void EventFile::checkSchemaUnchanged()
{
    // SQLite counts every change of the schema (the cookie); another program that adds a
    // trigger while the file is open here changes it, and that trigger would fire on our next
    // write. A cookie of its own is read inside the write transaction, so nothing slips in.
    const QSqlDatabase db = database();
    const qint64 cookie = pragmaValue(db, u"schema_version"_s);
    if (cookie == m_schemaCookie)
        return;
    const int version = int(pragmaValue(db, u"user_version"_s));
    QString changed;
    if (version != Schema::currentVersion())
        changed = u"is now of file format %1"_s.arg(version);
    else if (const auto differences = SchemaVerifier::differences(db, version);
             !differences.isEmpty())
        changed = SchemaVerifier::summary(differences);
    if (!changed.isEmpty())
        throw Error(Error::Kind::ForeignSchema,
                    describe(u"was changed by another program while open here: it "_s + changed +
                             u". Nothing was changed; close it and open it again."_s));
    m_schemaCookie = cookie;
}

int EventFile::schemaVersion() const
{
    return m_copiedVersion ? m_copiedVersion : int(pragmaValue(database(), u"user_version"_s));
}

void EventFile::copyIntoMemory(int fileVersion, bool clean, const QList<SchemaDifference> &extra)
{
    // SQLite's online backup copies every page of the file into a private in-memory database,
    // which is then cleaned and migrated like any older file; readers see the current schema
    // (the tables a later version added, empty) and the file is not written at all.
    m_ids.reset();
    const QString fileConnection = m_connection;
    m_connection = nextConnectionName();
    struct CloseFile
    {
        QString name;
        ~CloseFile()
        {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    } closeFile{fileConnection};

    QSqlDatabase memory = QSqlDatabase::addDatabase(u"QSQLITE"_s, m_connection);
    memory.setDatabaseName(u":memory:"_s);
    if (!memory.open())
        throw Error(Error::Kind::Storage,
                    describe(u"cannot be read (no memory for a private copy)"_s));
    ConnectionHardening::apply(memory);
    sqlite3 *target = SqliteStatement::handleOf(memory);
    sqlite3_backup *backup = sqlite3_backup_init(
        target, "main", SqliteStatement::handleOf(QSqlDatabase::database(fileConnection, false)),
        "main");
    const int stepped = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(target);
    const int finished = backup ? sqlite3_backup_finish(backup) : stepped;
    if (stepped != SQLITE_DONE || finished != SQLITE_OK)
        sql::fail(finished != SQLITE_OK ? finished : stepped,
                  QString::fromUtf8(sqlite3_errmsg(target)), u"read a copy"_s);
    // What a salvage leaves out of the schema: code first (triggers, views), then the rest.
    for (const SchemaDifference &d : extra) {
        const QString kind = d.type == u"trigger"_s ? u"TRIGGER"_s
                             : d.type == u"view"_s  ? u"VIEW"_s
                             : d.type == u"index"_s ? u"INDEX"_s
                                                    : u"TABLE"_s;
        sql::exec(memory, u"DROP %1 IF EXISTS main.\"%2\""_s.arg(
                              kind, QString(d.name).replace(u'"', u"\"\""_s)));
        m_droppedObjects << d.type + u" '"_s + d.name + u'\'';
    }
    if (clean)
        m_unsound = ContentCheck::clean(memory, fileVersion);
    if (fileVersion < Schema::currentVersion())
        Schema::migrate(memory, fileVersion);
    m_copiedVersion = fileVersion;
}

std::unique_ptr<EventFile> EventFile::open(const QString &path, Mode mode)
{
    return openFile(path, mode, Purpose::Use);
}

std::unique_ptr<EventFile> EventFile::openPrivateCopy(const QString &path)
{
    return openFile(path, Mode::ReadOnly, Purpose::PrivateCopy);
}

std::unique_ptr<EventFile> EventFile::openCopyToMerge(const QString &path)
{
    return openFile(path, Mode::ReadOnly, Purpose::CopyToMerge);
}

std::unique_ptr<EventFile> EventFile::openToSalvage(const QString &path)
{
    return openFile(path, Mode::ReadOnly, Purpose::Salvage);
}

std::unique_ptr<EventFile> EventFile::openFile(const QString &path, Mode mode, Purpose purpose)
{
    const bool salvage = purpose == Purpose::Salvage;
    checkHeader(path);
    std::unique_ptr<EventFile> file(new EventFile(QFileInfo(path).absoluteFilePath(), mode));

    // Inspect through a read-only connection first: a foreign or newer file is never written.
    // SQLite may create -wal and -shm beside a WAL-mode file; remove ours when we are done.
    const QStringList sideFiles = {file->m_path + u"-wal"_s, file->m_path + u"-shm"_s};
    QList<bool> sideFilesExisted;
    for (const QString &side : sideFiles)
        sideFilesExisted.append(QFileInfo::exists(side));
    const auto removeOurSideFiles = [&] {
        for (qsizetype i = 0; i < sideFiles.size(); ++i) {
            if (!sideFilesExisted[i])
                QFile::remove(sideFiles[i]);
        }
    };
    file->connect(true);
    int version = 0;
    QList<SchemaDifference> extra;
    QList<UnsoundRow> unsound;
    try {
        const QSqlDatabase db = file->database();
        const qint64 appId = pragmaValue(db, u"application_id"_s);
        if (appId != Schema::applicationId)
            throw Error(Error::Kind::NotAnEventFile,
                        file->describe(u"an SQLite database, but not a Fieldday event file"_s));
        version = int(pragmaValue(db, u"user_version"_s));
        if (version > Schema::currentVersion())
            throw Error(Error::Kind::NewerVersion,
                        file->describe(u"made by a newer version of Fieldday (file format %1; "
                                       "this version reads up to %2). Update Fieldday to open it."_s
                                           .arg(version)
                                           .arg(Schema::currentVersion())));
        if (version < 1)
            throw Error(Error::Kind::Corrupt, file->describe(u"has no Fieldday schema"_s));
        // The file's structure must be sound. A NULL or a value outside a CHECK is not damage
        // but content, which the content check below names row by row.
        sql::exec(db, u"PRAGMA ignore_check_constraints = ON"_s);
        QSqlQuery check(db);
        const bool checked = check.exec(u"PRAGMA quick_check"_s);
        bool sound = checked;
        while (checked && check.next()) {
            const QString line = check.value(0).toString();
            if (line != u"ok"_s && !line.startsWith(u"NULL value in "_s))
                sound = false;
        }
        check.finish();
        sql::exec(db, u"PRAGMA ignore_check_constraints = OFF"_s);
        if (!sound)
            throw Error(Error::Kind::Corrupt,
                        file->describe(u"the file is damaged and cannot be opened; "
                                       "restore it from a backup"_s));
        extra = file->verifySchema(version, salvage);
        const bool checkedByMerge =
            purpose == Purpose::CopyToMerge && version == Schema::currentVersion();
        if (extra.isEmpty() && !checkedByMerge)
            unsound = ContentCheck::inspect(db, version);
        const bool privateCopy = purpose == Purpose::PrivateCopy || purpose == Purpose::CopyToMerge;
        if ((mode == Mode::ReadWrite || privateCopy) && !unsound.isEmpty())
            throw Error(Error::Kind::UnsoundContent,
                        file->describe(u"holds "_s + ContentCheck::summary(unsound) +
                                       u". It can only be opened read-only, without those rows; "
                                       "salvage writes a clean copy."_s));
    } catch (const Error &error) {
        file->disconnect();
        removeOurSideFiles();
        if (error.kind() == Error::Kind::Storage || error.kind() == Error::Kind::Corrupt) {
            // SQLite could not even read it: report damage, not a driver message.
            throw Error(Error::Kind::Corrupt,
                        file->describe(u"the file is damaged and cannot be opened; "
                                       "restore it from a backup"_s));
        }
        throw;
    }

    if (mode == Mode::ReadWrite) {
        file->disconnect();
        const QFileInfo info(file->m_path);
        if (!info.isWritable() || !QFileInfo(info.absolutePath()).isWritable())
            throw Error(Error::Kind::ReadOnly,
                        file->describe(u"the file or its folder is read-only; "
                                       "open it read-only or copy it somewhere writable"_s));
        file->m_lock = std::make_unique<QLockFile>(lockPathFor(file->m_path));
        file->m_lock->setStaleLockTime(0); // only a live process holds it
        if (!file->m_lock->tryLock(0)) {
            qint64 pid = 0;
            QString host, app;
            file->m_lock->getLockInfo(&pid, &host, &app);
            throw Error(Error::Kind::AlreadyOpen,
                        file->describe(u"already open in another Fieldday program (process %1); "
                                       "close it there first"_s.arg(pid)));
        }
        file->connect(false);
        QSqlDatabase db = file->database();
        version = int(pragmaValue(db, u"user_version"_s));
        // Again on the connection that writes: nothing may have slipped in since the first look.
        file->verifySchema(version, false);
        if (version < Schema::currentVersion())
            Schema::migrate(db, version);
        file->trustSchema();
    } else if (version < Schema::currentVersion() || !unsound.isEmpty() ||
               purpose != Purpose::Use) {
        // Cleaned by the rules of the file's own version, then migrated: both in memory only.
        try {
            file->copyIntoMemory(version, purpose == Purpose::Salvage || !unsound.isEmpty(), extra);
        } catch (const Error &error) {
            file->disconnect();
            removeOurSideFiles();
            if (error.message().startsWith(QDir::toNativeSeparators(file->m_path)))
                throw;
            throw Error(error.kind(), file->describe(error.message()));
        }
        removeOurSideFiles();
        if (purpose == Purpose::PrivateCopy || purpose == Purpose::CopyToMerge) {
            file->m_mode = Mode::ReadWrite; // writable: it is nobody's file
            file->trustSchema();            // verified, and as a write to the file would act
        }
    }
    file->configureConnection();
    file->readIdentity();
    return file;
}

std::unique_ptr<EventFile> EventFile::create(const QString &path,
                                             const std::function<void(EventFile &)> &populate)
{
    const QFileInfo target(path);
    const QString name = QDir::toNativeSeparators(path);
    if (target.exists())
        throw Error(Error::Kind::BadInput, name + u": already exists; choose another name"_s);
    if (!QFileInfo(target.absolutePath()).isDir())
        throw Error(Error::Kind::NotFound, name + u": the folder does not exist"_s);

    // Build under a temporary name, so a failure never leaves a half-made event behind.
    const QString temporary = target.absolutePath() + u"/."_s + target.fileName() + u".new"_s;
    QFile::remove(temporary);
    {
        std::unique_ptr<EventFile> file(new EventFile(temporary, Mode::ReadWrite));
        try {
            file->connect(false);
            {
                QSqlDatabase db = file->database();
                sql::exec(db, u"PRAGMA journal_mode = WAL"_s);
                sql::exec(db,
                          u"PRAGMA application_id = "_s + QString::number(Schema::applicationId));
                Schema::migrate(db, 0);
            }
            file->trustSchema();
            file->configureConnection();
            file->readIdentity();
            if (populate) {
                WriteTransaction transaction(*file);
                populate(*file);
                transaction.commit();
            }
            file->disconnect();
        } catch (...) {
            file->disconnect();
            QFile::remove(temporary);
            QFile::remove(temporary + u"-wal"_s);
            QFile::remove(temporary + u"-shm"_s);
            throw;
        }
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        QFile::remove(temporary);
        throw Error(Error::Kind::Storage, name + u": could not be written"_s);
    }
    return open(target.absoluteFilePath(), Mode::ReadWrite);
}

void EventFile::backupTo(const QString &outPath) const
{
    if (!m_unsound.isEmpty())
        throw Error(Error::Kind::UnsoundContent,
                    describe(u"holds "_s + ContentCheck::summary(m_unsound) +
                             u". A backup would leave them out; salvage writes a clean copy "
                             "and says what it left out, or copy the file itself."_s));
    copyTo(outPath, false);
}

void EventFile::writeCleanCopy(const QString &outPath) const
{
    copyTo(outPath, true);
}

void EventFile::copyTo(const QString &outPath, bool journalInWal) const
{
    const QFileInfo target(outPath);
    const QString name = QDir::toNativeSeparators(outPath);
    if (target.exists())
        throw Error(Error::Kind::BadInput, name + u": already exists; choose another name"_s);
    if (!QFileInfo(target.absolutePath()).isDir())
        throw Error(Error::Kind::NotFound, name + u": the folder does not exist"_s);
    const QString temporary = target.absolutePath() + u"/."_s + target.fileName() + u".partial"_s;
    QFile::remove(temporary);
    try {
        QSqlQuery query(database());
        query.prepare(u"VACUUM INTO ?"_s);
        query.addBindValue(temporary);
        if (!query.exec())
            sql::fail(query.lastError(), u"copy"_s);
        if (journalInWal) {
            // VACUUM INTO writes a rollback-journal file; an event file is in WAL mode, as a
            // new one is (docs/file-format.md).
            const QString connection = nextConnectionName();
            {
                QSqlDatabase copy = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
                copy.setDatabaseName(temporary);
                const bool opened = copy.open();
                QSqlQuery wal(copy);
                const bool done = opened && wal.exec(u"PRAGMA journal_mode = WAL"_s) &&
                                  wal.next() && wal.value(0).toString() == u"wal"_s;
                const QSqlError error = wal.lastError();
                wal.finish();
                copy.close();
                if (!done) {
                    QSqlDatabase::removeDatabase(connection);
                    sql::fail(error, u"copy"_s);
                }
            }
            QSqlDatabase::removeDatabase(connection);
        }
    } catch (const Error &e) {
        QFile::remove(temporary);
        QFile::remove(temporary + u"-wal"_s);
        QFile::remove(temporary + u"-shm"_s);
        throw Error(e.kind(), name + u": "_s + e.message());
    }
    if (!QFile::rename(temporary, target.absoluteFilePath())) {
        QFile::remove(temporary);
        throw Error(Error::Kind::Storage, name + u": could not be written"_s);
    }
}

} // namespace fieldday
