#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday::test;

// fieldday-cli allocate and generate, end to end on event files.
class TestAllocateCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    static QJsonObject json(const CliResult &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }
    static QJsonArray people(const QString &file)
    {
        return QJsonDocument::fromJson(runCli({u"participants"_s, file, u"--json"_s}).out.toUtf8())
            .array();
    }

private slots:
    void sampleAllocatesEveryoneAndKeepsThePin()
    {
        const QString file = m_dir.filePath(u"s%1.fieldday"_s.arg(++m_count));
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        const CliResult r = runCli({u"allocate"_s, file, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject report = json(r);
        QCOMPARE(report[u"strategy"_s].toString(), u"optimal"_s);
        QCOMPARE(report[u"assigned"_s].toInt(), 40);
        QCOMPARE(report[u"unassigned"_s].toInt(), 0);
        const QJsonObject ranks = report[u"rank_counts"_s].toObject();
        for (const char *key : {"1", "2", "3", "unranked"})
            QVERIFY(ranks.contains(QLatin1StringView(key)));
        QVERIFY(ranks[u"1"_s].toInt() >= 30);
        QVERIFY(report.contains(u"objective"_s));
        for (const QJsonValue &d : report[u"destinations"_s].toArray())
            QVERIFY(d[u"size"_s].toInt() <= d[u"max"_s].toInt());
        for (const QJsonValue &p : people(file)) {
            if (p[u"family_name"_s].toString() == u"Pilling"_s) {
                QCOMPARE(p[u"destination"_s].toString(), u"Salford"_s);
                QVERIFY(p[u"pinned"_s].toBool());
            }
            // Nobody who needs step-free access goes to Wigan (its walk is not step-free).
            if (p[u"needs_step_free"_s].toBool())
                QVERIFY(p[u"destination"_s].toString() != u"Wigan"_s);
            if (p[u"status"_s].toString() == u"booked"_s)
                QVERIFY(!p[u"destination"_s].isNull());
            else
                QVERIFY(p[u"destination"_s].isNull());
        }
        const QJsonObject info = json(runCli({u"info"_s, file, u"--json"_s}));
        for (const QJsonValue &d : info[u"destinations"_s].toArray()) {
            if (d[u"name"_s].toString() == u"Wigan"_s)
                QCOMPARE(d[u"step_free"_s].toBool(true), false);
            else
                QCOMPARE(d[u"step_free"_s].toBool(false), true);
        }
    }

    void dryRunChangesNothing()
    {
        const QString file = m_dir.filePath(u"d.fieldday"_s);
        QCOMPARE(runCli({u"generate"_s, file, u"--participants"_s, u"200"_s, u"--destinations"_s,
                         u"5"_s})
                     .exitCode,
                 0);
        const CliResult r = runCli({u"allocate"_s, file, u"--dry-run"_s, u"--json"_s});
        QVERIFY(r.exitCode == 0 || r.exitCode == 1);
        QVERIFY(json(r)[u"assigned"_s].toInt() > 0);
        QVERIFY(!json(r)[u"applied"_s].toBool());
        for (const QJsonValue &p : people(file))
            QVERIFY(p[u"destination"_s].isNull());
    }

    void optimalBeatsFcfsOnFirstChoices()
    {
        for (int seed : {1, 2, 3}) {
            const QString file = m_dir.filePath(u"g%1.fieldday"_s.arg(seed));
            QCOMPARE(runCli({u"generate"_s, file, u"--participants"_s, u"600"_s,
                             u"--destinations"_s, u"8"_s, u"--seed"_s, QString::number(seed)})
                         .exitCode,
                     0);
            const QJsonObject fcfs = json(runCli(
                {u"allocate"_s, file, u"--strategy"_s, u"fcfs"_s, u"--dry-run"_s, u"--json"_s}));
            const QJsonObject optimal =
                json(runCli({u"allocate"_s, file, u"--dry-run"_s, u"--json"_s}));
            QCOMPARE(fcfs[u"strategy"_s].toString(), u"fcfs"_s);
            QVERIFY(optimal[u"objective"_s].toInteger() <= fcfs[u"objective"_s].toInteger());
            QVERIFY(optimal[u"unassigned"_s].toInt() <= fcfs[u"unassigned"_s].toInt());
            QVERIFY2(optimal[u"objective"_s].toInteger() < fcfs[u"objective"_s].toInteger(),
                     "a crowded event should show a difference");
        }
    }

    void rerunKeepsPinsAndIsStable()
    {
        const QString file = m_dir.filePath(u"r.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        QCOMPARE(runCli({u"allocate"_s, file}).exitCode, 0);
        const QJsonArray first = people(file);
        QCOMPARE(runCli({u"allocate"_s, file}).exitCode, 0);
        QCOMPARE(people(file), first); // same seed, same event: same answer
    }

    void waitlistFillsFreePlacesInBookingOrder()
    {
        const QString file = m_dir.filePath(u"w.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        QCOMPARE(runCli({u"allocate"_s, file}).exitCode, 0);
        QVERIFY(
            json(runCli({u"waitlist"_s, file, u"--json"_s}))[u"waitlist"_s].toArray().isEmpty());
        {
            // Three people leave Salford (as if their places had been freed by hand).
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"w"_s);
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(u"DELETE FROM assignment WHERE participant_id IN (SELECT a.participant_id "
                       "FROM assignment a JOIN destination d ON d.id = a.destination_id "
                       "WHERE d.name = 'Salford' ORDER BY a.participant_id LIMIT 3)"_s));
            db.close();
        }
        QSqlDatabase::removeDatabase(u"w"_s);
        const QJsonArray waiting =
            json(runCli({u"waitlist"_s, file, u"--json"_s}))[u"waitlist"_s].toArray();
        QCOMPARE(waiting.size(), 3);

        auto sizeOf = [&](const QString &group) {
            int n = 0;
            for (const QJsonValue &p : people(file))
                n += p[u"destination"_s].toString() == group;
            return n;
        };
        const int wigan = sizeOf(u"Wigan"_s);
        const QJsonObject trial = json(
            runCli({u"waitlist"_s, file, u"--fill"_s, u"wigan"_s, u"--dry-run"_s, u"--json"_s}));
        QCOMPARE(trial[u"applied"_s].toBool(true), false);
        const QJsonArray wouldPlace = trial[u"placed"_s].toArray();
        QCOMPARE(wouldPlace.size(), 14 - wigan); // up to Wigan's maximum
        QCOMPARE(sizeOf(u"Wigan"_s), wigan);     // the dry run changed nothing
        // Its list is the list as it would be.
        QCOMPARE(trial[u"waitlist"_s].toArray().size(), 3 - wouldPlace.size());

        const CliResult r = runCli({u"waitlist"_s, file, u"--fill"_s, u"Wigan"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject filled = json(r);
        QCOMPARE(filled[u"placed"_s].toArray(), wouldPlace);
        QCOMPARE(sizeOf(u"Wigan"_s), 14);
        QCOMPARE(filled[u"waitlist"_s].toArray().size(), 3 - wouldPlace.size());
        for (const QJsonValue &p : people(file)) {
            for (const QJsonValue &placed : wouldPlace) {
                if (p[u"given_name"_s] != placed[u"given_name"_s] ||
                    p[u"family_name"_s] != placed[u"family_name"_s])
                    continue;
                QCOMPARE(p[u"destination"_s].toString(), u"Wigan"_s);
                QVERIFY(p[u"pinned"_s].toBool());
            }
        }
        const CliResult full = runCli({u"waitlist"_s, file, u"--fill"_s, u"Wigan"_s});
        QCOMPARE(full.exitCode, 0);
        QVERIFY2(full.out.contains(u"nothing to fill (the group is full)"_s), qPrintable(full.out));

        const CliResult unknown = runCli({u"waitlist"_s, file, u"--fill"_s, u"Leeds"_s});
        QCOMPARE(unknown.exitCode, 2);
        QVERIFY(unknown.err.contains(
            u"no group named \"Leeds\" (the groups: Salford, Wigan, Trafford)"_s));
        QCOMPARE(runCli({u"waitlist"_s, file, u"--dry-run"_s}).exitCode, 2);
    }

    void badOptions()
    {
        const QString file = m_dir.filePath(u"b.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        QCOMPARE(runCli({u"allocate"_s, file, u"--strategy"_s, u"random"_s}).exitCode, 2);
        QCOMPARE(runCli({u"allocate"_s, file, u"--seed"_s, u"x"_s}).exitCode, 2);
        const CliResult negative = runCli({u"allocate"_s, file, u"--seed"_s, u"-5"_s});
        QCOMPARE(negative.exitCode, 2);
        QVERIFY2(negative.err.contains(u"0 or more, got \"-5\""_s), qPrintable(negative.err));
        QCOMPARE(runCli({u"generate"_s, m_dir.filePath(u"n.fieldday"_s), u"--participants"_s,
                         u"-1"_s, u"--destinations"_s, u"3"_s})
                     .exitCode,
                 2);
    }
};

QTEST_GUILESS_MAIN(TestAllocateCli)
#include "TestAllocateCli.moc"
