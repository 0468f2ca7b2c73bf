#include "CliRunner.h"
#include "TestUtil.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/ParticipantRepository.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;
using namespace fieldday::test;

// Importing real booking exports through the CLI: every person and accent intact, bad input
// refused with its row and field and the event unchanged, bad rows reported, duplicates handled.
class TestImportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    static QString data(const QString &name)
    {
        return QStringLiteral(FIELDDAY_TEST_DATA) + u"/import/"_s + name;
    }

    QString sample()
    {
        const QString file = m_dir.filePath(u"e%1.fieldday"_s.arg(++m_count));
        const CliResult r = runCli({u"new"_s, file, u"--sample"_s});
        if (r.exitCode != 0)
            qWarning() << r.err;
        return file;
    }

    static QJsonArray people(const QString &file)
    {
        return QJsonDocument::fromJson(runCli({u"participants"_s, file, u"--json"_s}).out.toUtf8())
            .array();
    }

    static QJsonObject person(const QJsonArray &all, const QString &email)
    {
        for (const QJsonValue &v : all) {
            if (v[u"email"_s].toString().compare(email, Qt::CaseInsensitive) == 0)
                return v.toObject();
        }
        return {};
    }

    static QJsonObject summary(const CliResult &r)
    {
        return QJsonDocument::fromJson(r.out.toUtf8()).object();
    }

