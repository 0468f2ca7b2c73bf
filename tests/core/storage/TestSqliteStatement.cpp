#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/SqliteQuery.h"
#include "storage/SqliteStatement.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The bulk path's statements on SQLite's own handle: what they write must read back through
// Qt Sql exactly, and their failures must be the same readable errors as Qt Sql's.
class TestSqliteStatement : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<EventFile> m_file;

    QVariant storedValue(const QString &statement)
    {
        QSqlQuery q(m_file->database());
        if (!q.exec(statement) || !q.next())
            return QVariant(u"<no row>"_s);
        return q.value(0);
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(u"e.fieldday"_s));
        m_file = EventFile::create(m_dir.filePath(u"e.fieldday"_s));
    }
    void cleanup() { m_file.reset(); }

    void textRoundTripsThroughQtSql()
    {
        const QString name = u"Zoë Łukasz Siobhán 🙂 €"_s;
        {
            SqliteStatement insert(*m_file, "INSERT INTO participant (given_name, family_name, "
                                            "email, booked_at) VALUES (?, ?, ?, ?)");
            insert.bind(1, name);
            insert.bind(2, QStringView(u"  Nguyễn  ").trimmed());
            insert.bind(3, QString()); // a null string is '' in a NOT NULL column
            insert.bindNull(4);
            insert.execute();
            QCOMPARE(insert.lastInsertRowId(), 1);
            // Reused with new bindings: the buffers of the previous row must not leak into it.
            insert.bind(1, u"Al"_s);
            insert.bind(2, u"B"_s);
            insert.bind(3, u"al@example.org"_s);
            insert.bind(4, u"2026-05-14T09:30:00"_s);
            insert.execute();
            QCOMPARE(insert.lastInsertRowId(), 2);
        }
        QCOMPARE(storedValue(u"SELECT given_name FROM participant WHERE id = 1"_s).toString(),
                 name);
        QCOMPARE(storedValue(u"SELECT family_name FROM participant WHERE id = 1"_s).toString(),
                 u"Nguyễn"_s);
        QCOMPARE(storedValue(u"SELECT typeof(email) FROM participant WHERE id = 1"_s).toString(),
                 u"text"_s);
        QCOMPARE(
            storedValue(u"SELECT typeof(booked_at) FROM participant WHERE id = 1"_s).toString(),
            u"null"_s);
        QCOMPARE(storedValue(u"SELECT given_name || family_name || email FROM participant "
                             "WHERE id = 2"_s)
                     .toString(),
                 u"AlBal@example.org"_s);
    }

    // Rows read below Qt Sql (SqliteQuery, as the people of an event are read) come back as Qt
    // Sql reads them: text whole, NULL as a null string.
    void rowsReadAsQtSqlReadsThem()
    {
        const QString name = u"Zoë Łukasz Siobhán 🙂 €"_s;
        QSqlQuery insert(m_file->database());
        QVERIFY(insert.exec(u"INSERT INTO participant (id, given_name, family_name, email, "
                            "booked_at) VALUES (7, '%1', '', 'z@example.org', NULL), "
                            "(9, 'A', 'B', '', '2026-05-14T09:30:00')"_s.arg(name)));
        SqliteQuery select(SqliteStatement::handleOf(*m_file),
                           "SELECT id, given_name, family_name, booked_at FROM participant "
                           "ORDER BY id");
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 7);
        QCOMPARE(select.text(1), name);
        QCOMPARE(select.text(2), QString(u""_s));
        QVERIFY(!select.text(2).isNull());
        QVERIFY(select.isNull(3));
        QVERIFY(select.text(3).isNull());
        QVERIFY(select.next());
        QCOMPARE(select.integer(0), 9);
        QCOMPARE(select.text(3), u"2026-05-14T09:30:00"_s);
        QVERIFY(!select.next());
    }

    void integersBind()
    {
        SqliteStatement insert(*m_file, "INSERT INTO participant (given_name, family_name, "
                                        "needs_step_free) VALUES ('A', 'B', ?)");
        insert.bind(1, qint64(1));
        insert.execute();
        QCOMPARE(storedValue(u"SELECT needs_step_free FROM participant"_s).toInt(), 1);
    }

    void badStatementIsAReadableError()
    {
        try {
            SqliteStatement statement(*m_file, "INSERT INTO no_such_table VALUES (?)");
            QFAIL("prepared a statement on a missing table");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::Storage);
            QVERIFY2(error.message().contains(u"no_such_table"_s), qPrintable(error.message()));
        }
    }

    void constraintFailureLeavesTheStatementUsable()
    {
        WriteTransaction transaction(*m_file);
        SqliteStatement insert(*m_file, "INSERT INTO participant (given_name, family_name, "
                                        "needs_step_free) VALUES ('A', 'B', ?)");
        insert.bind(1, qint64(7)); // CHECK (needs_step_free IN (0,1))
        try {
            insert.execute();
            QFAIL("a CHECK constraint did not fail");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::Storage);
            QVERIFY2(error.message().contains(u"CHECK constraint failed"_s),
                     qPrintable(error.message()));
        }
        insert.bind(1, qint64(0));
        insert.execute();
        transaction.commit();
        QCOMPARE(storedValue(u"SELECT count(*) FROM participant"_s).toInt(), 1);
    }

    void foreignKeysAreEnforced()
    {
        SqliteStatement insert(*m_file, "INSERT INTO participant_choice (participant_id, rank, "
                                        "destination_id) VALUES (?, 1, ?)");
        insert.bind(1, qint64(999));
        insert.bind(2, qint64(999));
        QVERIFY_THROWS_EXCEPTION(Error, insert.execute());
        QCOMPARE(storedValue(u"SELECT count(*) FROM participant_choice"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStatement)
#include "TestSqliteStatement.moc"
