#include "EventDocument.h"
#include "OverviewPage.h"
#include "commands/MoveParticipantsCommand.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The overview's problems: errors first, one line per kind of problem with a count that
// expands, the error count for the tab, and a way to the thing to fix.
class TestOverviewPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // The sample with `unplaced` more booked people without a group, and one group back late.
    std::unique_ptr<EventDocument> open(int unplaced)
    {
        EventData data = SampleEvent::data();
        qint64 id = 0;
        for (const Participant &p : data.participants)
            id = qMax(id, p.id);
        for (int i = 0; i < unplaced; ++i) {
            Participant p = data.participants.first();
            p.id = ++id;
            p.givenName = u"Late"_s;
            p.familyName = u"Booker %1"_s.arg(i + 1);
            p.email = u"late%1@example.org"_s.arg(i + 1);
            p.status = ParticipantStatus::Booked;
            data.participants.append(p);
        }
        for (TransportLeg &leg : data.legs) {
            if (leg.direction == LegDirection::Back && leg.destinationId == data.destinations[0].id)
                leg.arrives = QTime(15, 30); // after the reconvene starts
        }
        const QString path = m_dir.filePath(u"o%1.fieldday"_s.arg(unplaced));
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        return std::make_unique<EventDocument>(EventFile::open(path, EventFile::Mode::ReadWrite));
    }

    static QTreeWidgetItem *lineStartingWith(QTreeWidget *tree, const QString &text)
    {
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            if (tree->topLevelItem(i)->text(0).startsWith(text))
                return tree->topLevelItem(i);
        }
        return nullptr;
    }

private slots:
    void repeatedProblemsShareALineWithACount()
    {
        auto document = open(41);
        OverviewPage page(document.get());
        QTreeWidget *tree = page.problemList();
        QTreeWidgetItem *line =
            lineStartingWith(tree, u"Warning: 41 booked people have no group"_s);
        QVERIFY(line);
        QCOMPARE(line->childCount(), 41);
        QVERIFY(!line->isExpanded()); // a count first; the names on request
        QVERIFY(line->child(0)->text(0).startsWith(u"Warning: "_s));
        // One of a kind stays one line, without a count.
        auto oneLate = open(1);
        OverviewPage small(oneLate.get());
        QTreeWidgetItem *single = nullptr;
        for (int i = 0; i < small.problemList()->topLevelItemCount(); ++i) {
            if (small.problemList()->topLevelItem(i)->text(0).contains(u"Late Booker 1"_s))
                single = small.problemList()->topLevelItem(i);
        }
        QVERIFY(single);
        QCOMPARE(single->childCount(), 0);
    }

    void errorsComeFirstAndAreCounted()
    {
        auto document = open(5);
        OverviewPage page(document.get());
        QTreeWidget *tree = page.problemList();
        bool pastErrors = false;
        int errors = 0;
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem *line = tree->topLevelItem(i);
            const bool error = line->text(0).startsWith(u"Error: "_s);
            QVERIFY2(!(error && pastErrors), qPrintable(line->text(0)));
            pastErrors = pastErrors || !error;
            if (error)
                errors += qMax(1, line->childCount());
        }
        QVERIFY(errors > 0);
        QCOMPARE(page.errorCount(), errors);
    }

    void theCountFollowsEditsWhileHidden()
    {
        auto document = open(20);
        OverviewPage page(document.get()); // never shown
        QSignalSpy counted(&page, &OverviewPage::errorCountChanged);
        const int before = page.errorCount();
        QList<qint64> late;
        for (const Participant &p : document->data().participants) {
            if (p.givenName == u"Late"_s)
                late << p.id;
        }
        const qint64 group = document->data().destinations.first().id;
        QVERIFY(document->push(
            std::make_unique<MoveParticipantsCommand>(document.get(), late, group, true)));
        QVERIFY(counted.isEmpty()); // not at each edit: once edits pause
        QTRY_COMPARE(counted.size(), 1);
        QVERIFY2(page.errorCount() > before, qPrintable(QString::number(page.errorCount())));
        QCOMPARE(counted.first().at(0).toInt(), page.errorCount());
    }

    void activatingAProblemGoesToItsSubject()
    {
        auto document = open(3);
        OverviewPage page(document.get());
        QSignalSpy goTo(&page, &OverviewPage::goTo);
        QTreeWidgetItem *line = lineStartingWith(page.problemList(), u"Warning: 3 booked"_s);
        QVERIFY(line);
        emit page.problemList()->itemActivated(line, 0); // the line itself only opens
        QCOMPARE(goTo.size(), 0);
        emit page.problemList()->itemActivated(line->child(2), 0);
        QCOMPARE(goTo.size(), 1);
        QCOMPARE(goTo.first().at(0).toString(), u"participant"_s);
        QVERIFY(goTo.first().at(1).toLongLong() > 0);
    }
};

QTEST_MAIN(TestOverviewPage)
#include "TestOverviewPage.moc"