private slots:
    void realExports_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("added");
        QTest::addColumn<QString>("encoding");
        QTest::addColumn<QString>("delimiter");
        QTest::addColumn<QString>("mapping");
        QTest::addColumn<QStringList>("names"); // email=Given|Family
        QTest::newRow("Eventbrite US")
            << u"eventbrite-us.csv"_s << 5 << u"UTF-8"_s << u"comma"_s << u"eventbrite"_s
            << QStringList{u"zoe.abernethy@example.org=Zoë|Abernethy"_s,
                           u"siobhan.nibhriain@example.org=Siobhán|Ní Bhriain"_s,
                           u"lukasz.wojcik@example.org=Łukasz|Wójcik"_s,
                           u"mai.nguyen.thi@example.org=Thị Mai|Nguyễn"_s};
        QTest::newRow("Eventbrite UK")
            << u"eventbrite-uk.csv"_s << 3 << u"UTF-8"_s << u"comma"_s << u"eventbrite"_s
            << QStringList{u"sinead.oconnor@example.org=Sinéad|O'Connor"_s,
                           u"bjorn.andersson@example.org=Björn|Andersson"_s};
        QTest::newRow("semicolon Windows-1252")
            << u"spreadsheet-semicolon-cp1252.csv"_s << 3 << u"Windows-1252"_s << u"semicolon"_s
            << u"generic"_s
            << QStringList{u"zoe.ferrand@example.com=Zoë|Ferrand"_s,
                           u"renee.dupre@example.com=Renée|Dupré"_s,
                           u"jurgen.muller@example.com=Jürgen|Müller"_s};
        QTest::newRow("BOM and CRLF, quoted line breaks")
            << u"bom-crlf.csv"_s << 2 << u"UTF-8"_s << u"comma"_s << u"generic"_s
            << QStringList{u"aoife.brennan@example.net=Aoife|Brennan"_s};
    }

    void realExports()
    {
        QFETCH(QString, file);
        QFETCH(int, added);
        QFETCH(QString, encoding);
        QFETCH(QString, delimiter);
        QFETCH(QString, mapping);
        QFETCH(QStringList, names);
        const QString event = sample();
        const int before = int(people(event).size());
        const CliResult r = runCli({u"import"_s, event, data(file), u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QJsonObject s = summary(r);
        QCOMPARE(s[u"added"_s].toInt(), added);
        QCOMPARE(s[u"rejected"_s].toInt(), 0);
        QCOMPARE(s[u"encoding"_s].toString(), encoding);
        QCOMPARE(s[u"delimiter"_s].toString(), delimiter);
        QCOMPARE(s[u"mapping"_s].toString(), mapping);
        const QJsonArray after = people(event);
        QCOMPARE(after.size(), before + added);
        for (const QString &entry : names) {
            const QString email = entry.section(u'=', 0, 0);
            const QJsonObject p = person(after, email);
            QVERIFY2(!p.isEmpty(), qPrintable(email));
            QCOMPARE(p[u"given_name"_s].toString(), entry.section(u'=', 1).section(u'|', 0, 0));
            QCOMPARE(p[u"family_name"_s].toString(), entry.section(u'|', 1));
        }
    }

    void eventbriteDetails()
    {
        const QString event = sample();
        QCOMPARE(runCli({u"import"_s, event, data(u"eventbrite-us.csv"_s)}).exitCode, 0);
        const QJsonArray all = people(event);
        const QJsonObject zoe = person(all, u"zoe.abernethy@example.org"_s);
        QCOMPARE(zoe[u"choices"_s].toArray(),
                 (QJsonArray{u"Salford"_s, u"Trafford"_s, u"Wigan"_s}));
        QCOMPARE(zoe[u"booking_ref"_s].toString(), u"912345671-1"_s);
        QCOMPARE(zoe[u"organisation"_s].toString(), u"Salford City Council"_s);
        const QJsonObject siobhan = person(all, u"siobhan.nibhriain@example.org"_s);
        QVERIFY(siobhan[u"needs_step_free"_s].toBool());
        QCOMPARE(siobhan[u"organisation"_s].toString(), u"University of Manchester, SEED"_s);
        QCOMPARE(person(all, u"mai.nguyen.thi@example.org"_s)[u"status"_s].toString(),
                 u"attended"_s);
        QCOMPARE(
            person(all, u"mai.nguyen.thi@example.org"_s)[u"choices"_s].toArray().first().toString(),
            u"Trafford"_s);
        QCOMPARE(person(all, u"dan.okoro@example.org"_s)[u"status"_s].toString(), u"cancelled"_s);
        // Two attendees of one order keep separate references.
        QCOMPARE(person(all, u"lukasz.wojcik@example.org"_s)[u"booking_ref"_s].toString(),
                 u"912345672-2"_s);
    }

    void unmatchedChoiceIsReportedNotDropped()
    {
        const QString event = sample();
        const CliResult r = runCli({u"import"_s, event, data(u"eventbrite-us.csv"_s), u"--json"_s});
        bool reported = false;
        for (const QJsonValue &issue : summary(r)[u"issues"_s].toArray()) {
            if (issue[u"message"_s].toString().contains(u"Bolton"_s) &&
                issue[u"row"_s].toInt() == 6)
                reported = true;
        }
        QVERIFY(reported);
        const QJsonObject dan = person(people(event), u"dan.okoro@example.org"_s);
        QCOMPARE(dan[u"choices"_s].toArray(), QJsonArray{u"Salford"_s}); // the matched one stays
    }

    void ticketTypeCarriesTheChoice()
    {
        const QString event = sample();
        QCOMPARE(runCli({u"import"_s, event, data(u"eventbrite-uk.csv"_s)}).exitCode, 0);
        const QJsonArray all = people(event);
        QCOMPARE(person(all, u"sinead.oconnor@example.org"_s)[u"choices"_s].toArray(),
                 QJsonArray{u"Salford"_s});
        QCOMPARE(person(all, u"bjorn.andersson@example.org"_s)[u"choices"_s].toArray(),
                 QJsonArray{u"Trafford"_s});
        // "General admission" names no destination; the question's answers do.
        QCOMPARE(person(all, u"chiara.esposito@example.org"_s)[u"choices"_s].toArray(),
                 (QJsonArray{u"Wigan"_s, u"Salford"_s}));
    }

    void unbalancedQuoteChangesNothing()
    {
        const QString event = sample();
        const QByteArray before = runCli({u"participants"_s, event, u"--json"_s}).out.toUtf8();
        const CliResult r = runCli({u"import"_s, event, data(u"unbalanced-quote.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(
                     u"unbalanced-quote.csv: row 3, field 2 (\"Surname\"): unbalanced quote"_s),
                 qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QCOMPARE(runCli({u"participants"_s, event, u"--json"_s}).out.toUtf8(), before);
    }

    void badRowFailsTheWholeImport()
    {
        const QString event = sample();
        const CliResult r = runCli({u"import"_s, event, data(u"mixed-bad-rows.csv"_s)});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"row 3, field \"First name\": the given name is empty"_s),
                 qPrintable(r.err));
        QCOMPARE(people(event).size(), 45); // Ada (row 2) did not go in either
    }

    void skipBadRowsWritesAReport()
    {
        const QString event = sample();
        const QString report = m_dir.filePath(u"report-%1.csv"_s.arg(m_count));
        const CliResult r = runCli({u"import"_s, event, data(u"mixed-bad-rows.csv"_s),
                                    u"--skip-bad-rows"_s, report, u"--json"_s});
        QCOMPARE(r.exitCode, 1);
        const QJsonObject s = summary(r);
        QCOMPARE(s[u"added"_s].toInt(), 2);   // Ada, Katherine
        QCOMPARE(s[u"updated"_s].toInt(), 1); // Ada again (same e-mail, row 7)
        QCOMPARE(s[u"rejected"_s].toInt(), 3);
        // Read the report back with Python's csv module, as a person's spreadsheet would.
        QProcess python;
        python.start(
            u"python3"_s,
            {u"-c"_s,
             u"import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], encoding='utf-8-sig')))))"_s,
             report});
        QVERIFY(python.waitForFinished());
        const QJsonArray rows = QJsonDocument::fromJson(python.readAllStandardOutput()).array();
        QCOMPARE(rows.size(), 4);
        QCOMPARE(rows[0].toArray()[0].toString(), u"row"_s);
        QCOMPARE(rows[1].toArray()[0].toString(), u"3"_s);
        QCOMPARE(rows[2].toArray()[0].toString(), u"4"_s);
        QVERIFY(rows[2].toArray()[2].toString().contains(u"not an e-mail address"_s));
        QCOMPARE(rows[3].toArray()[0].toString(), u"5"_s);
        QVERIFY(rows[3].toArray()[2].toString().contains(u"3 fields, the header has 4"_s));
        QCOMPARE(rows[3].toArray()[3].toString(), u"Alan"_s); // the row as it was read
        bool duplicateReported = false;
        for (const QJsonValue &issue : s[u"issues"_s].toArray())
            duplicateReported |= issue[u"message"_s].toString() ==
                                 u"same name and e-mail as row 2: this row's values are the ones "
                                 "kept"_s;
        QVERIFY(duplicateReported);
    }

    // An order of two tickets, both with the booker's e-mail: two people, whatever the policy.
    void peopleSharingAnEmailAreNeverMerged_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::newRow("update") << u"update"_s;
        QTest::newRow("skip") << u"skip"_s;
        QTest::newRow("add") << u"add"_s;
    }

    void peopleSharingAnEmailAreNeverMerged()
    {
        QFETCH(QString, policy);
        const QString event = sample();
        const QString csv = m_dir.filePath(u"shared-%1.csv"_s.arg(m_count));
        writeFile(csv, "First name,Surname,Email,Step-free access\n"
                       "Ann,Lee,ann@example.org,yes\n"
                       "Ben,Lee,ANN@example.org,no\n");
        const CliResult r =
            runCli({u"import"_s, event, csv, u"--on-duplicate"_s, policy, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(summary(r)[u"added"_s].toInt(), 2);
        QVERIFY2(r.out.contains(u"same e-mail as row 2, another name: added as another person"_s),
                 qPrintable(r.out));
        int lees = 0;
        for (const QJsonValue &p : people(event)) {
            if (p[u"family_name"_s].toString() != u"Lee"_s)
                continue;
            ++lees;
            QCOMPARE(p[u"needs_step_free"_s].toBool(), p[u"given_name"_s].toString() == u"Ann"_s);
        }
        QCOMPARE(lees, 2);
    }

    void cancelledPeopleGetNoGroup()
    {
        const QString event = sample();
        const QString csv = m_dir.filePath(u"status-%1.csv"_s.arg(m_count));
        writeFile(csv, "First name,Surname,Email,Status,Group\n"
                       "Cara,Ode,cara@example.org,cancelled,Salford\n"
                       "Dev,Ode,dev@example.org,waitlisted,Salford\n"
                       "Eve,Ode,eve@example.org,booked,Salford\n");
        const CliResult r = runCli({u"import"_s, event, csv, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"the group is not given: the person is cancelled"_s),
                 qPrintable(r.out));
        const QJsonArray all = people(event);
        QVERIFY(person(all, u"cara@example.org"_s)[u"destination"_s].isNull());
        QVERIFY(person(all, u"dev@example.org"_s)[u"destination"_s].isNull());
        QCOMPARE(person(all, u"eve@example.org"_s)[u"destination"_s].toString(), u"Salford"_s);
    }

    // What goes with the import is written before it commits: if it cannot be, nothing is.
    void unwritableReportOrMappingChangesNothing_data()
    {
        QTest::addColumn<QString>("csv");
        QTest::addColumn<QStringList>("options");
        QTest::newRow("report") << u"mixed-bad-rows.csv"_s
                                << QStringList{u"--skip-bad-rows"_s, u"/nonexistent/r.csv"_s};
        QTest::newRow("mapping") << u"eventbrite-uk.csv"_s
                                 << QStringList{u"--save-mapping"_s, u"/nonexistent/m.json"_s};
    }

    void unwritableReportOrMappingChangesNothing()
    {
        QFETCH(QString, csv);
        QFETCH(QStringList, options);
        const QString event = sample();
        // Without the option, the mapping's file goes in and the report's is refused.
        QCOMPARE(runCli(QStringList{u"import"_s, event, data(csv), u"--dry-run"_s}).exitCode,
                 options.first() == u"--skip-bad-rows"_s ? 2 : 0);
        const CliResult r = runCli(QStringList{u"import"_s, event, data(csv)} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"/nonexistent/"_s) && r.err.contains(u"cannot be written"_s),
                 qPrintable(r.err));
        QCOMPARE(people(event).size(), 45);
    }

    void everyRowBadIsExit2EvenWithAReport()
    {
        const QString event = sample();
        const QString csv = m_dir.filePath(u"allbad-%1.csv"_s.arg(m_count));
        writeFile(csv, "First name,Surname,Email\n,Lee,x@example.org\n");
        const QString report = m_dir.filePath(u"allbad-report-%1.csv"_s.arg(m_count));
        const CliResult r = runCli({u"import"_s, event, csv, u"--skip-bad-rows"_s, report});
        QCOMPARE(r.exitCode, 2);
        QVERIFY(QFile::exists(report));
        QCOMPARE(people(event).size(), 45);
    }

    void duplicatePolicies_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("added");
        QTest::addColumn<int>("updated");
        QTest::addColumn<int>("skipped");
        QTest::newRow("update") << u"update"_s << 0 << 3 << 0;
        QTest::newRow("skip") << u"skip"_s << 0 << 0 << 3;
        QTest::newRow("add") << u"add"_s << 3 << 0 << 0;
    }

    void duplicatePolicies()
    {
        QFETCH(QString, policy);
        QFETCH(int, added);
        QFETCH(int, updated);
        QFETCH(int, skipped);
        const QString event = sample();
        QCOMPARE(runCli({u"import"_s, event, data(u"eventbrite-uk.csv"_s)}).exitCode, 0);
        const CliResult r = runCli({u"import"_s, event, data(u"eventbrite-uk.csv"_s),
                                    u"--on-duplicate"_s, policy, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        const QJsonObject s = summary(r);
        QCOMPARE(s[u"added"_s].toInt(), added);
        QCOMPARE(s[u"updated"_s].toInt(), updated);
        QCOMPARE(s[u"skipped_duplicates"_s].toInt(), skipped);
        QCOMPARE(people(event).size(), 48 + added);
    }

    void dryRunChangesNothing()
    {
        const QString event = sample();
        const CliResult r =
            runCli({u"import"_s, event, data(u"eventbrite-us.csv"_s), u"--dry-run"_s, u"--json"_s});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(summary(r)[u"added"_s].toInt(), 5);
        QVERIFY(summary(r)[u"dry_run"_s].toBool());
        QCOMPARE(people(event).size(), 45);
    }

    // A dry run needs no write access: it works on a file open in the app, and changes nothing.
    void dryRunWorksOnAFileOpenElsewhere()
    {
        const QString event = sample();
        const auto held = EventFile::open(event, EventFile::Mode::ReadWrite);
        CliResult r =
            runCli({u"import"_s, event, data(u"eventbrite-us.csv"_s), u"--dry-run"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(summary(r)[u"added"_s].toInt(), 5);
        r = runCli({u"import"_s, event, data(u"eventbrite-us.csv"_s)});
        QCOMPARE(r.exitCode, 2); // a real import still cannot
        QCOMPARE(EventReader::load(*held).participants.size(), 45);
    }

    void savedMappingIsReused()
    {
        const QString event = sample();
        const QString mapping = m_dir.filePath(u"mapping.json"_s);
        QCOMPARE(runCli({u"import"_s, event, data(u"bom-crlf.csv"_s), u"--dry-run"_s,
                         u"--save-mapping"_s, mapping})
                     .exitCode,
                 0);
        // Edit it as a person would: the second choice is ignored from now on.
        QJsonObject json = QJsonDocument::fromJson(readFile(mapping)).object();
        QJsonObject columns = json[u"columns"_s].toObject();
        QCOMPARE(columns[u"Name"_s].toString(), u"full_name"_s);
        columns[u"Second choice"_s] = u"ignore"_s;
        json[u"columns"_s] = columns;
        writeFile(mapping, QJsonDocument(json).toJson());
        const CliResult r = runCli(
            {u"import"_s, event, data(u"bom-crlf.csv"_s), u"--mapping"_s, mapping, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(summary(r)[u"mapping"_s].toString(), u"saved"_s);
        QCOMPARE(person(people(event), u"aoife.brennan@example.net"_s)[u"choices"_s].toArray(),
                 QJsonArray{u"Salford"_s});
    }

    void mappingThatIsNotAnObjectIsNamed()
    {
        const QString event = sample();
        const QString list = m_dir.filePath(u"list.json"_s);
        writeFile(list, "[]");
        const QString broken = m_dir.filePath(u"broken.json"_s);
        writeFile(broken, "{\"format\": ");
        CliResult r = runCli({u"import"_s, event, data(u"bom-crlf.csv"_s), u"--mapping"_s, list});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"list.json: a mapping is a JSON object"_s), qPrintable(r.err));
        r = runCli({u"import"_s, event, data(u"bom-crlf.csv"_s), u"--mapping"_s, broken});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"broken.json: not JSON ("_s) &&
                     !r.err.contains(u"no error occurred"_s),
                 qPrintable(r.err));
        QCOMPARE(people(event).size(), 45);
    }

    static QString phoneOf(const QString &event, const QString &email)
    {
        const EventData data =
            EventReader::load(*EventFile::open(event, EventFile::Mode::ReadOnly));
        for (const Participant &p : data.participants) {
            if (p.email == email)
                return p.phone;
        }
        return {};
    }

    // The issue's case: a phone corrected in Fieldday survives a re-import of the partner's
    // sheet; a sheet that changed it too shows both values, and --on-conflict settles it.
    void reimportKeepsCorrectionsAndShowsConflicts()
    {
        const QString event = sample();
        const QString first = m_dir.filePath(u"partner-1.csv"_s);
        writeFile(first, "First name,Surname,Email,Mobile phone,Organisation\n"
                         "Ada,Lovelace,ada@example.org,0161 000,Salford CVS\n"
                         "Alan,Turing,alan@example.org,0161 001,Bletchley\n");
        QCOMPARE(runCli({u"import"_s, event, first}).exitCode, 0);
        {
            const auto file = EventFile::open(event, EventFile::Mode::ReadWrite);
            ParticipantRepository repository(*file);
            Participant ada = *repository.find(repository.idsByEmail().value(u"ada@example.org"_s));
            ada.phone = u"07700 900123"_s; // the organiser's correction
            repository.update(ada);
        }
        // The same sheet again, and one that changed only the organisation: the phone stays.
        const CliResult same = runCli({u"import"_s, event, first, u"--json"_s});
        QCOMPARE(same.exitCode, 0);
        QCOMPARE(summary(same)[u"kept"_s].toArray().size(), 1);
        QCOMPARE(summary(same)[u"kept"_s][0][u"field"_s].toString(), u"phone"_s);
        QCOMPARE(summary(same)[u"unchanged"_s].toInt(), 2);
        const QString second = m_dir.filePath(u"partner-2.csv"_s);
        writeFile(second, "First name,Surname,Email,Mobile phone,Organisation\n"
                          "Ada,Lovelace,ada@example.org,0161 000,Salford CVS Ltd\n"
                          "Alan,Turing,alan@example.org,0161 001,Bletchley\n");
        const CliResult text = runCli({u"import"_s, event, second});
        QCOMPARE(text.exitCode, 0);
        QVERIFY2(text.out.contains(u"updated   2: organisation 1; 1 already up to date"_s),
                 qPrintable(text.out));
        QVERIFY2(text.out.contains(
                     u"row 2, Ada Lovelace, organisation: \"Salford CVS\" → \"Salford CVS Ltd\""_s),
                 qPrintable(text.out));
        QCOMPARE(person(people(event), u"ada@example.org"_s)[u"organisation"_s].toString(),
                 u"Salford CVS Ltd"_s);
        QCOMPARE(people(event).size(), 47);

        // A sheet that changed the phone as well: a conflict, shown with both values.
        const QString third = m_dir.filePath(u"partner-3.csv"_s);
        writeFile(third, "First name,Surname,Email,Mobile phone,Organisation\n"
                         "Ada,Lovelace,ada@example.org,0161 555,Salford CVS Ltd\n");
        const CliResult keep = runCli({u"import"_s, event, third, u"--dry-run"_s, u"--json"_s});
        const QJsonArray conflicts = summary(keep)[u"conflicts"_s].toArray();
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(conflicts[0][u"field"_s].toString(), u"phone"_s);
        QCOMPARE(conflicts[0][u"mine"_s].toString(), u"07700 900123"_s);
        QCOMPARE(conflicts[0][u"file"_s].toString(), u"0161 555"_s);
        QCOMPARE(conflicts[0][u"kept"_s].toString(), u"mine"_s);
        QCOMPARE(conflicts[0][u"name"_s].toString(), u"Ada Lovelace"_s);
        QCOMPARE(summary(keep)[u"on_conflict"_s].toString(), u"keep"_s);
        const CliResult keepText = runCli({u"import"_s, event, third});
        QVERIFY2(
            keepText.out.contains(
                u"row 2, Ada Lovelace, phone: yours \"07700 900123\", the file's \"0161 555\""_s),
            qPrintable(keepText.out));
        QCOMPARE(phoneOf(event, u"ada@example.org"_s), u"07700 900123"_s);
        // Taking the file's instead (the file's value is the last imported now: the same sheet
        // is no longer a conflict, so a fourth sheet brings one).
        const QString fourth = m_dir.filePath(u"partner-4.csv"_s);
        writeFile(fourth, "First name,Surname,Email,Mobile phone\n"
                          "Ada,Lovelace,ada@example.org,0161 666\n");
        const CliResult take =
            runCli({u"import"_s, event, fourth, u"--on-conflict"_s, u"file"_s, u"--json"_s});
        QCOMPARE(take.exitCode, 0);
        QCOMPARE(summary(take)[u"conflicts"_s][0][u"kept"_s].toString(), u"file"_s);
        QCOMPARE(summary(take)[u"changed_fields"_s][u"phone"_s].toInt(), 1);
        QCOMPARE(phoneOf(event, u"ada@example.org"_s), u"0161 666"_s);
    }

    void badOptions_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("encoding") << QStringList{u"--encoding"_s, u"ebcdic"_s} << u"--encoding"_s;
        QTest::newRow("delimiter") << QStringList{u"--delimiter"_s, u"#"_s} << u"--delimiter"_s;
        QTest::newRow("policy") << QStringList{u"--on-duplicate"_s, u"merge"_s}
                                << u"--on-duplicate"_s;
        QTest::newRow("mapping") << QStringList{u"--mapping"_s, u"nowhere.json"_s}
                                 << u"--mapping"_s;
        QTest::newRow("conflict") << QStringList{u"--on-conflict"_s, u"theirs"_s}
                                  << u"--on-conflict: expected keep or file"_s;
    }

    void badOptions()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const QString event = sample();
        const CliResult r =
            runCli(QStringList{u"import"_s, event, data(u"bom-crlf.csv"_s)} + options);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(people(event).size(), 45);
    }
};

QTEST_GUILESS_MAIN(TestImportCli)
#include "TestImportCli.moc"
