#include "csv/CsvReader.h"

#include <QBuffer>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringDecoder>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

using Rows = QList<QStringList>;

// The CSV reader: RFC 4180, encodings, delimiters, and every malformed input named precisely.
class TestCsvReader : public QObject
{
    Q_OBJECT

    static constexpr const char *spectrum = "/usr/share/nodejs/csv-spectrum";

private slots:
    void csvSpectrum_data()
    {
        QTest::addColumn<QString>("name");
        const QDir dir(QString::fromLatin1(spectrum) + u"/csvs"_s);
        if (!dir.exists())
            QSKIP("csv-spectrum is not installed (Debian package node-csv-spectrum)");
        for (const QString &file : dir.entryList({u"*.csv"_s}, QDir::Files))
            QTest::newRow(qPrintable(file)) << QFileInfo(file).completeBaseName();
    }

    void csvSpectrum()
    {
        QFETCH(QString, name);
        const QString root = QString::fromLatin1(spectrum);
        QFile csv(root + u"/csvs/"_s + name + u".csv"_s);
        QFile json(root + u"/json/"_s + name + u".json"_s);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(json.open(QIODevice::ReadOnly));
        const QJsonArray expected = QJsonDocument::fromJson(json.readAll()).array();

        CsvReader reader(&csv);
        QStringList header;
        QVERIFY(reader.readRow(header));
        QJsonArray actual;
        QStringList fields;
        while (reader.readRow(fields)) {
            QJsonObject object;
            for (qsizetype i = 0; i < header.size(); ++i)
                object.insert(header[i], fields.value(i));
            actual.append(object);
        }
        QVERIFY2(!reader.hasError(), qPrintable(reader.error().toString(name)));
        QCOMPARE(actual, expected);
    }

