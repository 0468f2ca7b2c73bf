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
};

QTEST_GUILESS_MAIN(TestFileTrust)
#include "TestFileTrust.moc"
