// libFuzzer target for the open path (issue 18): an event file as another tool could leave it.
// The input picks a starting file (the sample, at the current or an earlier schema version)
// and a list of changes made with a plain SQLite connection, checks and foreign keys off:
// cells set to another type, out of range, to a dangling id or a huge text, rows deleted, and
// raw bytes of the file's pages overwritten. The result goes through the CLI's info,
// participants, check and export (and salvage). Each must end in a clean refusal (exit 2, one
// message naming the file) or output; a file that opened must hold only sound rows.
#include "Cli.h"
#include "CliCommand.h"
#include "EarlierVersion.h"
#include "sample/SampleEvent.h"
#include "storage/ContentCheck.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"
#include "storage/Schema.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>

using namespace fieldday;
using namespace Qt::StringLiterals;

namespace {

struct Setup
{
    QTemporaryDir dir;
    QStringList bases; // the sample at each schema version, current first
};

Setup &setup()
{
    static int argc = 1;
    static char name[] = "OpenPathFuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static Setup s = [] {
        Setup made;
        const QString current = made.dir.filePath(u"base-current.fieldday"_s);
        EventFile::create(current,
                          [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
        made.bases << current;
        for (int version = 1; version < Schema::currentVersion(); ++version) {
            const QString earlier = made.dir.filePath(u"base-v%1.fieldday"_s.arg(version));
            if (test::writeEarlierVersion(current, version, earlier).isEmpty())
                made.bases << earlier;
        }
        return made;
    }();
    return s;
}

// Reads the input from the front, byte by byte; zeros once it is used up.
class Input
{
public:
    Input(const uint8_t *data, size_t size) : m_data(data), m_size(size) {}
    bool done() const { return m_at >= m_size; }
    uint8_t byte() { return m_at < m_size ? m_data[m_at++] : 0; }
    quint32 word() { return quint32(byte()) << 24 | quint32(byte()) << 16 | byte() << 8 | byte(); }
    QByteArray bytes(int n)
    {
        QByteArray out;
        while (n-- > 0 && !done())
            out.append(char(byte()));
        return out;
    }

private:
    const uint8_t *m_data;
    size_t m_size;
    size_t m_at = 0;
};

struct Table
{
    QString name;
    QStringList columns;
};

QList<Table> tablesOf(const QSqlDatabase &db)
{
    QList<Table> tables;
    QSqlQuery q(db);
    q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name"_s);
    while (q.next())
        tables.append({q.value(0).toString(), {}});
    for (Table &t : tables) {
        const QSqlRecord record = db.record(t.name);
        for (int i = 0; i < record.count(); ++i)
            t.columns << record.fieldName(i);
    }
    return tables;
}

QString ident(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// Changes the copy through SQL as another tool could. Statements that SQLite refuses (a NULL
// in a NOT NULL column, a duplicate key) are simply not made.
void mutateThroughSql(const QString &path, Input &in)
{
    const QString connection = u"fuzz-tool"_s;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.exec(u"PRAGMA foreign_keys = OFF"_s);
            q.exec(u"PRAGMA ignore_check_constraints = ON"_s);
            q.exec(u"PRAGMA journal_mode = DELETE"_s); // every byte in the one file
            const QList<Table> tables = tablesOf(db);
            const int changes = in.byte() % 8;
            for (int i = 0; i < changes && !in.done() && !tables.isEmpty(); ++i) {
                const Table &t = tables[in.byte() % tables.size()];
                if (t.columns.isEmpty())
                    continue;
                const QString column = t.columns[in.byte() % t.columns.size()];
                const int row = in.byte() % 64;
                const QString where =
                    u" WHERE rowid IN (SELECT rowid FROM %1 LIMIT 1 OFFSET %2)"_s.arg(ident(t.name))
                        .arg(row);
                QSqlQuery change(db);
                switch (in.byte() % 9) {
                case 0:
                    change.prepare(u"UPDATE %1 SET %2 = NULL"_s.arg(ident(t.name), ident(column)) +
                                   where);
                    break;
                case 1: // a whole number, maybe far out of range or a dangling id
                    change.prepare(u"UPDATE %1 SET %2 = ?"_s.arg(ident(t.name), ident(column)) +
                                   where);
                    change.addBindValue(qint64(in.word()) << (in.byte() % 32));
                    break;
                case 2:
                    change.prepare(u"UPDATE %1 SET %2 = ?"_s.arg(ident(t.name), ident(column)) +
                                   where);
                    change.addBindValue(double(qint32(in.word())) / 7.0);
                    break;
                case 3: // text, maybe a status that is not one
                    change.prepare(u"UPDATE %1 SET %2 = ?"_s.arg(ident(t.name), ident(column)) +
                                   where);
                    change.addBindValue(QString::fromUtf8(in.bytes(in.byte() % 16)));
                    break;
                case 4:
                    change.prepare(u"UPDATE %1 SET %2 = ?"_s.arg(ident(t.name), ident(column)) +
                                   where);
                    change.addBindValue(in.bytes(in.byte() % 16));
                    break;
                case 5: // a huge text: up to 2.5 MB
                    change.prepare(u"UPDATE %1 SET %2 = printf('%.*c', ?, 'x')"_s.arg(
                                       ident(t.name), ident(column)) +
                                   where);
                    change.addBindValue(int(in.byte()) * 10000);
                    break;
                case 6:
                    change.prepare(u"DELETE FROM %1"_s.arg(ident(t.name)) + where);
                    break;
                case 7: // a copy of a row with a new key, pointing where its original did
                    change.prepare(
                        u"INSERT OR IGNORE INTO %1 SELECT * FROM %1"_s.arg(ident(t.name)) + where);
                    break;
                default:
                    change.prepare(u"UPDATE %1 SET %2 = -%2"_s.arg(ident(t.name), ident(column)) +
                                   where);
                    break;
                }
                change.exec();
            }
            q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
}

// Overwrites a few bytes of the file itself: a page's header, a cell, the file header.
void mutatePages(const QString &path, Input &in)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadWrite))
        return;
    QByteArray bytes = file.readAll();
    const int flips = in.byte() % 4;
    for (int i = 0; i < flips && !bytes.isEmpty(); ++i) {
        const qsizetype at = qsizetype(in.word() % quint32(bytes.size()));
        bytes[at] = char(in.byte());
    }
    file.seek(0);
    file.write(bytes);
}