    void recordsAndLineEnds_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<Rows>("rows");
        const Rows ab = {{u"a"_s, u"b"_s}, {u"1"_s, u"2"_s}};
        QTest::newRow("LF") << QByteArray("a,b\n1,2\n") << ab;
        QTest::newRow("CRLF") << QByteArray("a,b\r\n1,2\r\n") << ab;
        QTest::newRow("lone CR") << QByteArray("a,b\r1,2\r") << ab;
        QTest::newRow("no final line end") << QByteArray("a,b\n1,2") << ab;
        QTest::newRow("blank lines skipped") << QByteArray("a,b\n\n1,2\n\n") << ab;
        QTest::newRow("quoted comma")
            << QByteArray("a,b\n\"1,5\",2\n") << Rows{{u"a"_s, u"b"_s}, {u"1,5"_s, u"2"_s}};
        QTest::newRow("doubled quotes") << QByteArray("a,b\n\"say \"\"hi\"\"\",2\n")
                                        << Rows{{u"a"_s, u"b"_s}, {u"say \"hi\""_s, u"2"_s}};
        QTest::newRow("quoted LF") << QByteArray("a,b\n\"line 1\nline 2\",2\n")
                                   << Rows{{u"a"_s, u"b"_s}, {u"line 1\nline 2"_s, u"2"_s}};
        QTest::newRow("quoted CRLF kept") << QByteArray("a,b\r\n\"x\r\ny\",2\r\n")
                                          << Rows{{u"a"_s, u"b"_s}, {u"x\r\ny"_s, u"2"_s}};
        QTest::newRow("empty fields")
            << QByteArray("a,b,c\n,,\n")
            << Rows{{u"a"_s, u"b"_s, u"c"_s}, {QString(), QString(), QString()}};
        QTest::newRow("trailing empty field at EOF")
            << QByteArray("a,b\n1,") << Rows{{u"a"_s, u"b"_s}, {u"1"_s, QString()}};
        QTest::newRow("header only") << QByteArray("a,b\n") << Rows{{u"a"_s, u"b"_s}};
        QTest::newRow("empty file") << QByteArray() << Rows{};
    }

    void recordsAndLineEnds()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(Rows, rows);
        CsvError error;
        QCOMPARE(CsvReader::readAll(bytes, {}, &error), rows);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
    }

    void encodings_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<int>("forced");
        QTest::addColumn<QString>("expectedName");
        QTest::addColumn<int>("expectedEncoding");
        const QString names = u"Zoë,Siobhán,Łukasz,€5"_s;
        const QByteArray utf8 = names.toUtf8();
        QTest::newRow("UTF-8") << utf8 << int(CsvEncoding::Auto) << names << int(CsvEncoding::Utf8);
        QTest::newRow("UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") + utf8 << int(CsvEncoding::Auto)
                                   << names << int(CsvEncoding::Utf8);
        QStringEncoder le(QStringEncoder::Utf16LE, QStringEncoder::Flag::WriteBom);
        QStringEncoder be(QStringEncoder::Utf16BE, QStringEncoder::Flag::WriteBom);
        QTest::newRow("UTF-16LE BOM") << QByteArray(le.encode(names)) << int(CsvEncoding::Auto)
                                      << names << int(CsvEncoding::Utf16);
        QTest::newRow("UTF-16BE BOM") << QByteArray(be.encode(names)) << int(CsvEncoding::Auto)
                                      << names << int(CsvEncoding::Utf16);
        // Windows-1252: ë = EB, á = E1, € = 80; Ł does not exist there.
        QTest::newRow("Windows-1252 detected")
            << QByteArray("Zo\xEB,Siobh\xE1n,\x80") << int(CsvEncoding::Auto) << u"Zoë,Siobhán,€"_s
            << int(CsvEncoding::Windows1252);
        QTest::newRow("Windows-1252 quotes")
            << QByteArray("\x93quoted\x94 \x96 dash") << int(CsvEncoding::Auto)
            << u"“quoted” – dash"_s << int(CsvEncoding::Windows1252);
        QTest::newRow("forced Windows-1252")
            << QByteArray("caf\xC3\xA9") << int(CsvEncoding::Windows1252) << u"cafÃ©"_s
            << int(CsvEncoding::Windows1252);
    }

    void encodings()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(int, forced);
        QFETCH(QString, expectedName);
        QFETCH(int, expectedEncoding);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvOptions options;
        options.encoding = CsvEncoding(forced);
        CsvReader reader(&buffer, options);
        QStringList fields;
        QVERIFY(reader.readRow(fields));
        QCOMPARE(fields.join(u','), expectedName);
        QCOMPARE(int(reader.encoding()), expectedEncoding);
    }

    void invalidUtf8WhenForcedIsNamed()
    {
        CsvOptions options;
        options.encoding = CsvEncoding::Utf8;
        CsvError error;
        CsvReader::readAll("a,b\n1,2\n3,Zo\xEB\n", options, &error);
        QCOMPARE(error.row, 3);
        QCOMPARE(error.field, 2);
        QVERIFY(error.message.contains(u"windows-1252"_s));
    }

    // UTF-8 with one stray byte is not read as Windows-1252, which would garble every accented
    // name; the stray byte is reported where it is.
    void strayByteInUtf8IsNamedNotGarbled()
    {
        CsvError error;
        CsvReader::readAll("given,family\nZo\xC3\xAB,Ashworth\nAnn,Le\xE9\n", {}, &error);
        QCOMPARE(error.row, 3);
        QCOMPARE(error.field, 2);
        QVERIFY(error.message.contains(u"not valid UTF-8"_s));
    }

    // Another kind of file is named for what it is; its bytes do not go into a message.
    void binaryFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("message");
        QTest::newRow("xlsx") << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << u"zip archive"_s;
        QTest::newRow("sqlite") << QByteArray("SQLite format 3\0\x10\0", 19) << u"SQLite"_s;
        QTest::newRow("binary") << QByteArray("\x7f"
                                              "ELF\x02\x01\0\0",
                                              8)
                                << u"binary data"_s;
    }

    void binaryFilesAreRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, message);
        CsvError error;
        CsvReader::readAll(bytes, {}, &error);
        QCOMPARE(error.row, 1);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(!error.message.contains(u"ELF"_s));
    }

    void nulInsideAFieldIsAnError()
    {
        QByteArray bytes = "name\n";
        bytes += QByteArray(1 << 20, 'x'); // past the first chunk, which is checked whole
        bytes += "\nJo";
        bytes += '\0';
        bytes += "nes\n";
        CsvError error;
        CsvReader::readAll(bytes, {}, &error);
        QCOMPARE(error.row, 3);
        QVERIFY2(error.message.contains(u"NUL"_s), qPrintable(error.message));
    }

    void utf8SplitAcrossChunksIsNotAnError()
    {
        // A 2-byte character straddling the 1 MiB chunk boundary.
        QByteArray bytes = "name\n";
        while (bytes.size() < (1 << 20) - 1)
            bytes += "x";
        bytes += "\xC3\xA9\nZo\xC3\xAB\n";
        CsvError error;
        const Rows rows = CsvReader::readAll(bytes, {}, &error);
        QVERIFY2(error.message.isEmpty(), qPrintable(error.message));
        QCOMPARE(rows.size(), 3);
        QVERIFY(rows[1][0].endsWith(u"xé"_s));
        QCOMPARE(rows[2][0], u"Zoë"_s);
    }

    void delimiters_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("forced");
        QTest::addColumn<QChar>("detected");
        QTest::addColumn<QStringList>("second");
        QTest::newRow("comma") << QByteArray("a,b\n1,2\n") << QString() << QChar(u',')
                               << QStringList{u"1"_s, u"2"_s};
        QTest::newRow("semicolon") << QByteArray("a;b\n1,5;2\n") << QString() << QChar(u';')
                                   << QStringList{u"1,5"_s, u"2"_s};
        QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << QString() << QChar(u'\t')
                             << QStringList{u"1"_s, u"2"_s};
        QTest::newRow("quoted delimiters do not count")
            << QByteArray("\"a;b;c\",d\n1,2\n") << QString() << QChar(u',')
            << QStringList{u"1"_s, u"2"_s};
        QTest::newRow("override") << QByteArray("a;b,c\n1;2,3\n") << u","_s << QChar(u',')
                                  << QStringList{u"1;2"_s, u"3"_s};
    }

    void delimiters()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, forced);
        QFETCH(QChar, detected);
        QFETCH(QStringList, second);
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvOptions options;
        if (!forced.isEmpty())
            options.delimiter = forced.at(0);
        CsvReader reader(&buffer, options);
        QStringList fields;
        QVERIFY(reader.readRow(fields));
        QVERIFY(reader.readRow(fields));
        QCOMPARE(reader.delimiter(), detected);
        QCOMPARE(fields, second);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qint64>("row");
        QTest::addColumn<qint64>("line");
        QTest::addColumn<int>("field");
        QTest::addColumn<QString>("message");
        QTest::addColumn<int>("rowsBefore");
        QTest::newRow("unbalanced quote") << QByteArray("a,b\n1,2\n3,\"open\n4,5\n") << qint64(3)
                                          << qint64(3) << 2 << u"unbalanced quote"_s << 2;
        QTest::newRow("stray quote") << QByteArray("a,b\n1,sa\"y\n") << qint64(2) << qint64(2) << 2
                                     << u"quote inside an unquoted field"_s << 1;
        QTest::newRow("text after closing quote")
            << QByteArray("a,b\n\"x\"y,2\n") << qint64(2) << qint64(2) << 1
            << u"text after the closing quote"_s << 1;
        QTest::newRow("too few fields")
            << QByteArray("a,b,c\n1,2,3\n4,5\n") << qint64(3) << qint64(3) << 3
            << u"the row has 2 fields, the header has 3"_s << 2;
        QTest::newRow("too many fields") << QByteArray("a,b\n1,2,3\n") << qint64(2) << qint64(2)
                                         << 3 << u"the row has 3 fields, the header has 2"_s << 1;
        QTest::newRow("line counted past quoted breaks")
            << QByteArray("a,b\n\"x\ny\",2\n3,\"z\"!\n") << qint64(3) << qint64(4) << 2
            << u"text after the closing quote"_s << 2;
    }

    void malformed()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qint64, row);
        QFETCH(qint64, line);
        QFETCH(int, field);
        QFETCH(QString, message);
        QFETCH(int, rowsBefore);
        CsvError error;
        const Rows rows = CsvReader::readAll(bytes, {}, &error);
        QCOMPARE(rows.size(), rowsBefore); // nothing after the error, nothing merged
        QCOMPARE(error.row, row);
        QCOMPARE(error.line, line);
        QCOMPARE(error.field, field);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY(error.toString(u"b.csv"_s).startsWith(u"b.csv: row "_s));
    }

    void fieldCountCheckCanBeOff()
    {
        CsvOptions options;
        options.requireSameFieldCount = false;
        CsvError error;
        const Rows rows = CsvReader::readAll("a,b\n1\n2,3,4\n", options, &error);
        QCOMPARE(rows.size(), 3);
        QVERIFY(error.message.isEmpty());
    }

    void streamsLargeInput()
    {
        // Many chunks; a quoted field with a line break across a chunk boundary.
        QByteArray bytes = "id,text\n";
        for (int i = 0; i < 60000; ++i)
            bytes += QByteArray::number(i) + ",\"Zoë \"\"" + QByteArray::number(i) +
                     "\"\"\nsecond line\"\r\n";
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvReader reader(&buffer);
        QStringList fields;
        qint64 count = 0;
        QVERIFY(reader.readRow(fields));
        while (reader.readRow(fields)) {
            QCOMPARE(fields[0].toLongLong(), count);
            QCOMPARE(fields[1], u"Zoë \"%1\"\nsecond line"_s.arg(count));
            ++count;
        }
        QVERIFY(!reader.hasError());
        QCOMPARE(count, 60000);
        QCOMPARE(reader.lineNumber(), 2 + 2 * 59999);
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "TestCsvReader.moc"
