#pragma once

#include "model/UnsoundRow.h"

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>
#include <memory>

class QLockFile;

namespace fieldday {

class IdAllocator;
struct SchemaDifference;

// One open event file: a SQLite database with Fieldday's application id and schema.
// Opening checks the file without writing to it; anything that is not a Fieldday event
// of a version we know is refused with an Error and left untouched.
class EventFile
{
public:
    enum class Mode
    {
        ReadOnly,
        ReadWrite
    };

    // Throws Error. ReadWrite takes the file's lock (another process gets "already open")
    // and migrates an older schema; ReadOnly shares the file with a writer, and reads a file
    // of an older schema through a private in-memory copy migrated to the current one, so
    // the file itself is never written. A file whose schema is not Fieldday's own is refused
    // (ForeignSchema); one with unsound rows is refused for writing (UnsoundContent) and read
    // through a private copy without them (unsoundRows() says which, and why).
    static std::unique_ptr<EventFile> open(const QString &path, Mode mode);

    // A private, writable copy in memory of the event at `path` (of any version this Fieldday
    // reads; older ones migrated): a dry run or a preview changes it, and nothing of that
    // reaches the file. Throws Error as open() does; a file with unsound rows is refused
    // (UnsoundContent), as it is for writing: what is tried on the copy could not be done.
    static std::unique_ptr<EventFile> openPrivateCopy(const QString &path);
    // The same, for a shared copy about to be merged: its structure and schema are checked as
    // always, but the content of a copy of the current version is left to the merge, which
    // checks the rows it takes (ContentCheck::inspectRows); the rest is the shared state.
    static std::unique_ptr<EventFile> openCopyToMerge(const QString &path);

    // Opens a file to write a clean copy of it (salvage): read-only, through a private copy in
    // memory from which the objects Fieldday did not make (triggers, views, tables, indexes;
    // see droppedObjects()) and the unsound rows are taken out. A file whose own tables are
    // not as Fieldday made them is still refused. Throws Error.
    static std::unique_ptr<EventFile> openToSalvage(const QString &path);

    // Creates a new event file at `path` (which must not exist). `populate` runs on the new
    // file inside one transaction; the file appears at `path` only once it is complete.
    static std::unique_ptr<EventFile> create(const QString &path,
                                             const std::function<void(EventFile &)> &populate = {});

    ~EventFile();
    EventFile(const EventFile &) = delete;
    EventFile &operator=(const EventFile &) = delete;

    QSqlDatabase database() const { return QSqlDatabase::database(m_connection, false); }
    const QString &path() const { return m_path; }
    bool isReadOnly() const { return m_mode == Mode::ReadOnly; }
    // The version of the file on disk (an older file read through a migrated copy keeps its own).
    int schemaVersion() const;

    // This file's range of ids for new rows: 0 in an original, its own in a shared copy.
    int idSpace() const { return m_idSpace; }
    // Whose shared copy this is ("Wigan lead"); empty in an original.
    const QString &copyName() const { return m_copyName; }
    // The id a new row of `table` takes (see IdAllocator): every insert of a new row uses it,
    // so that copies of the event never give two different rows one id. Throws Error.
    qint64 nextId(const QString &table, const QString &column = QStringLiteral("id"));

    // A consistent copy through SQLite (VACUUM INTO a temporary name, then rename). Refused
    // for a file with unsound rows: this copy would leave them out, which a backup must not.
    void backupTo(const QString &outPath) const;
    // The same copy, of what was read: Fieldday's own schema and the sound rows only.
    void writeCleanCopy(const QString &outPath) const;

    // The rows of the file that were left out of what is read (or read without a broken
    // reference), and why: empty for a file Fieldday wrote. Such a file opens read-only only.
    const QList<UnsoundRow> &unsoundRows() const { return m_unsound; }
    // For a file opened to salvage: the objects of its schema Fieldday did not make and left out.
    const QStringList &droppedObjects() const { return m_droppedObjects; }

    // Prefixes an error message with the file name, as every message about this file should be.
    QString describe(const QString &message) const;

private:
    friend class WriteTransaction;

    EventFile(QString path, Mode mode);
    void connect(bool readOnly);
    void disconnect();
    void configureConnection();
    // What an open is for: a file to use (open()), a private writable copy (openPrivateCopy(),
    // openCopyToMerge()), or a clean copy to write (openToSalvage()).
    enum class Purpose
    {
        Use,
        PrivateCopy,
        CopyToMerge,
        Salvage
    };
    // Throws unless the schema is Fieldday's own; returns the extra objects a salvage may drop.
    QList<SchemaDifference> verifySchema(int version, bool salvage) const;
    static std::unique_ptr<EventFile> openFile(const QString &path, Mode mode, Purpose purpose);
    // The one way Fieldday reads a file it must not write: SQLite's online backup into a private
    // database in memory, then (there) the extra objects dropped, unsound rows taken out when
    // `clean`, and an older schema migrated.
    void copyIntoMemory(int fileVersion, bool clean, const QList<SchemaDifference> &extra);
    void copyTo(const QString &outPath, bool journalInWal) const;
    // On a connection that writes, once its schema is verified: Fieldday's own triggers may
    // fire, and the schema's change counter is kept to notice a change by another program.
    void trustSchema();
    // Called by the outermost WriteTransaction: throws ForeignSchema when another program has
    // changed the schema into something that is not Fieldday's own since it was verified.
    void checkSchemaUnchanged();
    void readIdentity();

    QString m_path;
    Mode m_mode;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    int m_transactionDepth = 0; // WriteTransactions open on this connection
    int m_copiedVersion = 0;    // the file's version, when it is read through a copy in memory
    qint64 m_schemaCookie = 0;  // PRAGMA schema_version when the schema was last verified
    QList<UnsoundRow> m_unsound;
    QStringList m_droppedObjects;
    int m_idSpace = 0;
    QString m_copyName;
    std::unique_ptr<IdAllocator> m_ids; // its statements live on the connection: reset with it
};

} // namespace fieldday
