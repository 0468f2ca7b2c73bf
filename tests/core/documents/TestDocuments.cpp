#include "documents/BadgeDocument.h"
#include "documents/DaySheetDocument.h"
#include "documents/ManifestDocument.h"
#include "documents/PageCanvas.h"
#include "documents/RosterDocument.h"
#include "plan/Catering.h"
#include "plan/Manifest.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"

#include <QDir>
#include <QGuiApplication>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The printed documents, read back with pdftotext, pdfinfo and pdffonts (poppler-utils).
class TestDocuments : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    EventData m_event;

    static QString run(const QString &tool, const QStringList &arguments)
    {
        QProcess process;
        process.start(tool, arguments);
        process.waitForFinished(60000);
        return QString::fromUtf8(process.readAllStandardOutput());
    }
    static QStringList pages(const QString &pdf)
    {
        QStringList result = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).split(u'\f');
        if (!result.isEmpty() && result.last().trimmed().isEmpty())
            result.removeLast();
        return result;
    }

private slots:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty())
            QSKIP("poppler-utils is not installed");
        m_event = SampleEvent::data();
    }

    void rosterHasEveryMemberInTheirGroupOnly()
    {
        const QString pdf = m_dir.filePath(u"roster.pdf"_s);
        const int count = DocumentRenderer::writePdf(
            pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"Rosters"_s, u"Footer"_s,
            [this](PageCanvas &c) { RosterDocument::render(c, m_event); });
        const QStringList text = pages(pdf);
        QCOMPARE(text.size(), count);
        QCOMPARE(count, 3); // one page per group here
        for (qsizetype i = 0; i < text.size(); ++i) {
            QVERIFY2(text[i].contains(u"Page %1 of 3"_s.arg(i + 1)),
                     qPrintable(text[i].right(200)));
            QVERIFY(text[i].contains(u"Printed "_s));
        }
        for (qsizetype page = 0; page < m_event.destinations.size(); ++page) {
            const Destination &d = m_event.destinations[page];
            QVERIFY(text[page].contains(d.name));
            for (const Participant &p : m_event.participants) {
                const QString name = p.familyName + u", "_s + p.givenName;
                const bool member = m_event.destinationOf(p.id) == d.id &&
                                    (p.status == ParticipantStatus::Booked ||
                                     p.status == ParticipantStatus::Attended);
                QVERIFY2(text[page].contains(name) == member, qPrintable(d.name + u": "_s + name));
            }
        }
        // Accents survive: Zoë, Siobhán, Łukasz, Nguyễn.
        const QString all = text.join(QString());
        for (const QString &name : {u"Zoë"_s, u"Siobhán"_s, u"Łukasz"_s, u"Nguyễn"_s})
            QVERIFY2(all.contains(name), qPrintable(name));
    }

    void fontsAreEmbeddedAndPaperSizesRight_data()
    {
        QTest::addColumn<int>("paper");
        QTest::addColumn<QString>("size");
        QTest::newRow("A4") << int(DocumentRenderer::Paper::A4) << u"595(\\.\\d+)? x 84[12]"_s;
        QTest::newRow("Letter") << int(DocumentRenderer::Paper::Letter) << u"612 x 792"_s;
    }

    void fontsAreEmbeddedAndPaperSizesRight()
    {
        QFETCH(int, paper);
        QFETCH(QString, size);
        const QString pdf = m_dir.filePath(u"badges-%1.pdf"_s.arg(paper));
        DocumentRenderer::writePdf(pdf, DocumentRenderer::Paper(paper), QPageLayout::Portrait,
                                   u"Badges"_s, u"Footer"_s,
                                   [this](PageCanvas &c) { BadgeDocument::render(c, m_event); });
        QVERIFY(QRegularExpression(u"Page size:\\s+"_s + size)
                    .match(run(u"pdfinfo"_s, {pdf}))
                    .hasMatch());
        const QStringList fonts = run(u"pdffonts"_s, {pdf}).split(u'\n', Qt::SkipEmptyParts).mid(2);
        QVERIFY(!fonts.isEmpty());
        for (const QString &line : fonts)
            QVERIFY2(line.contains(u" yes "_s), qPrintable(line)); // the emb column
        // Each person coming has one badge.
        const QString text = pages(pdf).join(QString());
        for (const Destination &d : m_event.destinations) {
            for (const Participant *p : Manifest::travellers(m_event, d.id)) {
                QVERIFY2(text.contains(p->givenName), qPrintable(p->givenName));
                QVERIFY2(text.contains(p->familyName), qPrintable(p->familyName));
            }
        }
        QCOMPARE(text.count(u"CO-PRODUCTION TREASURE HUNT"_s), 40);
    }

    void longNamesAndManyMembersPaginate()
    {
        EventData event = m_event;
        const qint64 group = event.destinations[0].id;
        event.destinations[0].maxSize = 200;
        for (int i = 0; i < 120; ++i) {
            Participant p;
            p.id = 1000 + i;
            p.givenName = u"Maximiliana-Alexandrina"_s;
            p.familyName =
                u"Featherstonehaugh-Wolfeschlegelsteinhausen %1"_s.arg(i, 3, 10, QChar(u'0'));
            p.organisation =
                u"The Very Long Named Community Interest Company of Greater Manchester and District"_s;
            event.participants.append(p);
            event.assignments.append(Assignment{p.id, group, false});
        }
        event.index();
        const QString pdf = m_dir.filePath(u"long.pdf"_s);
        const int count = DocumentRenderer::writePdf(
            pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"Rosters"_s, u"Footer"_s,
            [&](PageCanvas &c) { RosterDocument::render(c, event, group); });
        QVERIFY(count >= 4);
        const QStringList text = pages(pdf);
        for (const QString &page : text) {
            QVERIFY(page.contains(u"Organisation"_s)); // the table header on every page
            QVERIFY(page.contains(u"of %1"_s.arg(count)));
        }
        const QString all = text.join(QString());
        for (int i = 0; i < 120; ++i)
            // Long names wrap in their cell, never cut: each person's number is there.
            QVERIFY2(all.contains(u"%1, Maximiliana"_s.arg(i, 3, 10, QChar(u'0'))),
                     qPrintable(QString::number(i)));
    }

    void progressAndCancelLeaveTheFileAsItWas()
    {
        const QString pdf = m_dir.filePath(u"keep.pdf"_s);
        const auto badges = [this](PageCanvas &c) { BadgeDocument::render(c, m_event); };
        QList<std::pair<int, int>> calls;
        const int count = DocumentRenderer::writePdf(
            pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"Badges"_s, u"Footer"_s,
            badges, [&calls](int page, int total) {
                calls.append({page, total});
                return true;
            });
        QVERIFY(count >= 3);
        // Counting pass (total unknown), then the painting pass with the total.
        QCOMPARE(calls.first(), std::make_pair(1, 0));
        QCOMPARE(calls.last(), std::make_pair(count - 1, count));
        QCOMPARE(calls.size(), 2 * (count - 1));

        QFile file(pdf);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        const QStringList entries = QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden);
        try {
            DocumentRenderer::writePdf(pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait,
                                       u"Badges"_s, u"Footer"_s, badges,
                                       [](int page, int total) { return !(total && page == 2); });
            QFAIL("not cancelled");
        } catch (const Error &error) {
            QCOMPARE(error.kind(), Error::Kind::Cancelled);
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files | QDir::Hidden), entries);
    }

    void manifestsListTheGroupAndItsLeads()
    {
        const QString pdf = m_dir.filePath(u"manifest.pdf"_s);
        const Destination &wigan = *m_event.destinationByName(u"Wigan"_s);
        DocumentRenderer::writePdf(
            pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"M"_s, u"F"_s,
            [&](PageCanvas &c) { ManifestDocument::render(c, m_event, wigan.id); });
        const QStringList text = pages(pdf);
        QCOMPARE(text.size(), 4); // coach and walk, out and back
        const int expected =
            int(Manifest::travellers(m_event, wigan.id).size() + wigan.leads.size());
        for (const QString &page : text) {
            QVERIFY(page.contains(u"of %1"_s.arg(expected)));
            for (const GroupLead &lead : wigan.leads)
                QVERIFY(page.contains(lead.name));
        }
        // Salford has one lead: "1 lead", not "1 leads".
        const Destination &salford = *m_event.destinationByName(u"Salford"_s);
        QCOMPARE(salford.leads.size(), 1);
        const QString one = m_dir.filePath(u"manifest-one-lead.pdf"_s);
        DocumentRenderer::writePdf(
            one, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"M"_s, u"F"_s,
            [&](PageCanvas &c) { ManifestDocument::render(c, m_event, salford.id); });
        const QString first = pages(one).first().simplified();
        QVERIFY2(first.contains(u"and 1 lead"_s) && !first.contains(u"1 leads"_s),
                 qPrintable(first.left(400)));
    }

    // No printed document carries health, diet or access details, and a manifest shows a
    // mobile only for people who consented to share it.
    void printedDocumentsKeepPersonalDataIn()
    {
        using Render = std::function<void(PageCanvas &)>;
        const QList<std::pair<QString, Render>> documents = {
            {u"roster"_s, [this](PageCanvas &c) { RosterDocument::render(c, m_event); }},
            {u"host roster"_s,
             [this](PageCanvas &c) {
                 RosterDocument::render(c, m_event, 0, RosterDocument::Audience::Host);
             }},
            {u"manifest"_s, [this](PageCanvas &c) { ManifestDocument::render(c, m_event); }},
            {u"badges"_s, [this](PageCanvas &c) { BadgeDocument::render(c, m_event); }},
            {u"daysheet"_s, [this](PageCanvas &c) { DaySheetDocument::render(c, m_event); }},
        };
        for (const auto &[name, render] : documents) {
            const QString pdf = m_dir.filePath(u"private-"_s + name + u".pdf"_s);
            DocumentRenderer::writePdf(pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait,
                                       name, name, render);
            const QString text = pages(pdf).join(QString());
            const QStringList lines = text.split(u'\n');
            for (const Participant &p : m_event.participants) {
                for (const QString &secret : {p.accessNeeds, p.emergencyContact, p.notes}) {
                    if (secret.size() > 3)
                        QVERIFY2(!text.contains(secret), qPrintable(name + u": "_s + secret));
                }
                // A dietary need is counted for the caterer (host roster, day sheet), never
                // printed by a name.
                if (p.dietaryNeeds.size() > 3) {
                    const bool counted = name == u"host roster"_s || name == u"daysheet"_s;
                    QVERIFY2(counted || !text.contains(p.dietaryNeeds),
                             qPrintable(name + u": "_s + p.dietaryNeeds));
                    for (const QString &line : lines)
                        QVERIFY2(!line.contains(p.dietaryNeeds) || !line.contains(p.familyName),
                                 qPrintable(name + u": "_s + line));
                }
                if (name == u"manifest"_s || name == u"badges"_s || name == u"daysheet"_s ||
                    name == u"host roster"_s) {
                    if (!p.consentShareContact && !p.phone.isEmpty())
                        QVERIFY2(!text.contains(p.phone), qPrintable(name + u": "_s + p.phone));
                    QVERIFY2(!text.contains(p.email), qPrintable(name + u": "_s + p.email));
                }
            }
        }
    }

    void daySheetShowsEveryGroup()
    {
        const QString pdf = m_dir.filePath(u"day.pdf"_s);
        QCOMPARE(DocumentRenderer::writePdf(
                     pdf, DocumentRenderer::Paper::A4, QPageLayout::Landscape, u"D"_s, u"F"_s,
                     [this](PageCanvas &c) { DaySheetDocument::render(c, m_event); }),
                 1);
        // (Phone numbers are printed with no-break spaces.)
        const QString text = pages(pdf).join(QString()).replace(QChar::Nbsp, u' ');
        for (const Destination &d : m_event.destinations) {
            QVERIFY2(text.contains(d.name), qPrintable(text.left(300) + u" | "_s +
                                                       QString::number(QFileInfo(pdf).size())));
            // Whole, not cut short: the numbers are why the sheet is printed.
            QVERIFY(text.contains(d.hostContactName));
            QVERIFY2(text.contains(d.hostContactPhone), qPrintable(d.hostContactPhone));
            for (const GroupLead &lead : d.leads)
                QVERIFY2(text.contains(lead.phone), qPrintable(lead.phone));
        }
        QVERIFY(text.contains(u"Reconvene"_s));
        // The reconvene's last item, at the end of a long line, is there too.
        const QString last = m_event.reconvene.items.last().title;
        QVERIFY2(text.simplified().contains(last), qPrintable(last));
    }

    // The Access column says which kind of need, in words, never the details.
    void rosterAccessColumnSaysWhichNeed()
    {
        const QString pdf = m_dir.filePath(u"access.pdf"_s);
        DocumentRenderer::writePdf(pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"R"_s,
                                   u"F"_s,
                                   [this](PageCanvas &c) { RosterDocument::render(c, m_event); });
        const QStringList lines = pages(pdf).join(QString()).split(u'\n');
        for (const Participant &p : m_event.participants) {
            if (p.accessNeeds.isEmpty() || !m_event.destinationOf(p.id))
                continue;
            const QString expected = p.needsStepFree ? u"step-free"_s : u"other need"_s;
            bool found = false;
            for (const QString &line : lines)
                found |=
                    line.contains(p.familyName + u", "_s + p.givenName) && line.contains(expected);
            QVERIFY2(found, qPrintable(p.displayName() + u": "_s + expected));
        }
    }

    // The host's copy applies the consent rule as partner lists do: no mobile of anyone who
    // did not agree to share it; the lead's has every member's, for safety on the day.
    void hostRosterKeepsToTheConsentRule()
    {
        for (const auto audience :
             {RosterDocument::Audience::Lead, RosterDocument::Audience::Host}) {
            const QString pdf =
                m_dir.filePath(u"consent-%1.pdf"_s.arg(RosterDocument::audienceName(audience)));
            DocumentRenderer::writePdf(
                pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"R"_s,
                RosterDocument::footer(u"Treasure hunt"_s, audience),
                [&](PageCanvas &c) { RosterDocument::render(c, m_event, 0, audience); });
            const QString text = pages(pdf).join(QString());
            int withheld = 0;
            for (const Destination &d : m_event.destinations) {
                for (const Participant *p : Manifest::travellers(m_event, d.id)) {
                    QVERIFY(!p->phone.isEmpty());
                    const bool shown =
                        audience == RosterDocument::Audience::Lead || p->consentShareContact;
                    QVERIFY2(text.contains(p->phone) == shown, qPrintable(p->displayName()));
                    withheld += !shown;
                }
            }
            QCOMPARE(text.count(u"not shared"_s), withheld);
            if (audience == RosterDocument::Audience::Host)
                QVERIFY(withheld > 0); // the sample has people who did not consent
        }
    }

    // Both copies say whom they are for, on every page (heading and footer), and what that
    // means for the data on them.
    void bothCopiesSayWhoTheyAreFor()
    {
        for (const auto audience :
             {RosterDocument::Audience::Lead, RosterDocument::Audience::Host}) {
            const bool lead = audience == RosterDocument::Audience::Lead;
            const QString pdf =
                m_dir.filePath(u"for-%1.pdf"_s.arg(RosterDocument::audienceName(audience)));
            DocumentRenderer::writePdf(
                pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"R"_s,
                RosterDocument::footer(u"Treasure hunt"_s, audience),
                [&](PageCanvas &c) { RosterDocument::render(c, m_event, 0, audience); });
            const QStringList text = pages(pdf);
            QCOMPARE(text.size(), 3);
            for (const QString &page : text) {
                const QString flat = page.simplified();
                QVERIFY(flat.contains(lead ? u"For the group lead"_s : u"For the host"_s));
                QVERIFY(!flat.contains(lead ? u"For the host"_s : u"For the group lead"_s));
                QVERIFY2(flat.contains(lead ? u"Treasure hunt · Group roster for the group lead"_s
                                            : u"Treasure hunt · Group roster for the host"_s),
                         qPrintable(flat.right(200)));
                QVERIFY(flat.contains(lead ? u"This copy is for the group lead"_s
                                           : u"This copy is for the host"_s));
                // The host's copy: needs in counts, none by name (no Access column: "step-free"
                // only in the group's count of access needs).
                QCOMPARE(flat.contains(u"Catering"_s), !lead);
                if (!lead)
                    QCOMPARE(flat.count(u"step-free"_s), flat.count(u"step-free access"_s));
            }
            if (!lead) {
                const QString all = text.join(QString()).simplified();
                for (const Destination &d : m_event.destinations)
                    QVERIFY2(all.contains(Catering::line(m_event, d.id)),
                             qPrintable(Catering::line(m_event, d.id)));
                QVERIFY(!all.contains(u"other need"_s));
            }
        }
    }

    void cateringCountsNeverNames()
    {
        EventData event = m_event;
        const qint64 salford = event.destinations[0].id;
        QStringList seen;
        int members = 0;
        for (Participant &p : event.participants) {
            if (event.destinationOf(p.id) != salford || p.status != ParticipantStatus::Booked)
                continue;
            ++members;
            // The same need however it is written is counted once.
            p.dietaryNeeds = members % 3 == 0   ? u"  vegetarian "_s
                             : members % 3 == 1 ? u"Vegetarian"_s
                                                : QString();
        }
        const QList<Catering::Need> needs = Catering::dietaryNeeds(event, salford);
        QCOMPARE(needs.size(), 2);
        QCOMPARE(needs[0].need, u"Vegetarian"_s);
        QCOMPARE(needs[0].people, members - members / 3);
        QVERIFY(needs[1].need.isEmpty());
        QCOMPARE(needs[0].people + needs[1].people, members);
        QCOMPARE(Catering::line(event, salford),
                 u"%1 members: %2 Vegetarian · %3 no dietary need"_s.arg(members)
                     .arg(needs[0].people)
                     .arg(needs[1].people));
    }

    void daySheetCountsEachGroupsNeeds()
    {
        const QString pdf = m_dir.filePath(u"catering.pdf"_s);
        DocumentRenderer::writePdf(pdf, DocumentRenderer::Paper::A4, QPageLayout::Landscape, u"D"_s,
                                   u"F"_s,
                                   [this](PageCanvas &c) { DaySheetDocument::render(c, m_event); });
        // In reading order, where a wrapped cell's lines follow each other (a word broken at
        // its hyphen loses it: "Gluten-free" reads "Glutenfree").
        const QString text = run(u"pdftotext"_s, {pdf, u"-"_s}).simplified().remove(u'-');
        QVERIFY(text.contains(u"Catering"_s));
        for (const Destination &d : m_event.destinations) {
            const QString line = Catering::line(m_event, d.id).remove(u'-');
            QVERIFY2(text.contains(line), qPrintable(line));
        }
    }

    void rosterTravelLinesAreWhole()
    {
        const QString pdf = m_dir.filePath(u"travel.pdf"_s);
        DocumentRenderer::writePdf(pdf, DocumentRenderer::Paper::A4, QPageLayout::Portrait, u"R"_s,
                                   u"F"_s,
                                   [this](PageCanvas &c) { RosterDocument::render(c, m_event); });
        const QString text = pages(pdf).join(QString()).simplified();
        for (const TransportLeg &leg : m_event.legs) {
            if (!leg.notes.isEmpty())
                QVERIFY2(text.contains(leg.notes.simplified()), qPrintable(leg.notes));
        }
    }
};

QTEST_MAIN(TestDocuments)
#include "TestDocuments.moc"
