#include "import/ColumnMapping.h"
#include "import/DestinationMatcher.h"
#include "import/RowConverter.h"
#include "storage/Error.h"

#include <QJsonDocument>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Mapping headers to fields, matching destinations forgivingly, and reading values.
class TestColumnMapping : public QObject
{
    Q_OBJECT

    static QList<Destination> groups()
    {
        Destination s, w, t;
        s.id = 1;
        s.name = u"Salford"_s;
        s.hostOrganisation = u"Inspiring Communities Together"_s;
        w.id = 2;
        w.name = u"Wigan"_s;
        w.hostOrganisation = u"Leigh Neighbours (Big Local, Leigh West)"_s;
        t.id = 3;
        t.name = u"Trafford"_s;
        t.hostOrganisation = u"BlueSci"_s;
        return {s, w, t};
    }

private slots:
    void headers_data()
    {
        QTest::addColumn<QString>("header");
        QTest::addColumn<QString>("target");
        const QList<std::pair<QString, QString>> rows = {
            {u"First Name"_s, u"given_name"_s},
            {u" first name "_s, u"given_name"_s},
            {u"Last Name"_s, u"family_name"_s},
            {u"Surname"_s, u"family_name"_s},
            {u"Order #"_s, u"booking_ref"_s},
            {u"Order no."_s, u"booking_ref"_s},
            {u"Attendee #"_s, u"attendee_no"_s},
            {u"Attendee no."_s, u"attendee_no"_s},
            {u"Home Zip"_s, u"ignore"_s},
            {u"Home Postcode"_s, u"ignore"_s},
            {u"Ticket Type"_s, u"ticket_type"_s},
            {u"Company"_s, u"organisation"_s},
            {u"Organisation"_s, u"organisation"_s},
            {u"Job Title"_s, u"role"_s},
            {u"E-mail address"_s, u"email"_s},
            {u"Cell Phone"_s, u"phone"_s},
            {u"1st choice"_s, u"choice_1"_s},
            {u"Second choice"_s, u"choice_2"_s},
            {u"Choice 3"_s, u"choice_3"_s},
            {u"Which destination is your first choice?"_s, u"choice_1"_s},
            {u"Dietary requirements"_s, u"dietary_needs"_s},
            {u"Access requirements"_s, u"access_needs"_s},
            {u"Do you need step-free access?"_s, u"needs_step_free"_s},
            {u"Photo consent"_s, u"consent_photos"_s},
            {u"Can we share your contact details?"_s, u"consent_share_contact"_s},
            {u"Name"_s, u"full_name"_s},
            {u"How did you hear about us?"_s, u"note"_s},
            {u"given_name"_s, u"given_name"_s},
            {u"choice_2"_s, u"choice_2"_s},
            {u"Which destination would you most like to visit?"_s, u"choice_1"_s},
            {u"Destination"_s, u"destination"_s},
        };
        for (const auto &[header, target] : rows)
            QTest::newRow(qPrintable(header)) << header << target;
    }

    void headers()
    {
        QFETCH(QString, header);
        QFETCH(QString, target);
        const ColumnMapping mapping = ColumnMapping::detect({header});
        QCOMPARE(mapping.target(0).key(), target);
    }

    void sourceDetection()
    {
        QCOMPARE(
            ColumnMapping::detect({u"Order #"_s, u"First Name"_s, u"Last Name"_s, u"Attendee #"_s})
                .source(),
            ColumnMapping::Source::Eventbrite);
        QCOMPARE(ColumnMapping::detect({u"given_name"_s, u"family_name"_s, u"email"_s}).source(),
                 ColumnMapping::Source::Fieldday);
        QCOMPARE(ColumnMapping::detect({u"First name"_s, u"Surname"_s}).source(),
                 ColumnMapping::Source::Generic);
    }

    // A question added to Fieldday's own export is kept, not dropped, and not guessed at.
    void addressesAreNotRead()
    {
        const ColumnMapping mapping = ColumnMapping::detect(
            {u"First Name"_s, u"Last Name"_s, u"Billing Address 1"_s, u"Billing Postcode"_s,
             u"Shipping City"_s, u"Work Address 2"_s, u"What brings you?"_s});
        for (int i = 2; i < 6; ++i)
            QCOMPARE(mapping.target(i).key(), u"ignore"_s);
        QCOMPARE(mapping.target(6).key(), u"note"_s);
    }

