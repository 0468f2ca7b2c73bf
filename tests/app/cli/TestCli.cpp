#include "CliRunner.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday::test;

// The foundation commands of the CLI contract: new, info, backup, usage and exit codes.
class TestCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    static QJsonObject json(const CliResult &result)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(result.out.toUtf8(), &error);
        if (doc.isNull())
            qWarning() << "not JSON:" << error.errorString() << result.out.left(200);
        return doc.object();
    }

private slots:
    void sampleEventHasTheModelDay()
    {
        const QString file = path(u"s.fieldday"_s);
        const CliResult created = runCli({u"new"_s, file, u"--sample"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const CliResult info = runCli({u"info"_s, file, u"--json"_s});
        QCOMPARE(info.exitCode, 0);
        const QJsonObject root = json(info);
        QCOMPARE(root[u"title"_s].toString(), u"Co-Production Treasure Hunt"_s);
        QCOMPARE(root[u"date"_s].toString(), u"2019-03-26"_s);
        const QJsonArray destinations = root[u"destinations"_s].toArray();
        QCOMPARE(destinations.size(), 3);
        int assigned = 0;
        for (const QJsonValue &value : destinations) {
            const QJsonObject d = value.toObject();
            QVERIFY(d[u"min"_s].toInt() <= d[u"assigned"_s].toInt());
            QVERIFY(d[u"assigned"_s].toInt() <= d[u"max"_s].toInt());
            assigned += d[u"assigned"_s].toInt();
        }
        const QJsonObject people = root[u"participants"_s].toObject();
        const int total = people[u"total"_s].toInt();
        QVERIFY2(total >= 40 && total <= 50, qPrintable(QString::number(total)));
        QCOMPARE(assigned, people[u"by_status"_s].toObject()[u"booked"_s].toInt());

        // The file is sound as SQLite sees it.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"check"_s);
        db.setDatabaseName(file);
        db.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(db.open());
        {
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA integrity_check"_s) && q.next());
            QCOMPARE(q.value(0).toString(), u"ok"_s);
            QVERIFY(q.exec(u"PRAGMA foreign_key_check"_s));
            QVERIFY(!q.next());
            QVERIFY(q.exec(
                u"SELECT count(*) FROM participant WHERE given_name = 'Zoë' OR "
                "given_name = 'Siobhán' OR given_name = 'Łukasz' OR family_name = 'Nguyễn'"_s));
            QVERIFY(q.next());
            QVERIFY(q.value(0).toInt() >= 4);
        }
        db.close();
        db = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"check"_s);
    }

    void infoAsText()
    {
        const QString file = path(u"text.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        const CliResult info = runCli({u"info"_s, file});
        QCOMPARE(info.exitCode, 0);
        QVERIFY(info.out.contains(u"Co-Production Treasure Hunt"_s));
        QVERIFY(info.out.contains(u"Tuesday 26 March 2019"_s));
        QVERIFY(info.out.contains(u"Salford"_s));
    }

    void blankEventWithTitleAndDate()
    {
        const QString file = path(u"blank.fieldday"_s);
        const CliResult created = runCli(
            {u"new"_s, file, u"--title"_s, u"Walk in Wythenshawe"_s, u"--date"_s, u"2027-05-04"_s});
        QVERIFY2(created.exitCode == 0, qPrintable(created.err));
        const QJsonObject root = json(runCli({u"info"_s, file, u"--json"_s}));
        QCOMPARE(root[u"title"_s].toString(), u"Walk in Wythenshawe"_s);
        QCOMPARE(root[u"date"_s].toString(), u"2027-05-04"_s);
        QCOMPARE(root[u"destinations"_s].toArray().size(), 0);
        QCOMPARE(root[u"participants"_s].toObject()[u"total"_s].toInt(), 0);
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("message");
        QTest::newRow("no command") << QStringList() << u"Usage: fieldday-cli"_s;
        QTest::newRow("unknown command") << QStringList{u"frobnicate"_s} << u"unknown command"_s;
        QTest::newRow("missing file") << QStringList{u"info"_s} << u"expected FILE"_s;
        QTest::newRow("unknown option")
            << QStringList{u"info"_s, u"x"_s, u"--bogus"_s} << u"bogus"_s;
        QTest::newRow("bad date") << QStringList{u"new"_s, u"d.fieldday"_s, u"--date"_s,
                                                 u"26/03/2019"_s}
                                  << u"--date: expected YYYY-MM-DD"_s;
    }

    void badUsage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, message);
        const CliResult result = runCli(arguments, m_dir.path());
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY(!QFileInfo::exists(path(u"d.fieldday"_s)));
    }

    void helpOnEveryCommand_data()
    {
        QTest::addColumn<QString>("command");
        for (const char *command :
             {"new", "info", "backup", "salvage", "generate", "import", "participants", "allocate", "waitlist",
              "check", "agenda", "legs", "export", "roster", "daysheet", "manifest", "badges"})
            QTest::newRow(command) << QString::fromLatin1(command);
    }

    void helpOnEveryCommand()
    {
        QFETCH(QString, command);
        const CliResult result = runCli({command, u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        QVERIFY2(result.out.startsWith(u"Usage: fieldday-cli "_s + command),
                 qPrintable(result.out));
    }

    // The version is CMake's project VERSION, the one the package and the About box show.
    void versionIsTheProjectVersion()
    {
        const CliResult result = runCli({u"--version"_s});
        QCOMPARE(result.exitCode, 0);
        QCOMPARE(result.out, u"fieldday-cli "_s + QStringLiteral(FIELDDAY_VERSION) + u'\n');
        QVERIFY2(result.err.isEmpty(), qPrintable(result.err));
    }

    // docs/cli.md is the contract: it documents exactly the commands the CLI lists.
    void usageListsEveryDocumentedCommand()
    {
        const CliResult result = runCli({u"--help"_s});
        QCOMPARE(result.exitCode, 0);
        const QStringList lines = result.out.split(u'\n');
        const qsizetype start = lines.indexOf(u"Commands:"_s);
        QVERIFY(start >= 0);
        static const QRegularExpression commandLine(u"^  (\\S+) {2,}\\S"_s);
        QStringList listed;
        for (qsizetype i = start + 1; i < lines.size() && !lines[i].isEmpty(); ++i) {
            const QRegularExpressionMatch match = commandLine.match(lines[i]);
            QVERIFY2(match.hasMatch(), qPrintable(lines[i])); // name, a gap, the summary
            listed << match.captured(1);
        }
        QFile doc(QStringLiteral(FIELDDAY_SOURCE_DIR) + u"/docs/cli.md"_s);
        QVERIFY(doc.open(QIODevice::ReadOnly));
        QStringList documented;
        for (const QString &line : QString::fromUtf8(doc.readAll()).split(u'\n')) {
            if (line.startsWith(u"## "_s) && line != u"## Conventions"_s)
                documented << line.mid(3).split(u", "_s);
        }
        listed.sort();
        documented.sort();
        QCOMPARE(listed, documented);
    }

    void badFilesAreRefusedAndUntouched_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty") << QByteArray() << u"empty file"_s;
        QTest::newRow("csv") << QByteArray("a,b\n1,2\n") << u"not an SQLite database"_s;
        QTest::newRow("random") << QByteArray(4096, '\x7f') << u"not an SQLite database"_s;
    }

    void badFilesAreRefusedAndUntouched()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        const QString file =
            path(u"bad-%1.fieldday"_s.arg(QLatin1StringView(QTest::currentDataTag())));
        writeFile(file, bytes);
        const QByteArray before = fileHash(file);
        const CliResult result = runCli({u"info"_s, file});
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(message), qPrintable(result.err));
        QVERIFY2(result.err.contains(file), qPrintable(result.err));
        QCOMPARE(result.err.count(u'\n'), 1); // one line
        QCOMPARE(fileHash(file), before);
    }

    void missingFileIsNotCreated()
    {
        const QString file = path(u"nothing-here.fieldday"_s);
        const CliResult result = runCli({u"info"_s, file});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"no such file"_s));
        QVERIFY(!QFileInfo::exists(file));
    }

    void newRefusesToOverwrite()
    {
        const QString file = path(u"precious.txt"_s);
        writeFile(file, "weeks of work");
        const CliResult result = runCli({u"new"_s, file, u"--sample"_s});
        QCOMPARE(result.exitCode, 2);
        QVERIFY(result.err.contains(u"already exists"_s));
        QCOMPARE(readFile(file), QByteArray("weeks of work"));
    }

    void backupWritesAConsistentCopy()
    {
        const QString file = path(u"b.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        const QString copy = path(u"b-copy.fieldday"_s);
        const CliResult result = runCli({u"backup"_s, file, copy});
        QVERIFY2(result.exitCode == 0, qPrintable(result.err));
        const QJsonObject original = json(runCli({u"info"_s, file, u"--json"_s}));
        const QJsonObject copied = json(runCli({u"info"_s, copy, u"--json"_s}));
        QCOMPARE(copied, original);
        QCOMPARE(runCli({u"backup"_s, file, copy}).exitCode, 2); // never overwrites
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "TestCli.moc"