int runCli(const QStringList &arguments)
{
    QString out, err;
    QTextStream outStream(&out), errStream(&err);
    CliContext context{outStream, errStream};
    const int code = Cli().run(arguments, context);
    outStream.flush();
    errStream.flush();
    static const bool verbose = qEnvironmentVariableIsSet("FIELDDAY_FUZZ_VERBOSE");
    if (verbose)
        fprintf(stderr, "%s: exit %d: %s\n", qPrintable(arguments.first()), code,
                qPrintable(err.left(300)));
    // A refusal is one line naming the command; a success or a warning says something too.
    if (code < 0 || code > 2)
        __builtin_trap();
    if (code == 2 && (err.isEmpty() || err.count(u'\n') != 1))
        __builtin_trap();
    return code;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Setup &s = setup();
    Input in(data, size);
    const QString base = s.bases[in.byte() % s.bases.size()];
    QTemporaryDir work(s.dir.filePath(u"run-XXXXXX"_s));
    const QString path = work.filePath(u"fuzzed.fieldday"_s);
    if (!QFile::copy(base, path))
        return 0;
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    mutateThroughSql(path, in);
    if (in.byte() % 4 == 0)
        mutatePages(path, in);

    // A file that opens holds only sound rows, by the rules of the current schema.
    try {
        const auto file = EventFile::open(path, EventFile::Mode::ReadOnly);
        if (!ContentCheck::inspect(file->database(), Schema::currentVersion()).isEmpty())
            __builtin_trap();
    } catch (const Error &error) {
        if (!error.message().contains(path))
            __builtin_trap();
    }
    runCli({u"info"_s, path, u"--json"_s});
    runCli({u"participants"_s, path, u"--json"_s});
    runCli({u"check"_s, path});
    runCli({u"export"_s, path, u"--out"_s, work.filePath(u"out.csv"_s)});
    if (runCli({u"salvage"_s, path, work.filePath(u"clean.fieldday"_s)}) != 2) {
        // A clean copy opens for writing, with nothing left to leave out.
        try {
            const auto clean =
                EventFile::open(work.filePath(u"clean.fieldday"_s), EventFile::Mode::ReadWrite);
            if (!clean->unsoundRows().isEmpty())
                __builtin_trap();
        } catch (const Error &) {
            __builtin_trap();
        }
    }
    return 0;
}
