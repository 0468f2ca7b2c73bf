#include "EarlierVersion.h"
#include "TestUtil.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/Schema.h"
#include "storage/WriteTransaction.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The event file's invariants: what it is, how it opens, and what it refuses.
class TestEventFile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }
    static qint64 pragma(const EventFile &file, const QString &name)
    {
        QSqlQuery q(file.database());
        q.exec(u"PRAGMA "_s + name);
        q.next();
        return q.value(0).toLongLong();
    }
    // A SQLite file written by someone else: plain Qt Sql, no Fieldday code.
    void makeForeignDatabase(const QString &file, qint32 applicationId, int userVersion)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"foreign"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"_s));
            QVERIFY(q.exec(u"INSERT INTO notes (body) VALUES ('hello')"_s));
            QVERIFY(q.exec(u"PRAGMA application_id = "_s + QString::number(applicationId)));
            QVERIFY(q.exec(u"PRAGMA user_version = "_s + QString::number(userVersion)));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"foreign"_s);
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void newFileHasIdentityAndSchema()
    {
        const auto file = EventFile::create(path(u"new.fieldday"_s));
        QCOMPARE(pragma(*file, u"application_id"_s), qint64(Schema::applicationId));
        QCOMPARE(file->schemaVersion(), Schema::currentVersion());
        QCOMPARE(pragma(*file, u"foreign_keys"_s), 1);
        QSqlQuery q(file->database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QVERIFY(!QFileInfo::exists(path(u".new.fieldday.new"_s)));
    }

    void foreignKeysOnForEveryConnection()
    {
        EventFile::create(path(u"fk.fieldday"_s));
        const auto rw = EventFile::open(path(u"fk.fieldday"_s), EventFile::Mode::ReadWrite);
        const auto ro = EventFile::open(path(u"fk.fieldday"_s), EventFile::Mode::ReadOnly);
        QCOMPARE(pragma(*rw, u"foreign_keys"_s), 1);
        QCOMPARE(pragma(*ro, u"foreign_keys"_s), 1);
        // And they are enforced: an assignment to a missing participant is refused.
        QSqlQuery q(rw->database());
        QVERIFY(
            !q.exec(u"INSERT INTO assignment (participant_id, destination_id) VALUES (7, 9)"_s));
    }

    void createRefusesExistingFile()
    {
        const QString existing = path(u"existing.txt"_s);
        test::writeFile(existing, "keep me");
        try {
            EventFile::create(existing);
            QFAIL("created over an existing file");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::BadInput);
            QVERIFY2(e.message().contains(u"already exists"_s), qPrintable(e.message()));
        }
        QCOMPARE(test::readFile(existing), QByteArray("keep me"));
    }

    void migratesFromEveryEarlierVersion_data()
    {
        QTest::addColumn<int>("fromVersion");
        for (int v = 1; v < Schema::currentVersion(); ++v)
            QTest::addRow("from v%d", v) << v;
    }

    void migratesFromEveryEarlierVersion()
    {
        QFETCH(int, fromVersion);
        const QString file = path(u"old-v%1.fieldday"_s.arg(fromVersion));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"old"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA application_id = "_s + QString::number(Schema::applicationId)));
            Schema::migrate(db, 0, fromVersion);
            QVERIFY(q.exec(
                u"INSERT INTO event (id, title, date) VALUES (1, 'Old day', '2019-03-26')"_s));
            QVERIFY(q.exec(
                u"INSERT INTO participant (given_name, family_name) VALUES ('Zoë', 'Ng')"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"old"_s);

        const auto opened = EventFile::open(file, EventFile::Mode::ReadWrite);
        QCOMPARE(opened->schemaVersion(), Schema::currentVersion());
        QSqlQuery q(opened->database());
        QVERIFY(q.exec(u"SELECT given_name FROM participant"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Zoë"_s);
        QVERIFY(q.exec(u"SELECT count(*) FROM keep_together"_s) && q.next());
        // Nobody has values last imported: a re-import takes their current ones as such.
        QVERIFY(q.exec(u"SELECT count(*) FROM import_baseline"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!q.next());
    }

    // A file of an earlier version opened read-only (on a read-only stick, or open in another
    // window) is read through a migrated private copy: nothing is written to it.
    void readsEveryEarlierVersionReadOnly_data() { migratesFromEveryEarlierVersion_data(); }

    void readsEveryEarlierVersionReadOnly()
    {
        QFETCH(int, fromVersion);
        const QString current = path(u"current-for-v%1.fieldday"_s.arg(fromVersion));
        const EventData sample = SampleEvent::data();
        EventFile::create(current, [&sample](EventFile &f) { EventWriter::writeAll(f, sample); });
        const QString file = path(u"earlier-v%1.fieldday"_s.arg(fromVersion));
        QCOMPARE(test::writeEarlierVersion(current, fromVersion, file), QString());
        const QByteArray before = test::fileHash(file);

        const auto opened = EventFile::open(file, EventFile::Mode::ReadOnly);
        QVERIFY(opened->isReadOnly());
        QCOMPARE(opened->schemaVersion(), fromVersion);
        const EventData event = EventReader::load(*opened);
        QCOMPARE(event.details.title, sample.details.title);
        QCOMPARE(event.participants.size(), sample.participants.size());
        QCOMPARE(event.destinations.size(), sample.destinations.size());
        QCOMPARE(event.assignments.size(), sample.assignments.size());
        QVERIFY_THROWS_EXCEPTION(Error, WriteTransaction{*opened});
        // A backup of it is a file of the current version, with the same people.
        const QString copy = path(u"earlier-v%1-backup.fieldday"_s.arg(fromVersion));
        opened->backupTo(copy);
        QCOMPARE(EventFile::open(copy, EventFile::Mode::ReadOnly)->schemaVersion(),
                 Schema::currentVersion());
        QCOMPARE(test::fileHash(file), before);
    }

    void refusesBadFiles_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("message");
        QTest::addRow("missing") << u"missing.fieldday"_s << int(Error::Kind::NotFound)
                                 << u"no such file"_s;
        QTest::addRow("empty") << u"empty.fieldday"_s << int(Error::Kind::NotAnEventFile)
                               << u"empty file"_s;
        QTest::addRow("text") << u"text.fieldday"_s << int(Error::Kind::NotAnEventFile)
                              << u"not an SQLite database"_s;
        QTest::addRow("other application")
            << u"other.fieldday"_s << int(Error::Kind::NotAnEventFile)
            << u"not a Fieldday event file"_s;
        QTest::addRow("newer version") << u"newer.fieldday"_s << int(Error::Kind::NewerVersion)
                                       << u"newer version of Fieldday"_s;
        QTest::addRow("corrupt") << u"corrupt.fieldday"_s << int(Error::Kind::Corrupt)
                                 << u"damaged"_s;
        QTest::addRow("truncated")
            << u"truncated.fieldday"_s << int(Error::Kind::Corrupt) << u"damaged"_s;
        QTest::addRow("directory")
            << u"folder.fieldday"_s << int(Error::Kind::NotAnEventFile) << u"not a file"_s;
    }

    void refusesBadFiles()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        QFETCH(QString, message);
        const QString file = path(name);
        if (name == u"empty.fieldday"_s)
            test::writeFile(file, {});
        else if (name == u"text.fieldday"_s)
            test::writeFile(file, "Name,Email\nZoë,zoe@example.org\n");
        else if (name == u"other.fieldday"_s)
            makeForeignDatabase(file, 0x12345678, 3);
        else if (name == u"newer.fieldday"_s)
            makeForeignDatabase(file, Schema::applicationId, Schema::currentVersion() + 1);
        else if (name == u"folder.fieldday"_s)
            QDir(m_dir.path()).mkdir(name);
        else if (name == u"corrupt.fieldday"_s || name == u"truncated.fieldday"_s) {
            const QString good = path(u"good-"_s + name);
            EventFile::create(good, [](EventFile &f) {
                QSqlQuery q(f.database());
                for (int i = 0; i < 2000; ++i)
                    q.exec(u"INSERT INTO participant (given_name, family_name, notes) VALUES "
                           "('A', 'B', printf('%0500d', 1))"_s);
            });
            QByteArray bytes = test::readFile(good);
            QVERIFY(bytes.size() > 100 * 1024);
            if (name == u"corrupt.fieldday"_s) {
                for (qsizetype i = 4096 * 3; i < 4096 * 12; ++i)
                    bytes[i] = char(0xA5 ^ (i & 0x3f));
            } else {
                bytes.truncate(bytes.size() / 2);
            }
            test::writeFile(file, bytes);
        }
        const QByteArray before = test::fileHash(file);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);
        for (EventFile::Mode mode : {EventFile::Mode::ReadOnly, EventFile::Mode::ReadWrite}) {
            try {
                EventFile::open(file, mode);
                QFAIL("a bad file was opened");
            } catch (const Error &e) {
                QCOMPARE(int(e.kind()), kind);
                QVERIFY2(e.message().contains(message), qPrintable(e.message()));
                QVERIFY2(e.message().contains(name), qPrintable(e.message()));
            }
        }
        QCOMPARE(test::fileHash(file), before);
        if (name == u"missing.fieldday"_s)
            QVERIFY(!QFileInfo::exists(file));
        // No lock, journal or other file was left behind.
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);
    }

    void secondWriterIsRefused()
    {
        const QString file = path(u"twice.fieldday"_s);
        const auto first = EventFile::create(file);
        try {
            EventFile::open(file, EventFile::Mode::ReadWrite);
            QFAIL("opened twice for writing");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::AlreadyOpen);
            QVERIFY2(e.message().contains(u"already open"_s), qPrintable(e.message()));
        }
        // The first keeps working, and a reader may still look.
        WriteTransaction transaction(*first);
        QSqlQuery q(first->database());
        QVERIFY(q.exec(
            u"INSERT INTO event (id, title, date) VALUES (1, 'Still mine', '2019-03-26')"_s));
        transaction.commit();
        const auto reader = EventFile::open(file, EventFile::Mode::ReadOnly);
        QSqlQuery r(reader->database());
        QVERIFY(r.exec(u"SELECT title FROM event"_s) && r.next());
        QCOMPARE(r.value(0).toString(), u"Still mine"_s);
    }

    void lockIsReleasedOnClose()
    {
        const QString file = path(u"released.fieldday"_s);
        EventFile::create(file);
        {
            const auto f = EventFile::open(file, EventFile::Mode::ReadWrite);
        }
        const auto again = EventFile::open(file, EventFile::Mode::ReadWrite);
        QVERIFY(!again->isReadOnly());
    }

    void readOnlyRefusesWrites()
    {
        const QString file = path(u"ro.fieldday"_s);
        EventFile::create(file);
        const QByteArray before = test::fileHash(file);
        const auto ro = EventFile::open(file, EventFile::Mode::ReadOnly);
        QVERIFY(ro->isReadOnly());
        QVERIFY_THROWS_EXCEPTION(Error, WriteTransaction{*ro});
        QSqlQuery q(ro->database());
        QVERIFY(!q.exec(u"INSERT INTO place (name) VALUES ('x')"_s));
        QCOMPARE(test::fileHash(file), before);
    }

    void rollbackLeavesNothing()
    {
        const QString file = path(u"rollback.fieldday"_s);
        const auto f = EventFile::create(file);
        {
            WriteTransaction transaction(*f);
            QSqlQuery q(f->database());
            QVERIFY(q.exec(u"INSERT INTO place (name) VALUES ('Half a change')"_s));
            // no commit: destroyed as if an exception had been thrown
        }
        QSqlQuery q(f->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM place"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    void backupIsAConsistentCopy()
    {
        const QString file = path(u"source.fieldday"_s);
        const auto f = EventFile::create(file, [](EventFile &e) {
            QSqlQuery q(e.database());
            q.exec(u"INSERT INTO place (name) VALUES ('Hub')"_s);
        });
        const QString out = path(u"copy.fieldday"_s);
        f->backupTo(out);
        const auto copy = EventFile::open(out, EventFile::Mode::ReadOnly);
        QSqlQuery q(copy->database());
        QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"ok"_s);
        QVERIFY(q.exec(u"SELECT name FROM place"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"Hub"_s);
        QVERIFY_THROWS_EXCEPTION(Error, f->backupTo(out)); // never overwrites
    }
};

QTEST_GUILESS_MAIN(TestEventFile)
#include "TestEventFile.moc"
