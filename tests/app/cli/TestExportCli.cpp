#include "CliRunner.h"
#include "TestUtil.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday::test;

// Participant lists: only what a partner may see, safe in a spreadsheet, read back exactly.
class TestExportCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_event;
    static inline const QString hostile = u"=HYPERLINK(\"http://x\",\"y\")"_s;

    // Python's csv module reads the file as a spreadsheet user's tools would.
    static QJsonArray readCsv(const QString &path, const QString &delimiter = u","_s)
    {
        QProcess python;
        python.start(u"python3"_s,
                     {u"-c"_s,
                      u"import csv,sys,json; print(json.dumps(list(csv.reader(open(sys.argv[1], "
                      "encoding='utf-8-sig', newline=''), delimiter=sys.argv[2]))))"_s,
                      path, delimiter});
        python.waitForFinished();
        return QJsonDocument::fromJson(python.readAllStandardOutput()).array();
    }

    static QJsonObject rowFor(const QJsonArray &rows, const QString &column, const QString &value)
    {
        const QJsonArray header = rows[0].toArray();
        const qsizetype c = header.toVariantList().indexOf(column);
        for (qsizetype r = 1; r < rows.size(); ++r) {
            if (rows[r][c].toString() == value) {
                QJsonObject object;
                for (qsizetype i = 0; i < header.size(); ++i)
                    object.insert(header[i].toString(), rows[r][i]);
                return object;
            }
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        m_event = m_dir.filePath(u"e.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, m_event, u"--sample"_s}).exitCode, 0);
        // A hostile organisation name, as a booking form might deliver it.
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"edit"_s);
            db.setDatabaseName(m_event);
            QVERIFY(db.open());
            QSqlQuery q(db);
            q.prepare(
                u"UPDATE participant SET organisation = ? WHERE email = 'zoe.ashworth@example.org'"_s);
            q.addBindValue(hostile);
            QVERIFY(q.exec());
            QVERIFY(q.exec(
                u"UPDATE participant SET role = '+44 policy; \"lead\"' WHERE email = 'mai.nguyen@example.org'"_s));
        }
        QSqlDatabase::removeDatabase(u"edit"_s);
    }

    void partnerListHasOnlyWhatItMay()
    {
        const QString out = m_dir.filePath(u"salford.csv"_s);
        const CliResult r =
            runCli({u"export"_s, m_event, u"--out"_s, out, u"--group"_s, u"Salford"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.err.isEmpty());
        const QJsonArray rows = readCsv(out);
        const QStringList header = rows[0].toVariant().toStringList();
        QCOMPARE(header, (QStringList{u"Given name"_s, u"Family name"_s, u"Organisation"_s,
                                      u"Role"_s, u"Email"_s, u"Phone"_s}));
        QCOMPARE(rows.size(), 1 + 15);
        // Sinéad did not consent to share her contact details: name and organisation only.
        const QJsonObject sinead = rowFor(rows, u"Given name"_s, u"Sinéad"_s);
        QCOMPARE(sinead[u"Organisation"_s].toString(), u"Rochdale Borough Council"_s);
        QVERIFY(sinead[u"Email"_s].toString().isEmpty());
        QVERIFY(sinead[u"Phone"_s].toString().isEmpty());
        const QJsonObject zoe = rowFor(rows, u"Given name"_s, u"Zoë"_s);
        QCOMPARE(zoe[u"Email"_s].toString(), u"zoe.ashworth@example.org"_s);
        // The hostile value is text: prefixed, the rest intact.
        QCOMPARE(zoe[u"Organisation"_s].toString(), u"'"_s + hostile);
        // Nobody from another group, nobody cancelled or waitlisted.
        QVERIFY(rowFor(rows, u"Family name"_s, u"Adeyemi"_s).isEmpty()); // Wigan
        QVERIFY(rowFor(rows, u"Family name"_s, u"Karimi"_s).isEmpty());  // waitlisted
    }

    void partnerListNeverCarriesSpecialCategoryData_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("dietary") << u"Vegetarian"_s;
        QTest::newRow("access") << u"Uses a wheelchair"_s;
        QTest::newRow("emergency contact") << u"Next of kin"_s;
        QTest::newRow("notes") << u"Pinned to Salford by the organisers"_s;
    }

    void partnerListNeverCarriesSpecialCategoryData()
    {
        QFETCH(QString, value);
        for (const QString &ext : {u"csv"_s, u"xlsx"_s}) {
            const QString out = m_dir.filePath(u"all-partner."_s + ext);
            QCOMPARE(runCli({u"export"_s, m_event, u"--out"_s, out}).exitCode, 0);
            QByteArray content = readFile(out);
            if (ext == u"xlsx"_s) {
                QProcess unzip;
                unzip.start(
                    u"python3"_s,
                    {u"-c"_s,
                     u"import zipfile,sys; z=zipfile.ZipFile(sys.argv[1]); "
                     "print(''.join(z.read(n).decode() for n in z.namelist() if n.endswith('.xml')))"_s,
                     out});
                unzip.waitForFinished();
                content = unzip.readAllStandardOutput();
            }
            QVERIFY2(!QString::fromUtf8(content).contains(value),
                     qPrintable(ext + u": "_s + value));
        }
    }

    void namedSpecialCategoryColumnsWarn()
    {
        const QString out = m_dir.filePath(u"diet.csv"_s);
        const CliResult r = runCli({u"export"_s, m_event, u"--out"_s, out, u"--columns"_s,
                                    u"given_name,family_name,dietary_needs,email"_s});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(u"warning: column \"Dietary needs\" is special-category data"_s),
                 qPrintable(r.err));
        const QJsonArray rows = readCsv(out);
        QCOMPARE(rows[0].toVariant().toStringList(),
                 (QStringList{u"Given name"_s, u"Family name"_s, u"Dietary needs"_s, u"Email"_s}));
        // Consent still rules the contact column.
        QVERIFY(rowFor(rows, u"Given name"_s, u"Sinéad"_s)[u"Email"_s].toString().isEmpty());
    }

    void fullExportReadsBackIntoAnEvent()
    {
        const QString out = m_dir.filePath(u"full.csv"_s);
        QCOMPARE(
            runCli({u"export"_s, m_event, u"--out"_s, out, u"--profile"_s, u"full"_s}).exitCode, 0);
        const QJsonArray rows = readCsv(out);
        QCOMPARE(rows.size(), 46);
        QCOMPARE(rows[0][0].toString(), u"given_name"_s);
        // Into an event with the same groups and nobody in it: everyone back, exactly.
        const QString copy = m_dir.filePath(u"copy.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, copy, u"--sample"_s}).exitCode, 0);
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"clear"_s);
            db.setDatabaseName(copy);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(u"PRAGMA foreign_keys = ON"_s));
            QVERIFY(q.exec(u"DELETE FROM participant"_s));
        }
        QSqlDatabase::removeDatabase(u"clear"_s);
        const CliResult imported = runCli({u"import"_s, copy, out, u"--json"_s});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));
        auto people = [](const QString &file) {
            QJsonArray list =
                QJsonDocument::fromJson(runCli({u"participants"_s, file, u"--json"_s}).out.toUtf8())
                    .array();
            QMap<QString, QJsonObject> byEmail;
            for (const QJsonValue &v : list) {
                QJsonObject o = v.toObject();
                o.remove(u"id"_s);
                byEmail.insert(o[u"email"_s].toString(), o);
            }
            return byEmail;
        };
        QCOMPARE(people(copy), people(m_event));
    }

    void streamedFullExportEqualsTheColumnByColumnOne()
    {
        // The whole list is streamed from SQLite; naming every column goes through the event in
        // memory. Both must write the same bytes.
        const QString streamed = m_dir.filePath(u"streamed.csv"_s);
        const QString loaded = m_dir.filePath(u"loaded.csv"_s);
        QCOMPARE(runCli({u"export"_s, m_event, u"--out"_s, streamed, u"--profile"_s, u"full"_s})
                     .exitCode,
                 0);
        QString keys = QString::fromUtf8(readFile(streamed)).section(u"\r\n"_s, 0, 0);
        keys.remove(QChar(0xFEFF));
        QCOMPARE(runCli({u"export"_s, m_event, u"--out"_s, loaded, u"--profile"_s, u"full"_s,
                         u"--columns"_s, keys})
                     .exitCode,
                 0);
        QCOMPARE(readFile(streamed), readFile(loaded));
        QVERIFY(readFile(streamed).contains("'=HYPERLINK(\"\"http://x\"\""));
    }

    void formatOptions()
    {
        const QString semicolon = m_dir.filePath(u"semi.csv"_s);
        QCOMPARE(runCli({u"export"_s, m_event, u"--out"_s, semicolon, u"--delimiter"_s, u";"_s,
                         u"--no-bom"_s})
                     .exitCode,
                 0);
        const QByteArray bytes = readFile(semicolon);
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.contains("Given name;Family name"));
        QVERIFY(bytes.contains("\r\n"));
        QVERIFY(!bytes.contains("\r\n\r\n"));
        const QJsonArray rows = readCsv(semicolon, u";"_s);
        QCOMPARE(rowFor(rows, u"Given name"_s, u"Mai"_s)[u"Role"_s].toString(),
                 u"'+44 policy; \"lead\""_s);
        const QString bom = m_dir.filePath(u"bom.csv"_s);
        QCOMPARE(runCli({u"export"_s, m_event, u"--out"_s, bom}).exitCode, 0);
        QVERIFY(readFile(bom).startsWith("\xEF\xBB\xBF"));
    }

    void printedDocumentsFromTheCli_data()
    {
        QTest::addColumn<QString>("command");
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("expected");
        QTest::newRow("roster") << u"roster"_s << QStringList{u"--group"_s, u"Wigan"_s}
                                << u"Group roster"_s;
        QTest::newRow("roster letter")
            << u"roster"_s << QStringList{u"--paper"_s, u"letter"_s} << u"Group roster"_s;
        QTest::newRow("roster for the lead")
            << u"roster"_s << QStringList{u"--for"_s, u"lead"_s} << u"For the group lead"_s;
        QTest::newRow("roster for the host")
            << u"roster"_s << QStringList{u"--group"_s, u"Wigan"_s, u"--for"_s, u"host"_s}
            << u"Group roster for the host"_s;
        QTest::newRow("daysheet") << u"daysheet"_s << QStringList() << u"Reconvene"_s;
        QTest::newRow("manifest") << u"manifest"_s << QStringList{u"--group"_s, u"Salford"_s}
                                  << u"Headcount"_s;
        QTest::newRow("badges") << u"badges"_s << QStringList() << u"Salford"_s;
    }

    void printedDocumentsFromTheCli()
    {
        QFETCH(QString, command);
        QFETCH(QStringList, options);
        QFETCH(QString, expected);
        const QString pdf = m_dir.filePath(command + QString::number(options.size()) +
                                           options.join(QString()) + u".pdf"_s);
        const CliResult r = runCli(QStringList{command, m_event, u"--out"_s, pdf} + options);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(u"page"_s));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput()).contains(expected));
        QCOMPARE(runCli({command, m_event, u"--out"_s, m_dir.filePath(u"x.png"_s)}).exitCode, 2);
    }

    void rosterForNobodyElse()
    {
        const CliResult r = runCli(
            {u"roster"_s, m_event, u"--out"_s, m_dir.filePath(u"r.pdf"_s), u"--for"_s, u"press"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"--for: expected lead or host, got \"press\""_s),
                 qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"r.pdf"_s)));
    }

    void badRequests_data()
    {
        QTest::addColumn<QStringList>("options");
        QTest::addColumn<QString>("message");
        QTest::newRow("no out") << QStringList{} << u"--out"_s;
        QTest::newRow("bad extension") << QStringList{u"--out"_s, u"x.pdf"_s} << u".csv or .xlsx"_s;
        QTest::newRow("bad profile")
            << QStringList{u"--out"_s, u"x.csv"_s, u"--profile"_s, u"all"_s} << u"--profile"_s;
        QTest::newRow("bad column")
            << QStringList{u"--out"_s, u"x.csv"_s, u"--columns"_s, u"shoe_size"_s}
            << u"shoe_size"_s;
        QTest::newRow("bad group") << QStringList{u"--out"_s, u"x.csv"_s, u"--group"_s, u"Bolton"_s}
                                   << u"the groups: Salford"_s;
    }

    void badRequests()
    {
        QFETCH(QStringList, options);
        QFETCH(QString, message);
        const CliResult r = runCli(QStringList{u"export"_s, m_event} + options, m_dir.path());
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(m_dir.filePath(u"x.csv"_s)));
    }
};

QTEST_GUILESS_MAIN(TestExportCli)
#include "TestExportCli.moc"
