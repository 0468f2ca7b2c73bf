#include "EarlierVersion.h"
#include "TestUtil.h"
#include "sample/SampleEvent.h"
#include "storage/ConnectionHardening.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/Schema.h"
#include "storage/SqliteStatement.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace fieldday;

// An event file from someone else is checked before it is trusted (issue 18): every connection
// is hardened, the schema must be Fieldday's own, and the content is checked row by row.
class TestFileTrust : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString makeSample(const QString &name)
    {
        const QString file = path(name);
        QFile::remove(file);
        EventFile::create(file, [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
        return file;
    }

    // Changes a file as another tool would: a plain connection, none of Fieldday's code.
    static QString alter(const QString &file, const QStringList &statements)
    {
        QString error;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"other-tool"_s);
            db.setDatabaseName(file);
            if (!db.open())
                return db.lastError().text();
            QSqlQuery q(db);
            for (const QString &statement : statements) {
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

    static int dbConfig(const EventFile &file, int option)
    {
        int value = -1;
        sqlite3_db_config(SqliteStatement::handleOf(file), option, -1, &value);
        return value;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void everyConnectionIsHardened_data()
    {
        QTest::addColumn<QString>("how");
        QTest::newRow("created") << u"created"_s;
        QTest::newRow("read-write") << u"read-write"_s;
        QTest::newRow("read-only") << u"read-only"_s;
        if (Schema::currentVersion() > 1)
            QTest::newRow("earlier version, through a private copy") << u"copy"_s;
    }

    void everyConnectionIsHardened()
    {
        QFETCH(QString, how);
        const QString file = makeSample(u"hardened-"_s + how + u".fieldday"_s);
        std::unique_ptr<EventFile> opened;
        if (how == u"created"_s) {
            QFile::remove(file);
            opened = EventFile::create(file);
        } else if (how == u"read-write"_s) {
            opened = EventFile::open(file, EventFile::Mode::ReadWrite);
        } else if (how == u"read-only"_s) {
            opened = EventFile::open(file, EventFile::Mode::ReadOnly);
        } else {
            const QString earlier = path(u"hardened-v1.fieldday"_s);
            QCOMPARE(test::writeEarlierVersion(file, 1, earlier), QString());
            opened = EventFile::open(earlier, EventFile::Mode::ReadOnly);
            QCOMPARE(opened->schemaVersion(), 1);
        }
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_DEFENSIVE), 1);
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_TRUSTED_SCHEMA), 0);
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_ENABLE_TRIGGER), 0);
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_ENABLE_VIEW), 0);
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), 0);
        QCOMPARE(sqlite3_limit(SqliteStatement::handleOf(*opened), SQLITE_LIMIT_LENGTH, -1),
                 ConnectionHardening::maxValueBytes);
        QSqlQuery q(opened->database());
        QVERIFY(q.exec(u"PRAGMA trusted_schema"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A value above the bound cannot even be made.
        QVERIFY(q.exec(u"SELECT length(zeroblob(%1))"_s.arg(ConnectionHardening::maxValueBytes)));
        QVERIFY(!q.exec(
            u"SELECT length(zeroblob(%1))"_s.arg(ConnectionHardening::maxValueBytes + 1)));
        QVERIFY2(q.lastError().databaseText().contains(u"too big"_s),
                 qPrintable(q.lastError().text()));
        // Foreign keys still act (their actions are not triggers).
        if (!opened->isReadOnly()) {
            QVERIFY(q.exec(u"INSERT INTO destination (id, name) VALUES (900, 'Gone')"_s));
            QVERIFY(q.exec(u"INSERT INTO agenda_item (title, destination_id) VALUES ('x', 900)"_s));
            QVERIFY(q.exec(u"DELETE FROM destination WHERE id = 900"_s));
            QVERIFY(q.exec(u"SELECT count(*) FROM agenda_item WHERE destination_id = 900"_s) &&
                    q.next());
            QCOMPARE(q.value(0).toInt(), 0);
        }
    }

    // Each kind of object Fieldday did not make, added as another tool would add it: refused
    // on open, for reading and for writing, with the object named; the file left as it was.
    void foreignSchemaIsRefused_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("named");
        const auto rewrite = [](const QString &table, const QString &from, const QString &to) {
            return QStringList{u"PRAGMA writable_schema = ON"_s,
                               u"UPDATE sqlite_schema SET sql = replace(sql, '%1', '%2') "
                               "WHERE name = '%3'"_s.arg(QString(from).replace(u"'"_s, u"''"_s),
                                                          QString(to).replace(u"'"_s, u"''"_s),
                                                          table),
                               u"PRAGMA writable_schema = OFF"_s};
        };
        QTest::newRow("trigger")
            << QStringList{u"CREATE TRIGGER wipe AFTER INSERT ON assignment BEGIN DELETE FROM "
                           "participant_choice; UPDATE participant SET email = "
                           "'attacker@example.com', consent_share_contact = 1; END"_s}
            << u"contains a trigger 'wipe' that Fieldday did not make"_s;
        QTest::newRow("view") << QStringList{u"CREATE VIEW everyone AS SELECT * FROM participant"_s}
                              << u"contains a view 'everyone' that Fieldday did not make"_s;
        QTest::newRow("extra table")
            << QStringList{u"CREATE TABLE loot (id INTEGER PRIMARY KEY, email TEXT)"_s}
            << u"contains a table 'loot' that Fieldday did not make"_s;
        QTest::newRow("extra index")
            << QStringList{u"CREATE INDEX by_phone ON participant(phone)"_s}
            << u"contains an index 'by_phone' that Fieldday did not make"_s;
        QTest::newRow("changed column type")
            << rewrite(u"participant"_s, u"email TEXT NOT NULL"_s, u"email BLOB NOT NULL"_s)
            << u"table 'participant' that is not as Fieldday made it (column 'email' is BLOB"_s;
        QTest::newRow("dropped CHECK")
            << rewrite(u"participant"_s,
                       u"CHECK (status IN ('booked','waitlisted','cancelled','attended','no_show'))"_s,
                       QString())
            << u"table 'participant' that is not as Fieldday made it (column 'status' has no "
               "check (status in ('booked', 'waitlisted', 'cancelled', 'attended', 'no_show'))"_s;
        QTest::newRow("extra column")
            << QStringList{u"ALTER TABLE participant ADD COLUMN secret TEXT"_s}
            << u"(it has a column 'secret' that Fieldday did not make)"_s;
        // Pragmas do not show an ON CONFLICT clause, and it changes what an insert does.
        QTest::newRow("conflict clause")
            << rewrite(u"assignment"_s, u"participant_id INTEGER PRIMARY KEY"_s,
                       u"participant_id INTEGER PRIMARY KEY ON CONFLICT REPLACE"_s)
            << u"column 'participant_id' has primary key on conflict replace, which Fieldday did "
               "not write"_s;
        QTest::newRow("missing index") << QStringList{u"DROP INDEX participant_email"_s}
                                       << u"lacks the index 'participant_email'"_s;
        QTest::newRow("statistics") << QStringList{u"ANALYZE"_s}
                                    << u"contains a table 'sqlite_stat1'"_s;
    }

    void foreignSchemaIsRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        const QString file = makeSample(u"foreign-%1.fieldday"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
        QCOMPARE(alter(file, statements), QString());
        const QByteArray before = test::readFile(file);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        for (EventFile::Mode mode : {EventFile::Mode::ReadWrite, EventFile::Mode::ReadOnly}) {
            try {
                EventFile::open(file, mode);
                QFAIL("a file with a foreign schema was opened");
            } catch (const Error &e) {
                QCOMPARE(e.kind(), Error::Kind::ForeignSchema);
                QVERIFY2(e.message().contains(named), qPrintable(e.message()));
                QVERIFY2(e.message().contains(QFileInfo(file).fileName()), qPrintable(e.message()));
                QVERIFY2(e.message().contains(u"unchanged"_s), qPrintable(e.message()));
            }
            QVERIFY(test::readFile(file) == before); // byte for byte
            QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore); // no -wal, -shm
        }
    }

    // The reference is Fieldday's own migrations, so every version it made opens, and what
    // another version made does not pass for this one.
    void everyVersionsOwnSchemaIsAccepted()
    {
        const QString current = makeSample(u"own-current.fieldday"_s);
        for (int version = 1; version <= Schema::currentVersion(); ++version) {
            const QString file = path(u"own-v%1.fieldday"_s.arg(version));
            if (version < Schema::currentVersion())
                QCOMPARE(test::writeEarlierVersion(current, version, file), QString());
            else
                QVERIFY(QFile::copy(current, file));
            QVERIFY(EventFile::open(file, EventFile::Mode::ReadOnly));
            if (version > 1) {
                // The same tables, claiming to be a version earlier: its extra tables are foreign.
                const QString claimed = path(u"claimed-v%1.fieldday"_s.arg(version));
                QVERIFY(QFile::copy(file, claimed));
                QCOMPARE(alter(claimed, {u"PRAGMA user_version = %1"_s.arg(version - 1)}),
                         QString());
                QVERIFY_THROWS_EXCEPTION(Error,
                                         EventFile::open(claimed, EventFile::Mode::ReadOnly));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestFileTrust)
#include "TestFileTrust.moc"
