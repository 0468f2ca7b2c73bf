#include "CliRunner.h"
#include "EarlierVersion.h"
#include "TestUtil.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;
using namespace fieldday::test;

// A file made by an earlier Fieldday is read by every command that only reads, without being
// written: on a read-only stick, or while the app has it open.
class TestEarlierVersionsCli : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_current;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_current = path(u"current.fieldday"_s);
        QCOMPARE(runCli({u"new"_s, m_current, u"--sample"_s}).exitCode, 0);
    }

    void everyReadOnlyCommand_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<QStringList>("arguments"); // FILE is put after the command
        QTest::addColumn<int>("exitCode"); // the sample has no planning errors
        const QString bookings = QStringLiteral(FIELDDAY_TEST_DATA "/import/eventbrite-uk.csv");
        const QList<std::pair<QString, QStringList>> commands = {
            {u"info"_s, {}},
            {u"info --json"_s, {u"--json"_s}},
            {u"participants"_s, {}},
            {u"participants --json"_s, {u"--json"_s}},
            {u"check"_s, {}},
            {u"agenda"_s, {}},
            {u"agenda --ics"_s, {u"--ics"_s, u"OUT/agenda.ics"_s}},
            {u"legs --json"_s, {u"--json"_s}},
            {u"waitlist --json"_s, {u"--json"_s}},
            {u"export partner csv"_s, {u"--out"_s, u"OUT/partner.csv"_s}},
            {u"export full xlsx"_s, {u"--out"_s, u"OUT/full.xlsx"_s, u"--profile"_s, u"full"_s}},
            {u"roster"_s, {u"--out"_s, u"OUT/roster.pdf"_s}},
            {u"daysheet"_s, {u"--out"_s, u"OUT/daysheet.pdf"_s}},
            {u"manifest"_s, {u"--out"_s, u"OUT/manifest.pdf"_s}},
            {u"badges"_s, {u"--out"_s, u"OUT/badges.pdf"_s}},
            {u"backup"_s, {u"OUT/copy.fieldday"_s}},
            {u"allocate --dry-run"_s, {u"--dry-run"_s}},
            {u"import --dry-run"_s, {bookings, u"--dry-run"_s}},
        };
        for (int version = 1; version < Schema::currentVersion(); ++version) {
            for (const auto &[name, arguments] : commands) {
                const QString command = name.section(u' ', 0, 0);
                QTest::addRow("v%d %s", version, qPrintable(name))
                    << version << (QStringList{command} + arguments) << 0;
            }
        }
    }

    void everyReadOnlyCommand()
    {
        QFETCH(int, version);
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        const QString tag = QString::fromUtf8(QTest::currentDataTag()).replace(u' ', u'_');
        const QString out = path(tag);
        QVERIFY(QDir().mkpath(out));
        const QString file = out + u"/earlier.fieldday"_s;
        QCOMPARE(writeEarlierVersion(m_current, version, file), QString());
        const QByteArray before = fileHash(file);

        for (QString &argument : arguments)
            argument.replace(u"OUT/"_s, out + u'/');
        arguments.insert(1, file);
        const CliResult result = runCli(arguments);
        QVERIFY2(result.exitCode == exitCode,
                 qPrintable(u"exit %1: %2"_s.arg(result.exitCode).arg(result.err)));
        QVERIFY2(!result.err.contains(u"no such"_s), qPrintable(result.err));
        QCOMPARE(fileHash(file), before);
        if (arguments.contains(u"--json"_s) && arguments.first() == u"info"_s) {
            const QJsonObject info = QJsonDocument::fromJson(result.out.toUtf8()).object();
            QCOMPARE(info.value(u"schema_version"_s).toInt(), version);
            QCOMPARE(info.value(u"participants"_s).toObject().value(u"total"_s).toInt(), 45);
        }
    }
};

QTEST_GUILESS_MAIN(TestEarlierVersionsCli)
#include "TestEarlierVersionsCli.moc"
