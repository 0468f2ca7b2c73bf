#include "CliRunner.h"
#include "OtherTool.h"
#include "TestUtil.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday::test;

// Event files from someone else, as the CLI meets them (issue 18): a file whose schema is not
// Fieldday's own is refused by every command, named and untouched; one with rows Fieldday
// cannot trust is read without them (exit 1, the rows named), refused for writing, and
// salvaged into a clean copy.
class TestTrustCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString makeSample(const QString &name)
    {
        const QString file = path(name);
        const CliResult created = runCli({u"new"_s, file, u"--sample"_s});
        if (created.exitCode != 0)
            qWarning() << created.err;
        return file;
    }

    // Changes a file as another tool would, with its checks and foreign keys off.
    static QString alter(const QString &file, const QStringList &statements)
    {
        return fieldday::test::alterAsAnotherTool(file, statements, true);
    }

    static QJsonObject json(const CliResult &result)
    {
        return QJsonDocument::fromJson(result.out.toUtf8()).object();
    }

    // The file of the issue: a status outside the list, a family name of 5 MB, and a choice of
    // a destination that was deleted.
    QString makeBadContent(const QString &name)
    {
        const QString file = makeSample(name);
        const QString error = alter(
            file,
            {u"UPDATE participant SET status = 'maybe' WHERE id = 3"_s,
             u"UPDATE participant SET family_name = printf('%.*c', 5000000, 'x') WHERE id = 5"_s,
             u"INSERT INTO destination (id, name, min_size, max_size) VALUES (99, 'Gone', 0, 5)"_s,
             u"INSERT INTO participant_choice (participant_id, rank, destination_id) "
             "VALUES (7, 9, 99)"_s,
             u"DELETE FROM destination WHERE id = 99"_s});
        if (!error.isEmpty())
            qWarning() << error;
        return error.isEmpty() ? file : QString();
    }

    QString makeTrigger(const QString &name)
    {
        const QString file = makeSample(name);
        const QString error = alter(
            file, {u"CREATE TRIGGER wipe AFTER INSERT ON assignment BEGIN DELETE FROM "
                   "participant_choice; UPDATE participant SET email = 'attacker@example.com', "
                   "consent_share_contact = 1; END"_s});
        if (!error.isEmpty())
            qWarning() << error;
        return error.isEmpty() ? file : QString();
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    // The trigger of the issue: every command refuses the file, names the trigger, and leaves
    // its bytes as they were (no -wal or -shm left beside it either).
    void triggerIsRefusedByEveryCommand_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("info") << QStringList{u"info"_s};
        QTest::newRow("participants") << QStringList{u"participants"_s};
        QTest::newRow("check") << QStringList{u"check"_s};
        QTest::newRow("allocate") << QStringList{u"allocate"_s};
        QTest::newRow("allocate --dry-run") << QStringList{u"allocate"_s, u"--dry-run"_s};
        QTest::newRow("waitlist --fill") << QStringList{u"waitlist"_s, u"--fill"_s, u"Salford"_s};
        QTest::newRow("export") << QStringList{u"export"_s, u"--out"_s, u"OUT.csv"_s};
        QTest::newRow("backup") << QStringList{u"backup"_s, u"OUT.fieldday"_s};
        QTest::newRow("roster") << QStringList{u"roster"_s, u"--out"_s, u"OUT.pdf"_s};
    }

    void triggerIsRefusedByEveryCommand()
    {
        QFETCH(QStringList, arguments);
        const QString file = makeTrigger(u"trigger-%1.fieldday"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileHash(file);
        QStringList args{arguments.first(), file};
        for (qsizetype i = 1; i < arguments.size(); ++i)
            args << (arguments[i].startsWith(u"OUT"_s) ? path(arguments[i]) : arguments[i]);
        const CliResult result = runCli(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(
            result.err.contains(file + u": contains a trigger 'wipe' that Fieldday did not make"_s),
            qPrintable(result.err));
        // One line (Qt Gui may add its own notes about the environment before it).
        QCOMPARE(result.err.count(u"fieldday-cli "_s), 1);
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFileInfo::exists(file + u"-wal"_s));
        QVERIFY(!QFileInfo::exists(file + u"-shm"_s));
        QVERIFY(!QFileInfo::exists(path(u"OUT.csv"_s)));
        QVERIFY(!QFileInfo::exists(path(u"OUT.fieldday"_s)));
        QVERIFY(!QFileInfo::exists(path(u"OUT.pdf"_s)));
    }

    // Commands that only read do their work on the sound rows, warn naming the rows, exit 1.
    void unsoundRowsAreLeftOutAndNamed()
    {
        const QString file = makeBadContent(u"bad.fieldday"_s);
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileHash(file);

        const CliResult info = runCli({u"info"_s, file});
        QCOMPARE(info.exitCode, 1);
        QVERIFY2(info.out.contains(u"Co-Production Treasure Hunt"_s), qPrintable(info.out));
        QVERIFY2(info.err.startsWith(u"warning: "_s + file + u": left out "_s),
                 qPrintable(info.err));
        QVERIFY2(info.err.contains(u"participant 3"_s), qPrintable(info.err));
        QVERIFY2(info.err.contains(u"field \"status\": is 'maybe'"_s), qPrintable(info.err));
        QVERIFY2(info.err.contains(u"field \"family_name\": is 5,000,000 characters long"_s),
                 qPrintable(info.err));
        QVERIFY2(info.err.contains(u"fieldday-cli salvage"_s), qPrintable(info.err));
        QVERIFY(info.err.size() < 2000); // the name of 5 MB is not printed

        const CliResult people = runCli({u"participants"_s, file, u"--json"_s});
        QCOMPARE(people.exitCode, 1);
        const QJsonArray list = QJsonDocument::fromJson(people.out.toUtf8()).array();
        QCOMPARE(list.size(), 43); // the sample's 45, less the two left out
        for (const QJsonValue &p : list) {
            QVERIFY(p[u"id"_s].toInteger() != 3 && p[u"id"_s].toInteger() != 5);
            QVERIFY(p[u"family_name"_s].toString().size() < 100);
        }

        const CliResult check = runCli({u"check"_s, file, u"--json"_s});
        QCOMPARE(check.exitCode, 1);
        QVERIFY2(check.err.isEmpty(), qPrintable(check.err)); // check lists them: no warning
        QSet<QString> codes;
        for (const QJsonValue &p : json(check)[u"problems"_s].toArray())
            codes << p[u"code"_s].toString();
        QVERIFY2(codes.contains(u"row-not-allowed"_s), qPrintable(check.out.left(2000)));
        QVERIFY(codes.contains(u"row-too-long"_s));
        QVERIFY(codes.contains(u"row-broken-reference"_s));

        // A dry run of an allocation only reads: it runs on the rest, and says so.
        const CliResult dryRun = runCli({u"allocate"_s, file, u"--dry-run"_s});
        QCOMPARE(dryRun.exitCode, 1);
        QVERIFY2(dryRun.err.startsWith(u"warning: "_s), qPrintable(dryRun.err));

        const CliResult exported = runCli({u"export"_s, file, u"--out"_s, path(u"bad.csv"_s)});
        QCOMPARE(exported.exitCode, 1);
        QVERIFY(!readFile(path(u"bad.csv"_s)).contains(QByteArray(100, 'x')));
        QCOMPARE(fileHash(file), before);
    }

    // Changing such a file, or backing it up whole, is refused, and the file stays as it was.
    void unsoundRowsRefuseWriting_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::newRow("allocate") << QStringList{u"allocate"_s};
        QTest::newRow("waitlist --fill") << QStringList{u"waitlist"_s, u"--fill"_s, u"Salford"_s};
        QTest::newRow("backup") << QStringList{u"backup"_s, u"OUT.fieldday"_s};
        QTest::newRow("import --dry-run") << QStringList{
            u"import"_s, QStringLiteral(FIELDDAY_TEST_DATA) + u"/import/eventbrite-uk.csv"_s,
            u"--dry-run"_s};
    }

    void unsoundRowsRefuseWriting()
    {
        QFETCH(QStringList, arguments);
        const QString file = makeBadContent(u"bad-%1.fieldday"_s.arg(
            QString::fromLatin1(QTest::currentDataTag()).replace(u' ', u'-')));
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileHash(file);
        QStringList args{arguments.first(), file};
        for (qsizetype i = 1; i < arguments.size(); ++i)
            args << (arguments[i].startsWith(u"OUT"_s) ? path(arguments[i]) : arguments[i]);
        const CliResult result = runCli(args);
        QCOMPARE(result.exitCode, 2);
        QVERIFY2(result.err.contains(u"field \"status\": is 'maybe'"_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(u"salvage"_s), qPrintable(result.err));
        QCOMPARE(fileHash(file), before);
        QVERIFY(!QFileInfo::exists(path(u"OUT.fieldday"_s)));
    }

    // The file, salvaged: a clean copy that passes check and holds every other row.
    void salvageWritesACleanCopy()
    {
        const QString file = makeBadContent(u"salvage.fieldday"_s);
        QVERIFY(!file.isEmpty());
        const QByteArray before = fileHash(file);
        const QString clean = path(u"salvage-clean.fieldday"_s);
        const CliResult salvaged = runCli({u"salvage"_s, file, clean});
        QCOMPARE(salvaged.exitCode, 1);
        QVERIFY2(salvaged.out.startsWith(u"Wrote "_s + clean + u", a clean copy of "_s + file),
                 qPrintable(salvaged.out));
        QVERIFY2(salvaged.out.contains(u"Rows Fieldday cannot trust ("_s),
                 qPrintable(salvaged.out));
        QVERIFY(salvaged.out.contains(u"choice 9 of participant 7, field \"destination_id\""_s));
        QCOMPARE(fileHash(file), before);

        const CliResult check = runCli({u"check"_s, clean, u"--json"_s});
        QCOMPARE(check.exitCode, 0);
        QCOMPARE(json(check)[u"counts"_s][u"error"_s].toInt(), 0);
        const CliResult people = runCli({u"participants"_s, clean, u"--json"_s});
        QCOMPARE(people.exitCode, 0);
        QVERIFY(people.err.isEmpty());
        QCOMPARE(QJsonDocument::fromJson(people.out.toUtf8()).array().size(), 43);
        // Fieldday writes to the copy: it is its own.
        const CliResult allocate = runCli({u"allocate"_s, clean});
        QVERIFY2(allocate.exitCode == 0 || allocate.exitCode == 1, qPrintable(allocate.err));

        // A second salvage never overwrites.
        const CliResult again = runCli({u"salvage"_s, file, clean});
        QCOMPARE(again.exitCode, 2);
        QVERIFY(again.err.contains(u"already exists"_s));
    }

    void salvageReportAsJson()
    {
        const QString file = makeTrigger(u"salvage-json.fieldday"_s);
        QVERIFY(!file.isEmpty());
        QVERIFY(alter(file, {u"UPDATE participant SET status = 'maybe' WHERE id = 3"_s}).isEmpty());
        const QString clean = path(u"salvage-json-clean.fieldday"_s);
        const CliResult salvaged = runCli({u"salvage"_s, file, clean, u"--json"_s});
        QCOMPARE(salvaged.exitCode, 1);
        const QJsonObject root = json(salvaged);
        QCOMPARE(root[u"file"_s].toString(), file);
        QCOMPARE(root[u"out"_s].toString(), clean);
        QCOMPARE(root[u"objects_left_out"_s].toArray(), QJsonArray{u"trigger 'wipe'"_s});
        const QJsonArray rows = root[u"rows"_s].toArray();
        QVERIFY(!rows.isEmpty());
        const QJsonObject first = rows.first().toObject();
        QCOMPARE(first[u"code"_s].toString(), u"row-not-allowed"_s);
        QCOMPARE(first[u"table"_s].toString(), u"participant"_s);
        QCOMPARE(first[u"id"_s].toInteger(), 3);
        QCOMPARE(first[u"field"_s].toString(), u"status"_s);
        QCOMPARE(first[u"action"_s].toString(), u"left_out"_s);
        QVERIFY(first[u"message"_s].toString().contains(u"'maybe'"_s));
        // Every other row is a choice or the group of that person, left out with them.
        for (qsizetype i = 1; i < rows.size(); ++i)
            QCOMPARE(rows[i][u"code"_s].toString(), u"row-left-out-with"_s);
        QCOMPARE(runCli({u"info"_s, clean}).exitCode, 0);
    }

    void salvageOfASoundFile()
    {
        const QString file = makeSample(u"sound.fieldday"_s);
        const QString clean = path(u"sound-clean.fieldday"_s);
        const CliResult salvaged = runCli({u"salvage"_s, file, clean});
        QCOMPARE(salvaged.exitCode, 0);
        QCOMPARE(salvaged.out, u"Wrote "_s + clean + u", a clean copy of "_s + file +
                                   u": nothing was left out.\n"_s);
        QCOMPARE(runCli({u"participants"_s, clean}).out, runCli({u"participants"_s, file}).out);
    }

    // A column's type changed is not something a salvage can leave out: nothing is written.
    void salvageRefusesChangedTables()
    {
        const QString file = makeSample(u"changed.fieldday"_s);
        QVERIFY(alter(file, {u"PRAGMA writable_schema = ON"_s,
                             u"UPDATE sqlite_schema SET sql = replace(sql, 'notes TEXT', "
                             "'notes BLOB') WHERE name = 'participant'"_s,
                             u"PRAGMA writable_schema = RESET"_s})
                    .isEmpty());
        const QByteArray before = fileHash(file);
        const QString clean = path(u"changed-clean.fieldday"_s);
        const CliResult salvaged = runCli({u"salvage"_s, file, clean});
        QCOMPARE(salvaged.exitCode, 2);
        QVERIFY2(salvaged.err.contains(u"participant"_s), qPrintable(salvaged.err));
        QVERIFY(!QFileInfo::exists(clean));
        QCOMPARE(fileHash(file), before);
        const CliResult info = runCli({u"info"_s, file});
        QCOMPARE(info.exitCode, 2);
    }
};

QTEST_GUILESS_MAIN(TestTrustCli)
#include "TestTrustCli.moc"
