#include "CliRunner.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday::test;

// `share` and `merge` as docs/cli.md documents them.
class TestMergeCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }
    // Plain SQL on a file no Fieldday program has open.
    static void sql(const QString &file, const QString &statement)
    {
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"raw"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(statement), qPrintable(statement));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"raw"_s);
    }
    static QJsonObject json(const CliResult &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void shareThenMerge()
    {
        const QString original = path(u"event.fieldday"_s), copy = path(u"wigan.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, original, u"--sample"_s}).exitCode, 0);
        CliResult r =
            runCli({u"share"_s, original, u"--out"_s, copy, u"--name"_s, u"Wigan lead"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(u"Wigan lead"_s));
        r = runCli({u"share"_s, original, u"--out"_s, copy, u"--name"_s, u"Again"_s});
        QCOMPARE(r.exitCode, 2); // never overwrites
        QCOMPARE(runCli({u"share"_s, original, u"--out"_s, path(u"x.fieldday"_s)}).exitCode, 2);

        sql(copy, u"UPDATE participant SET status = 'attended', checked_in_at = "
                  "'2019-03-26T09:41:00Z' WHERE id IN (1, 2)"_s);
        sql(copy, u"UPDATE participant SET phone = 'theirs' WHERE id = 3"_s);
        sql(original, u"UPDATE participant SET phone = 'mine' WHERE id = 3"_s);

        const QByteArray before = fileHash(original);
        r = runCli({u"merge"_s, original, copy, u"--dry-run"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 1); // a conflict needs a decision
        QJsonObject o = json(r);
        QCOMPARE(o[u"check_ins"_s].toInt(), 2);
        QCOMPARE(o[u"dry_run"_s].toBool(), true);
        QCOMPARE(o[u"applied"_s].toBool(), false);
        QCOMPARE(o[u"undecided"_s].toInt(), 1);
        const QJsonObject conflict = o[u"conflicts"_s].toArray().first().toObject();
        QCOMPARE(conflict[u"kind"_s].toString(), u"both_changed"_s);
        QCOMPARE(conflict[u"field"_s].toString(), u"phone"_s);
        QCOMPARE(conflict[u"mine"_s].toString(), u"mine"_s);
        QCOMPARE(conflict[u"theirs"_s].toString(), u"theirs"_s);
        QCOMPARE(fileHash(original), before);

        r = runCli({u"merge"_s, original, copy});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.out.contains(u"Nothing merged: 1 conflict needs a decision"_s),
                 qPrintable(r.out));
        QVERIFY(r.out.contains(u"mine \"mine\", theirs \"theirs\""_s));
        QCOMPARE(fileHash(original), before);

        r = runCli({u"merge"_s, original, copy, u"--take"_s, u"sideways"_s});
        QCOMPARE(r.exitCode, 2);

        r = runCli({u"merge"_s, original, copy, u"--take"_s, u"theirs"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        o = json(r);
        QCOMPARE(o[u"applied"_s].toBool(), true);
        QVERIFY(QFile::exists(o[u"backup"_s].toString()));
        QCOMPARE(o[u"summary"_s].toString(),
                 u"2 check-ins, 1 person changed from Wigan lead; 1 conflict decided"_s);

        r = runCli({u"merge"_s, original, copy});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, u"Nothing new from Wigan lead\n"_s);
        r = runCli({u"check"_s, original});
        QCOMPARE(r.exitCode, 0);
    }

    void refusesTheOriginalAndOtherEvents()
    {
        const QString original = path(u"a.fieldday"_s), other = path(u"b.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, original, u"--sample"_s}).exitCode, 0);
        QCOMPARE(runCli({u"new"_s, other, u"--sample"_s}).exitCode, 0);
        const QByteArray before = fileHash(original);
        CliResult r = runCli({u"merge"_s, original, original});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"original itself"_s), qPrintable(r.err));
        r = runCli({u"merge"_s, original, other});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(u"fieldday-cli merge: "_s) && r.err.contains(u"another event"_s),
                 qPrintable(r.err));
        QCOMPARE(fileHash(original), before);
    }
};

QTEST_GUILESS_MAIN(TestMergeCli)
#include "TestMergeCli.moc"
