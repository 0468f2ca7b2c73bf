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

    // A booking export of `count` people, booked from `first` on, one every seven minutes, who
    // rank the sample's groups in an order that varies from person to person.
    static QByteArray bookings(const QString &prefix, int count, const QDateTime &first)
    {
        const QStringList groups = {u"Salford"_s, u"Wigan"_s, u"Trafford"_s};
        QByteArray csv = "Order no.,Order date,First name,Surname,Email,Mobile phone,"
                         "1st choice,2nd choice\n";
        for (int i = 0; i < count; ++i) {
            const QDateTime at = first.addSecs(qint64(i) * 7 * 60);
            const QString one = groups[i % 3], two = groups[(i / 3 + 1 + i % 3) % 3];
            csv += u"%1%2,%3,Guest,%4 %2,%5.%2@example.org,07700 9%6,%7,%8\n"_s.arg(prefix)
                       .arg(i)
                       .arg(at.toString(u"dd/MM/yyyy HH:mm"_s))
                       .arg(prefix == u"A"_s ? u"Early"_s : u"Late"_s)
                       .arg(prefix == u"A"_s ? u"early"_s : u"late"_s)
                       .arg(10000 + i)
                       .arg(one, two == one ? groups[(i + 1) % 3] : two)
                       .toUtf8();
        }
        return csv;
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

    // The case: the sample (40 placed) plus two booking exports of 90 more, far beyond
    // the places left. Re-allocating keeps every place; the few left go in booking order, and
    // those without one are told why; --reallocate-all lists by name who would move.
    void reallocationKeepsPlacesAndBookingOrderDecides()
    {
        const QString file = m_dir.filePath(u"k.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        QHash<qint64, QString> before;
        for (const QJsonValue &p : people(file)) {
            if (!p[u"destination"_s].isNull())
                before.insert(p[u"id"_s].toInteger(), p[u"destination"_s].toString());
        }
        QCOMPARE(before.size(), 40);
        for (const auto &[prefix, day] : {std::pair(u"A"_s, 1), std::pair(u"B"_s, 2)}) {
            const QString csv = m_dir.filePath(u"bookings-%1.csv"_s.arg(prefix));
            writeFile(csv, bookings(prefix, 45, QDateTime(QDate(2019, 3, day), QTime(9, 0))));
            const CliResult imported = runCli({u"import"_s, file, csv});
            QVERIFY2(imported.exitCode == 0, qPrintable(imported.err + imported.out));
        }

        const CliResult r = runCli({u"allocate"_s, file, u"--json"_s});
        QCOMPARE(r.exitCode, 1); // people are left without a group
        const QJsonObject report = json(r);
        QCOMPARE(report[u"mode"_s].toString(), u"keep"_s);
        QCOMPARE(report[u"tie_break"_s].toString(), u"booking"_s);
        QVERIFY(report[u"moves"_s].toArray().isEmpty());
        QCOMPARE(report[u"assigned"_s].toInt(), 43); // the three places left are filled
        QHash<qint64, QString> email, now;
        QHash<qint64, QStringList> choices;
        for (const QJsonValue &p : people(file)) {
            const qint64 id = p[u"id"_s].toInteger();
            email.insert(id, p[u"email"_s].toString());
            now.insert(id, p[u"destination"_s].toString());
            for (const QJsonValue &c : p[u"choices"_s].toArray())
                choices[id].append(c.toString());
        }
        for (auto it = before.cbegin(); it != before.cend(); ++it)
            QCOMPARE(now.value(it.key()), it.value()); // all 40 kept their group
        // Booking order: nobody new is left without a place while someone new who booked later
        // holds one at a group the earlier booker ranked at least as high.
        auto orderOf = [&](qint64 id) -> int {
            const QString e = email.value(id);
            if (!e.startsWith(u"early."_s) && !e.startsWith(u"late."_s))
                return -1;
            return (e.startsWith(u"late."_s) ? 1000 : 0) +
                   e.section(u'.', 1, 1).section(u'@', 0, 0).toInt();
        };
        auto rankOf = [&](qint64 id, const QString &group) {
            const qsizetype rank = choices.value(id).indexOf(group);
            return rank < 0 ? INT_MAX : int(rank);
        };
        int placedNow = 0;
        for (auto late = now.cbegin(); late != now.cend(); ++late) {
            if (late.value().isEmpty() || before.contains(late.key()) || orderOf(late.key()) < 0)
                continue;
            ++placedNow;
            for (auto early = now.cbegin(); early != now.cend(); ++early) {
                if (early.value().isEmpty() && orderOf(early.key()) >= 0 &&
                    orderOf(early.key()) < orderOf(late.key()))
                    QVERIFY(rankOf(early.key(), late.value()) > rankOf(late.key(), late.value()));
            }
        }
        QCOMPARE(placedNow, 3);
        // The first at Wigan who missed it is told who got the places, and why.
        bool told = false;
        for (const QJsonValue &p : report[u"people"_s].toArray()) {
            if (email.value(p[u"id"_s].toInteger()) != u"early.10@example.org"_s)
                continue;
            QCOMPARE(p[u"explanation"_s].toString(),
                     u"no place: Wigan, Trafford and every other group you may go to were full; "
                     "their places went to people who booked before you (last: 1 March 09:49) "
                     "and 40 who already held places (kept from before, or pinned by hand)"_s);
            told = true;
        }
        QVERIFY(told);

        // Re-optimising everyone is a choice, and says by name who would move.
        const CliResult all =
            runCli({u"allocate"_s, file, u"--reallocate-all"_s, u"--dry-run"_s, u"--json"_s});
        const QJsonObject again = json(all);
        QCOMPARE(again[u"mode"_s].toString(), u"reallocate_all"_s);
        const QJsonArray moves = again[u"moves"_s].toArray();
        QVERIFY(!moves.isEmpty());
        const CliResult text = runCli({u"allocate"_s, file, u"--reallocate-all"_s, u"--dry-run"_s});
        for (const QJsonValue &m : moves) {
            const qint64 id = m[u"id"_s].toInteger();
            QCOMPARE(m[u"from"_s].toString(), now.value(id));
            QVERIFY(m[u"to"_s].isNull() || m[u"to"_s].toString() != now.value(id));
            QVERIFY2(text.out.contains(m[u"name"_s].toString()), qPrintable(text.out));
        }
        QVERIFY(text.out.contains(u"would lose their place:"_s) ||
                text.out.contains(u"would change group:"_s));
        // A dry run changed nothing.
        for (const QJsonValue &p : people(file))
            QCOMPARE(p[u"destination"_s].toString(), now.value(p[u"id"_s].toInteger()));
    }

    void tieBreakIsTheEventsSetting()
    {
        const QString file = m_dir.filePath(u"t.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, file, u"--sample"_s}).exitCode, 0);
        QCOMPARE(json(runCli({u"allocate"_s, file, u"--dry-run"_s, u"--json"_s}))[u"tie_break"_s]
                     .toString(),
                 u"booking"_s);
        // A dry run does not save it; an applied run does, for the runs after it.
        QCOMPARE(json(runCli({u"allocate"_s, file, u"--tie-break"_s, u"draw"_s, u"--dry-run"_s,
                              u"--json"_s}))[u"tie_break"_s]
                     .toString(),
                 u"draw"_s);
        QCOMPARE(json(runCli({u"allocate"_s, file, u"--dry-run"_s, u"--json"_s}))[u"tie_break"_s]
                     .toString(),
                 u"booking"_s);
        QCOMPARE(runCli({u"allocate"_s, file, u"--tie-break"_s, u"draw"_s}).exitCode, 0);
        QCOMPARE(json(runCli({u"allocate"_s, file, u"--dry-run"_s, u"--json"_s}))[u"tie_break"_s]
                     .toString(),
                 u"draw"_s);
        const CliResult bad = runCli({u"allocate"_s, file, u"--tie-break"_s, u"coin"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"expected booking or draw"_s), qPrintable(bad.err));
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
