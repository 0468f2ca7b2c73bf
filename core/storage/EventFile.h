#pragma once

#include <QSqlDatabase>
#include <QString>
#include <functional>
#include <memory>

class QLockFile;

namespace fieldday {

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
    // the file itself is never written.
    static std::unique_ptr<EventFile> open(const QString &path, Mode mode);

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

    // A consistent copy through SQLite (VACUUM INTO a temporary name, then rename).
    void backupTo(const QString &outPath) const;

    // Prefixes an error message with the file name, as every message about this file should be.
    QString describe(const QString &message) const;

private:
    friend class WriteTransaction;

    EventFile(QString path, Mode mode);
    void connect(bool readOnly);
    void disconnect();
    void configureConnection();
    void verifySchema(int version) const;
    void readThroughMigratedCopy(int fileVersion);

    QString m_path;
    Mode m_mode;
    QString m_connection;
    std::unique_ptr<QLockFile> m_lock;
    int m_transactionDepth = 0; // WriteTransactions open on this connection
    int m_copiedVersion = 0;    // the file's version when it is read through a migrated copy
};

} // namespace fieldday