    void aColumnAddedToOwnExportIsANote()
    {
        const ColumnMapping mapping = ColumnMapping::detect(
            {u"given_name"_s, u"family_name"_s, u"email"_s, u"What do you hope to learn?"_s,
             u"Dietary notes from the caterer"_s});
        QCOMPARE(mapping.source(), ColumnMapping::Source::Fieldday);
        QCOMPARE(mapping.target(3).key(), u"note"_s);
        QCOMPARE(mapping.target(4).key(), u"note"_s); // not taken for dietary_needs
    }

    void aFieldMappedTwiceKeepsTheSecondAsANote()
    {
        const ColumnMapping mapping = ColumnMapping::detect({u"Email"_s, u"E-mail"_s});
        QCOMPARE(mapping.target(0).key(), u"email"_s);
        QCOMPARE(mapping.target(1).key(), u"note"_s);
    }

    void savedMappingRoundTrips()
    {
        const QStringList headers = {u"Forename"_s, u"Family"_s, u"Where to?"_s};
        ColumnMapping mapping = ColumnMapping::detect(headers);
        mapping.setTarget(1, ColumnTarget::of(ParticipantField::FamilyName));
        mapping.setTarget(2, ColumnTarget::of(ParticipantField::Choice, 1));
        const QJsonObject json = mapping.toJson();
        const ColumnMapping again = ColumnMapping::fromJson(json, headers, u"m.json"_s);
        for (int i = 0; i < 3; ++i)
            QCOMPARE(again.target(i), mapping.target(i));
        QVERIFY_THROWS_EXCEPTION(Error, ColumnMapping::fromJson(QJsonObject{{u"format"_s, u"x"_s}},
                                                                headers, u"m.json"_s));
        QJsonObject bad = json;
        bad[u"columns"_s] = QJsonObject{{u"Forename"_s, u"shoe_size"_s}};
        try {
            ColumnMapping::fromJson(bad, headers, u"m.json"_s);
            QFAIL("accepted an unknown target");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(u"shoe_size"_s));
        }
    }

    // A header the file repeats keeps its own target in a saved mapping.
    void savedMappingKeepsRepeatedHeadersApart()
    {
        const QStringList headers = {u"First name"_s, u"Surname"_s, u"Email"_s, u"Email"_s};
        const ColumnMapping mapping = ColumnMapping::detect(headers);
        QCOMPARE(mapping.target(2).key(), u"email"_s);
        QCOMPARE(mapping.target(3).key(), u"note"_s);
        const QJsonObject json = mapping.toJson();
        QCOMPARE(json[u"columns"_s].toObject().size(), 4);
        QCOMPARE(json[u"columns"_s][u"Email #2"_s].toString(), u"note"_s);
        const ColumnMapping again = ColumnMapping::fromJson(json, headers, u"m.json"_s);
        QCOMPARE(again.target(2).key(), u"email"_s);
        QCOMPARE(again.target(3).key(), u"note"_s);
    }

    // What a hand-edited mapping gets wrong is refused, and the message says what.
    void badMappingsAreNamed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("version")
            << QByteArray(R"({"format": "fieldday-mapping", "version": 99, "columns": {}})")
            << u"\"version\" 99"_s;
        QTest::newRow("columns a list")
            << QByteArray(R"({"format": "fieldday-mapping", "version": 1, "columns": ["x"]})")
            << u"\"columns\" must be an object"_s;
        QTest::newRow("a field twice")
            << QByteArray(R"({"format": "fieldday-mapping", "version": 1,
                              "columns": {"First name": "given_name", "Surname": "given_name"}})")
            << u"columns \"First name\" and \"Surname\" both go to \"given_name\""_s;
    }

    void badMappingsAreNamed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        try {
            ColumnMapping::fromJson(QJsonDocument::fromJson(json).object(),
                                    {u"First name"_s, u"Surname"_s}, u"m.json"_s);
            QFAIL("accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().startsWith(u"m.json: "_s) && e.message().contains(message),
                     qPrintable(e.message()));
        }
    }

    void requireNames()
    {
        QVERIFY_THROWS_EXCEPTION(Error,
                                 ColumnMapping::detect({u"Email"_s}).requireNames(u"x.csv"_s));
        ColumnMapping::detect({u"Name"_s}).requireNames(u"x.csv"_s);
        ColumnMapping::detect({u"First name"_s, u"Surname"_s}).requireNames(u"x.csv"_s);
    }

    void destinations_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("id");
        QTest::newRow("exact") << u"Salford"_s << qint64(1);
        QTest::newRow("case and spaces") << u"  tRAFFORD "_s << qint64(3);
        QTest::newRow("host organisation") << u"BlueSci"_s << qint64(3);
        QTest::newRow("ticket named after the group") << u"Salford – Tech and Tea"_s << qint64(1);
        QTest::newRow("host prefix") << u"Leigh Neighbours"_s << qint64(2);
        QTest::newRow("unique prefix") << u"Traf"_s << qint64(3);
        QTest::newRow("word inside") << u"Trip to Wigan please"_s << qint64(2);
        QTest::newRow("accents") << u"Sälford"_s << qint64(1);
        QTest::newRow("too short a prefix") << u"Tr"_s << qint64(0);
        QTest::newRow("unknown") << u"Bolton"_s << qint64(0);
        QTest::newRow("empty") << QString() << qint64(0);
    }

    void destinations()
    {
        QFETCH(QString, text);
        QFETCH(qint64, id);
        const DestinationMatcher matcher(groups());
        const DestinationMatcher::Match match = matcher.match(text);
        QCOMPARE(match.id, id);
        if (!id && !text.isEmpty())
            QVERIFY(!match.problem.isEmpty());
    }

    void ambiguousPrefixIsReported()
    {
        Destination a, b;
        a.id = 1;
        a.name = u"Salford North"_s;
        b.id = 2;
        b.name = u"Salford South"_s;
        const DestinationMatcher matcher({a, b});
        const DestinationMatcher::Match match = matcher.match(u"Salford"_s);
        QCOMPARE(match.id, 0);
        QVERIFY(match.problem.contains(u"more than one"_s));
    }

    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("parses");
        QTest::addColumn<bool>("value");
        QTest::newRow("Yes") << u"Yes"_s << true << true;
        QTest::newRow("yes, sentence") << u"Yes, I use a wheelchair"_s << true << true;
        QTest::newRow("y") << u"y"_s << true << true;
        QTest::newRow("No") << u"No"_s << true << false;
        QTest::newRow("empty") << QString() << true << false;
        QTest::newRow("maybe") << u"maybe"_s << false << false;
    }

    void values()
    {
        QFETCH(QString, text);
        QFETCH(bool, parses);
        QFETCH(bool, value);
        bool result = false;
        QCOMPARE(RowConverter::parseYesNo(text, &result), parses);
        if (parses)
            QCOMPARE(result, value);
    }

    // An answer that says more than yes keeps its words, as an access need.
    void stepFreeAnswersKeepTheirWords()
    {
        const QStringList headers = {u"First name"_s, u"Surname"_s, u"Step-free access"_s};
        const ColumnMapping mapping =
            ColumnMapping::detect(headers); // the converter keeps a reference
        const RowConverter converter(mapping, {}, u"t.csv"_s);
        const Participant said =
            converter.convert({u"Ann"_s, u"Lee"_s, u"Yes - I use a wheelchair"_s}, 2).participant;
        QVERIFY(said.needsStepFree);
        QCOMPARE(said.accessNeeds, u"Yes - I use a wheelchair"_s);
        const Participant bare = converter.convert({u"Ben"_s, u"Lee"_s, u"yes"_s}, 3).participant;
        QVERIFY(bare.needsStepFree);
        QVERIFY(bare.accessNeeds.isEmpty());
    }

    void anEmptyFullNameNamesItsColumn()
    {
        const ColumnMapping mapping = ColumnMapping::detect({u"Name"_s, u"Email"_s});
        const RowConverter converter(mapping, {}, u"t.csv"_s);
        const RowConverter::Result r = converter.convert({QString(), u"a@example.org"_s}, 4);
        QVERIFY(r.hasError());
        QCOMPARE(r.issues.first().field, u"Name"_s);
    }

    void dates()
    {
        QCOMPARE(RowConverter::parseDateTime(u"2019-02-14 10:32:00+00:00"_s).toUTC(),
                 QDateTime(QDate(2019, 2, 14), QTime(10, 32), Qt::UTC));
        QCOMPARE(RowConverter::parseDateTime(u"14/02/2019 10:32"_s).date(), QDate(2019, 2, 14));
        QVERIFY(!RowConverter::parseDateTime(u"next Tuesday"_s).isValid());
    }

    void statuses()
    {
        ParticipantStatus s;
        QVERIFY(RowConverter::parseStatus(u"Checked In"_s, &s));
        QCOMPARE(s, ParticipantStatus::Attended);
        QVERIFY(RowConverter::parseStatus(u"Not Attending"_s, &s));
        QCOMPARE(s, ParticipantStatus::Cancelled);
        QVERIFY(RowConverter::parseStatus(u"no_show"_s, &s));
        QCOMPARE(s, ParticipantStatus::NoShow);
        QVERIFY(!RowConverter::parseStatus(u"VIP"_s, &s));
    }
};

QTEST_GUILESS_MAIN(TestColumnMapping)
#include "TestColumnMapping.moc"
