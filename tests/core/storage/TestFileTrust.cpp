#include "EarlierVersion.h"
#include "OtherTool.h"
#include "TestUtil.h"
#include "sample/SampleEvent.h"
#include "storage/ConnectionHardening.h"
#include "storage/ContentCheck.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/Schema.h"
#include "storage/SchemaDescription.h"
#include "storage/SqliteStatement.h"
#include "storage/WriteTransaction.h"

#include <QDir>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>
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
        EventFile::create(file,
                          [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
        return file;
    }

    // Changes a file as another tool would: a plain connection, none of Fieldday's code.
    static QString alter(const QString &file, const QStringList &statements)
    {
        return test::alterAsAnotherTool(file, statements);
    }

    static int dbConfig(const EventFile &file, int option)
    {
        int value = -1;
        sqlite3_db_config(SqliteStatement::handleOf(file), option, -1, &value);
        return value;
    }

    // The sample, then changed by another tool with its checks and foreign keys off.
    QString makeBad(const QString &name, const QStringList &statements)
    {
        const QString file = makeSample(name);
        QStringList all{u"PRAGMA foreign_keys = OFF"_s, u"PRAGMA ignore_check_constraints = ON"_s};
        all << statements;
        const QString error = alter(file, all);
        if (!error.isEmpty())
            qWarning() << error;
        return error.isEmpty() ? file : QString();
    }

    // A NOT NULL column emptied as a tool can: its NOT NULL taken out of the schema's text for
    // one statement, then put back.
    static QStringList emptied(const QString &table, const QString &column, const QString &where)
    {
        const QString declared = column + u" TEXT NOT NULL"_s;
        const QString loose = column + u" TEXT /*loose*/"_s;
        return {u"PRAGMA writable_schema = ON"_s,
                u"UPDATE sqlite_schema SET sql = replace(sql, '%1', '%2') WHERE name = '%3'"_s.arg(
                    declared, loose, table),
                u"PRAGMA writable_schema = RESET"_s,
                u"UPDATE %1 SET %2 = NULL WHERE %3"_s.arg(table, column, where),
                u"PRAGMA writable_schema = ON"_s,
                u"UPDATE sqlite_schema SET sql = replace(sql, '%2', '%1') WHERE name = '%3'"_s.arg(
                    declared, loose, table),
                u"PRAGMA writable_schema = RESET"_s};
    }

    static QHash<QString, int> rowCounts(const QSqlDatabase &db)
    {
        QHash<QString, int> counts;
        QSqlQuery q(db);
        QStringList tables;
        q.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table'"_s);
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &table : tables) {
            q.exec(u"SELECT count(*) FROM \"%1\""_s.arg(table));
            counts[table] = q.next() ? q.value(0).toInt() : -1;
        }
        return counts;
    }

    static QHash<QString, int> rowCounts(const QString &file)
    {
        QHash<QString, int> counts;
        {
            // Immutable: a look that leaves no -wal or -shm behind.
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"counting"_s);
            db.setDatabaseName(QUrl::fromLocalFile(file).toString(QUrl::FullyEncoded) +
                               u"?immutable=1"_s);
            db.setConnectOptions(u"QSQLITE_OPEN_READONLY;QSQLITE_OPEN_URI"_s);
            if (db.open())
                counts = rowCounts(db);
            db.close();
        }
        QSqlDatabase::removeDatabase(u"counting"_s);
        return counts;
    }

    // The rows of each table a report leaves out.
    static QHash<QString, int> leftOut(const QList<UnsoundRow> &rows)
    {
        QHash<QString, QSet<QString>> distinct;
        for (const UnsoundRow &r : rows) {
            if (r.action == UnsoundRow::Action::LeftOut)
                distinct[r.table].insert(r.row);
        }
        QHash<QString, int> counts;
        for (auto it = distinct.cbegin(); it != distinct.cend(); ++it)
            counts[it.key()] = int(it.value().size());
        return counts;
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
        // Triggers fire only where Fieldday writes, once the schema was verified to be its own
        // (its step 3 makes one); never where it only reads.
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_ENABLE_TRIGGER), opened->isReadOnly() ? 0 : 1);
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_ENABLE_VIEW), 0);
        QCOMPARE(dbConfig(*opened, SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION), 0);
        QCOMPARE(sqlite3_limit(SqliteStatement::handleOf(*opened), SQLITE_LIMIT_LENGTH, -1),
                 ConnectionHardening::maxValueBytes);
        QSqlQuery q(opened->database());
        QVERIFY(q.exec(u"PRAGMA trusted_schema"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        // A value above the bound cannot even be made.
        QVERIFY(q.exec(u"SELECT length(zeroblob(%1))"_s.arg(ConnectionHardening::maxValueBytes)));
        QVERIFY(
            !q.exec(u"SELECT length(zeroblob(%1))"_s.arg(ConnectionHardening::maxValueBytes + 1)));
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

    // A trigger another program adds while the file is open for writing never fires: the next
    // change notices the schema is no longer Fieldday's own and is refused, changing nothing.
    void triggerAddedWhileOpenIsRefused()
    {
        const QString file = makeSample(u"added-while-open.fieldday"_s);
        const auto opened = EventFile::open(file, EventFile::Mode::ReadWrite);
        {
            // A change of Fieldday's own first: the schema is unchanged, the write goes through.
            WriteTransaction transaction(*opened);
            QSqlQuery q(opened->database());
            QVERIFY(q.exec(u"UPDATE participant SET notes = 'seen' WHERE id = 1"_s));
            transaction.commit();
        }
        QCOMPARE(alter(file, {u"CREATE TRIGGER wipe AFTER UPDATE ON participant BEGIN "
                              "UPDATE participant SET email = 'attacker@example.com'; END"_s}),
                 QString());
        try {
            WriteTransaction transaction(*opened);
            QFAIL("wrote to a file whose schema another program changed");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::ForeignSchema);
            QVERIFY2(e.message().contains(u"trigger 'wipe' that Fieldday did not make"_s),
                     qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"Nothing was changed"_s), qPrintable(e.message()));
        }
        QSqlQuery q(opened->database());
        QVERIFY(q.exec(u"SELECT count(*) FROM participant WHERE email = 'attacker@example.com'"_s));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        q.finish();
        // Once the trigger is gone again, writing goes on.
        QCOMPARE(alter(file, {u"DROP TRIGGER wipe"_s}), QString());
        WriteTransaction again(*opened);
        again.commit();
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
            << rewrite(
                   u"participant"_s,
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
        QTest::newRow("statistics")
            << QStringList{u"ANALYZE"_s} << u"contains a table 'sqlite_stat1'"_s;
        // Fieldday's own trigger, with another body under its name.
        const QString own = u"import_baseline_before_first_change"_s;
        if (SchemaDescription::reference(Schema::currentVersion()).others.contains(own))
            QTest::newRow("own trigger changed")
                << QStringList{u"DROP TRIGGER "_s + own,
                               u"CREATE TRIGGER "_s + own +
                                   u" BEFORE UPDATE ON participant BEGIN UPDATE participant SET "
                                   "email = 'attacker@example.com'; END"_s}
                << u"has a trigger '"_s + own + u"' that is not as Fieldday made it"_s;
    }

    void foreignSchemaIsRefused()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, named);
        const QString file =
            makeSample(u"foreign-%1.fieldday"_s.arg(QString::fromUtf8(QTest::currentDataTag())));
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
            QVERIFY(test::readFile(file) == before);                          // byte for byte
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

    // Each kind of content Fieldday never writes: writing is refused with the row and field
    // named, reading leaves out that row (and what belongs to it) and nothing else, and a
    // salvage keeps every other row in a file that opens for writing.
    void unsoundContent_data()
    {
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("problem");
        QTest::addColumn<int>("action");
        QTest::addColumn<QString>("named");
        using P = UnsoundRow::Problem;
        using A = UnsoundRow::Action;
        QTest::newRow("NULL where text belongs")
            << emptied(u"participant"_s, u"given_name"_s, u"id = 11"_s) << u"participant"_s
            << u"given_name"_s << int(P::Missing) << int(A::LeftOut)
            << u"participant 11 (Fitzgerald), field \"given_name\": is empty (NULL)"_s;
        QTest::newRow("binary data where text belongs")
            << QStringList{u"UPDATE participant SET email = x'00ff10' WHERE id = 4"_s}
            << u"participant"_s << u"email"_s << int(P::WrongType) << int(A::LeftOut)
            << u"field \"email\": holds binary data (3 bytes), where Fieldday keeps text"_s;
        QTest::newRow("text where a number belongs")
            << QStringList{u"UPDATE participant SET needs_step_free = 'yes please' WHERE id = 6"_s}
            << u"participant"_s << u"needs_step_free"_s << int(P::WrongType) << int(A::LeftOut)
            << u"holds text 'yes please', where Fieldday keeps a whole number"_s;
        QTest::newRow("a fraction where a count belongs")
            << QStringList{u"UPDATE destination SET min_size = 2.5 WHERE id = 1"_s}
            << u"destination"_s << u"min_size"_s << int(P::WrongType) << int(A::LeftOut)
            << u"holds the number 2.5, where Fieldday keeps a whole number"_s;
        QTest::newRow("status outside the list")
            << QStringList{u"UPDATE participant SET status = 'maybe' WHERE id = 3"_s}
            << u"participant"_s << u"status"_s << int(P::NotAllowed) << int(A::LeftOut)
            << u"field \"status\": is 'maybe', not one of booked, waitlisted, cancelled, "
               "attended, no_show"_s;
        QTest::newRow("out of range")
            << QStringList{u"UPDATE destination SET max_size = 50000000000 WHERE id = 2"_s}
            << u"destination"_s << u"max_size"_s << int(P::NotAllowed) << int(A::LeftOut)
            << u"is 50000000000, not 0 to 10,000,000"_s;
        QTest::newRow("a CHECK broken")
            << QStringList{u"UPDATE transport_leg SET seats = -4 WHERE id = 1"_s}
            << u"transport_leg"_s << u"seats"_s << int(P::NotAllowed) << int(A::LeftOut)
            << u"leg 1 of destination"_s;
        QTest::newRow("a name of 5 MB")
            << QStringList{u"UPDATE participant SET family_name = printf('%.*c', 5000000, 'x') "
                           "WHERE id = 5"_s}
            << u"participant"_s << u"family_name"_s << int(P::TooLong) << int(A::LeftOut)
            << u"is 5,000,000 characters long; Fieldday keeps at most 1,000,000"_s;
        // Longer than a connection may read at all: still measured, and named.
        QTest::newRow("a note of 40 MB")
            << QStringList{u"UPDATE participant SET notes = printf('%.*c', 40000000, 'n') "
                           "WHERE id = 8"_s}
            << u"participant"_s << u"notes"_s << int(P::TooLong) << int(A::LeftOut)
            << u"is 40,000,000 characters long"_s;
        QTest::newRow("choice of a deleted destination")
            << QStringList{u"INSERT INTO destination (id, name) VALUES (99, 'Doomed')"_s,
                           u"INSERT INTO participant_choice VALUES (7, 9, 99)"_s,
                           u"DELETE FROM destination WHERE id = 99"_s}
            << u"participant_choice"_s << u"destination_id"_s << int(P::BrokenReference)
            << int(A::LeftOut)
            << u"choice 9 of participant 7, field \"destination_id\": destination 99 is not in "
               "the file"_s;
        // Deleting the place would have emptied the reference: only the reference goes.
        QTest::newRow("place that is not there")
            << QStringList{u"UPDATE destination SET place_id = 4242 WHERE id = 3"_s}
            << u"destination"_s << u"place_id"_s << int(P::BrokenReference)
            << int(A::ReferenceDropped) << u"field \"place_id\": place 4242 is not in the file"_s;
        // A table a later step added is checked by the same rules, derived from its migration.
        if (SchemaDescription::reference(Schema::currentVersion())
                .tables.contains(u"import_baseline"_s))
            QTest::newRow("last imported values of nobody")
                << QStringList{u"INSERT INTO import_baseline (participant_id, email) "
                               "VALUES (4242, 'old@example.org')"_s}
                << u"import_baseline"_s << u"participant_id"_s << int(P::BrokenReference)
                << int(A::LeftOut)
                << u"the last imported values of participant 4242, field \"participant_id\": "
                   "participant 4242 is not in the file"_s;
        QTest::newRow("a setting out of range")
            << QStringList{u"INSERT INTO setting VALUES ('allocation.unranked_cost', '99999999999')"_s}
            << u"setting"_s << u"value"_s << int(P::NotAllowed) << int(A::LeftOut)
            << u"setting 'allocation.unranked_cost', field \"value\": is '99999999999'"_s;
    }

    void unsoundContent()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, table);
        QFETCH(QString, field);
        QFETCH(int, problem);
        QFETCH(int, action);
        QFETCH(QString, named);
        const QString file = makeBad(
            u"bad-%1.fieldday"_s.arg(QString::fromUtf8(QTest::currentDataTag())), statements);
        QVERIFY(!file.isEmpty());
        const QByteArray before = test::fileHash(file);
        const QStringList filesBefore = QDir(m_dir.path()).entryList(QDir::Files);

        // Writing is refused, with a clear message.
        try {
            EventFile::open(file, EventFile::Mode::ReadWrite);
            QFAIL("a file with unsound rows was opened for writing");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::UnsoundContent);
            QVERIFY2(e.message().contains(named), qPrintable(e.message()));
            QVERIFY2(e.message().contains(u"read-only"_s), qPrintable(e.message()));
        }

        // Reading leaves out exactly what the report says, and keeps every other row.
        const QHash<QString, int> inFile = rowCounts(file);
        QHash<QString, int> expected;
        {
            const auto opened = EventFile::open(file, EventFile::Mode::ReadOnly);
            QVERIFY(opened->isReadOnly());
            const QList<UnsoundRow> &rows = opened->unsoundRows();
            QVERIFY(!rows.isEmpty());
            const UnsoundRow &first = rows.first();
            QCOMPARE(first.table, table);
            QCOMPARE(first.column, field);
            QCOMPARE(int(first.problem), problem);
            QCOMPARE(int(first.action), action);
            QVERIFY2(first.text().contains(named), qPrintable(first.text()));
            const QHash<QString, int> out = leftOut(rows);
            for (auto it = inFile.cbegin(); it != inFile.cend(); ++it)
                expected[it.key()] = it.value() - out.value(it.key());
            QCOMPARE(rowCounts(opened->database()), expected);
            const EventData data = EventReader::load(*opened);
            QCOMPARE(data.unsound.size(), rows.size());
            QCOMPARE(data.participants.size(), expected.value(u"participant"_s));
            QCOMPARE(data.destinations.size(), expected.value(u"destination"_s));
        }
        QCOMPARE(test::fileHash(file), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), filesBefore);

        // A salvage holds every sound row, in a file Fieldday opens for writing.
        const QString clean = file + u".clean"_s;
        {
            const auto salvaged = EventFile::openToSalvage(file);
            QCOMPARE(salvaged->unsoundRows().size(),
                     EventFile::open(file, EventFile::Mode::ReadOnly)->unsoundRows().size());
            salvaged->writeCleanCopy(clean);
        }
        QCOMPARE(rowCounts(clean), expected);
        const auto reopened = EventFile::open(clean, EventFile::Mode::ReadWrite);
        QVERIFY(reopened->unsoundRows().isEmpty());
        QSqlQuery q(reopened->database());
        QVERIFY(q.exec(u"PRAGMA journal_mode"_s) && q.next());
        QCOMPARE(q.value(0).toString(), u"wal"_s);
        QCOMPARE(test::fileHash(file), before);
    }

    // The check of some rows (a merge checks only the rows it takes from a copy) applies the
    // same rules: over every row it finds what the whole check finds, and it finds nothing in
    // rows it was not given.
    void onlyTheRowsNamedAreInspected_data() { unsoundContent_data(); }
    void onlyTheRowsNamedAreInspected()
    {
        QFETCH(QStringList, statements);
        QFETCH(QString, table);
        const QString file = makeBad(
            u"only-%1.fieldday"_s.arg(QString::fromUtf8(QTest::currentDataTag())), statements);
        QVERIFY(!file.isEmpty());
        QStringList found, foundWhole, foundWithout;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"rows"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            ContentCheck::RowKeys every;
            QSqlQuery tables(db);
            QVERIFY(tables.exec(u"SELECT name FROM sqlite_schema WHERE type = 'table' AND "
                                "name NOT LIKE 'sqlite%'"_s));
            while (tables.next()) {
                const QString name = tables.value(0).toString();
                QSqlQuery key(db);
                QVERIFY(key.exec(u"SELECT group_concat(name) FROM (SELECT name FROM "
                                 "pragma_table_info('%1') WHERE pk > 0 ORDER BY pk)"_s.arg(name)));
                QVERIFY(key.next());
                if (key.value(0).isNull())
                    continue;
                QSqlQuery rows(db);
                QVERIFY(rows.exec(u"SELECT %1 FROM \"%2\""_s.arg(key.value(0).toString(), name)));
                while (rows.next()) {
                    QVariantList values;
                    for (int i = 0; i < rows.record().count(); ++i)
                        values << rows.value(i);
                    every[name].append(values);
                }
            }
            const auto texts = [](const QList<UnsoundRow> &rows) {
                QStringList out;
                for (const UnsoundRow &r : rows)
                    out << r.table + u": "_s + r.text();
                out.sort();
                return out;
            };
            const int version = Schema::currentVersion();
            foundWhole = texts(ContentCheck::inspect(db, version));
            found = texts(ContentCheck::inspectRows(db, version, every));
            every.remove(table);
            foundWithout = texts(ContentCheck::inspectRows(db, version, every));
        }
        QSqlDatabase::removeDatabase(u"rows"_s);
        QVERIFY(!foundWhole.isEmpty());
        QCOMPARE(found, foundWhole);
        for (const QString &line : foundWithout)
            QVERIFY2(!line.startsWith(table + u": "_s), qPrintable(line));
    }

    // Rows that belong to a row left out go with it, each reported.
    void dependentRowsGoWithTheirRow()
    {
        const QString file = makeBad(u"bad-dependents.fieldday"_s,
                                     {u"UPDATE participant SET status = 'maybe' WHERE id = 3"_s,
                                      u"UPDATE destination SET name = zeroblob(4) WHERE id = 2"_s});
        QVERIFY(!file.isEmpty());
        const auto opened = EventFile::open(file, EventFile::Mode::ReadOnly);
        QStringList withLeftOut;
        for (const UnsoundRow &r : opened->unsoundRows()) {
            if (r.problem == UnsoundRow::Problem::WithLeftOutRow)
                withLeftOut << r.text();
        }
        // Participant 3's group is destination 2: it goes with whichever is taken out first.
        QVERIFY2(withLeftOut.filter(u"the group of participant 3, field"_s).size() == 1,
                 qPrintable(withLeftOut.join(u'\n')));
        QVERIFY2(withLeftOut.contains(u"choice 2 of participant 3, field \"participant_id\": "
                                      "participant 3, which was left out"_s),
                 qPrintable(withLeftOut.join(u'\n')));
        QVERIFY2(
            withLeftOut
                    .filter(u"choice 1 of participant 3, field \"destination_id\": destination 2"_s)
                    .size() == 1,
            qPrintable(withLeftOut.join(u'\n')));
        QVERIFY2(!withLeftOut.filter(u"destination 2, which was left out"_s).isEmpty(),
                 qPrintable(withLeftOut.join(u'\n')));
        QSqlQuery q(opened->database());
        QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
        QVERIFY(!q.next());
        QVERIFY(q.exec(u"SELECT count(*) FROM transport_leg WHERE destination_id = 2"_s) &&
                q.next());
        QCOMPARE(q.value(0).toInt(), 0);
    }

    // A file of an earlier version is checked by the rules of its own version, then migrated.
    void earlierVersionWithUnsoundContent()
    {
        if (Schema::currentVersion() < 2)
            QSKIP("no earlier version");
        const QString current = makeSample(u"bad-earlier-source.fieldday"_s);
        const QString file = path(u"bad-earlier.fieldday"_s);
        QCOMPARE(test::writeEarlierVersion(current, 1, file), QString());
        QCOMPARE(alter(file, {u"PRAGMA ignore_check_constraints = ON"_s,
                              u"UPDATE participant SET status = 'maybe' WHERE id = 3"_s}),
                 QString());
        const QByteArray before = test::fileHash(file);
        QVERIFY_THROWS_EXCEPTION(Error, EventFile::open(file, EventFile::Mode::ReadWrite));
        const auto opened = EventFile::open(file, EventFile::Mode::ReadOnly);
        QCOMPARE(opened->schemaVersion(), 1);
        QVERIFY(!opened->unsoundRows().isEmpty());
        QCOMPARE(EventReader::load(*opened).participants.size(),
                 SampleEvent::data().participants.size() - 1);
        QCOMPARE(test::fileHash(file), before);
    }

    // A backup is a copy: it is not made of a file it would copy only in part.
    void backupRefusesUnsoundContent()
    {
        const QString file =
            makeBad(u"bad-backup.fieldday"_s, {u"UPDATE participant SET status = 'maybe'"_s});
        const auto opened = EventFile::open(file, EventFile::Mode::ReadOnly);
        try {
            opened->backupTo(path(u"bad-backup-copy.fieldday"_s));
            QFAIL("backed up only part of a file");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::UnsoundContent);
            QVERIFY2(e.message().contains(u"salvage"_s), qPrintable(e.message()));
        }
        QVERIFY(!QFileInfo::exists(path(u"bad-backup-copy.fieldday"_s)));
    }

    // What Fieldday did not make is left out of a salvage, named; Fieldday's own tables must
    // still be as it made them.
    void salvageLeavesOutForeignObjects()
    {
        const QString file = makeSample(u"salvage-trigger.fieldday"_s);
        QCOMPARE(alter(file, {u"CREATE TRIGGER wipe AFTER INSERT ON assignment BEGIN DELETE FROM "
                              "participant_choice; END"_s,
                              u"CREATE VIEW everyone AS SELECT * FROM participant"_s,
                              u"CREATE TABLE loot (email TEXT)"_s,
                              u"CREATE INDEX by_phone ON participant(phone)"_s}),
                 QString());
        const QByteArray before = test::fileHash(file);
        const QString clean = path(u"salvage-trigger-clean.fieldday"_s);
        {
            const auto salvaged = EventFile::openToSalvage(file);
            QCOMPARE(salvaged->droppedObjects(),
                     (QStringList{u"trigger 'wipe'"_s, u"view 'everyone'"_s, u"table 'loot'"_s,
                                  u"index 'by_phone'"_s}));
            QVERIFY(salvaged->unsoundRows().isEmpty());
            salvaged->writeCleanCopy(clean);
        }
        QCOMPARE(test::fileHash(file), before);
        const auto reopened = EventFile::open(clean, EventFile::Mode::ReadWrite);
        QCOMPARE(EventReader::load(*reopened).participants.size(),
                 SampleEvent::data().participants.size());

        const QString changed = makeSample(u"salvage-changed.fieldday"_s);
        QCOMPARE(alter(changed, {u"ALTER TABLE participant ADD COLUMN secret TEXT"_s}), QString());
        try {
            EventFile::openToSalvage(changed);
            QFAIL("salvaged a file whose own tables were changed");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::ForeignSchema);
            QVERIFY2(e.message().contains(u"'secret'"_s), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestFileTrust)
#include "TestFileTrust.moc"
