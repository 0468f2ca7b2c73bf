#include "EventDocument.h"
#include "MessageBox.h"
#include "allocation/AllocationStore.h"
#include "pages/AllocateDialog.h"
#include "pages/GroupColumn.h"
#include "pages/GroupsPage.h"
#include "sample/EventGenerator.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/PlanRepository.h"

#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <functional>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The groups board: a column per destination; dragging a person moves and pins them.
class TestGroupsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<EventDocument> open(const std::function<void(EventData &)> &change = {})
    {
        const QString path =
            m_dir.filePath(u"g%1.fieldday"_s.arg(QDateTime::currentMSecsSinceEpoch()));
        EventGenerator::Options options;
        options.participants = 12;
        options.destinations = 3;
        EventData data = EventGenerator::generate(options);
        data.assignments = {Assignment{1, 1, false}, Assignment{2, 2, false}};
        if (change)
            change(data);
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        return std::make_unique<EventDocument>(EventFile::open(path, EventFile::Mode::ReadWrite));
    }

    // Whom the board should offer a place at the group first: the first without a group, in
    // booking order, who ranked it.
    static qint64 firstOnTheWaitlistFor(const EventData &event, qint64 destinationId)
    {
        QList<const Participant *> order;
        for (const Participant &p : event.participants)
            order.append(&p);
        std::stable_sort(
            order.begin(), order.end(), [](const Participant *a, const Participant *b) {
                return a->bookedAt != b->bookedAt ? a->bookedAt < b->bookedAt : a->id < b->id;
            });
        for (const Participant *p : order) {
            if (!event.destinationOf(p->id) && p->choices.contains(destinationId))
                return p->id;
        }
        return 0;
    }

private slots:
    void columnsFollowTheEvent()
    {
        auto document = open();
        GroupsPage page(document.get());
        QVERIFY(page.column(0));
        QCOMPARE(page.column(0)->count(), 10);
        QCOMPARE(page.column(1)->count(), 1);
        QCOMPARE(page.column(2)->count(), 1);
        QCOMPARE(page.column(3)->count(), 0);
        // Never shown, the board is built on demand, and still follows a change.
        QVERIFY(!page.isVisible());
        page.moveParticipant(3, 1);
        QCOMPARE(page.column(1)->count(), 2);
        QCOMPARE(page.column(0)->count(), 9);
    }

    // Several people selected in a column move together, pinned, as one undo step; the
    // selection is in one column at a time.
    void aSelectionMovesTogether()
    {
        auto document = open();
        GroupsPage page(document.get());
        GroupColumn *unplaced = page.column(0);
        unplaced->item(0)->setSelected(true);
        unplaced->item(1)->setSelected(true);
        page.column(1)->item(0)->setSelected(true); // another column: the first one clears
        QCOMPARE(page.selectedPeople().size(), 1);
        page.column(1)->clearSelection();
        unplaced = page.column(0);
        unplaced->item(0)->setSelected(true);
        unplaced->item(1)->setSelected(true);
        const QList<qint64> chosen = page.selectedPeople();
        QCOMPARE(chosen.size(), 2);
        page.moveParticipants(chosen, 3);
        const EventData after = EventReader::load(document->file());
        for (qint64 id : chosen) {
            QCOMPARE(after.destinationOf(id), 3);
            QVERIFY(after.assignmentOf(id)->pinned);
        }
        QCOMPARE(page.column(3)->count(), 2);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undo();
        QCOMPARE(page.column(3)->count(), 0);
    }

    void allocateShowsTheReportAndUndoesInOneStep()
    {
        auto document = open([](EventData &data) { data.participants[0].sector.clear(); });
        AllocateDialog dialog(document.get());
        QVERIFY(dialog.reportHtml().contains(u"people placed"_s));
        // Someone without a sector is counted in words (the mix read "1 ," for them).
        QVERIFY2(dialog.reportHtml().contains(u"1 no sector"_s), qPrintable(dialog.reportHtml()));
        QCOMPARE(dialog.result().assigned(), 12);
        QCOMPARE(EventReader::load(document->file()).assignments.size(), 2); // nothing yet
        dialog.apply();
        QCOMPARE(EventReader::load(document->file()).assignments.size(), 12);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undo();
        const EventData after = EventReader::load(document->file());
        QCOMPARE(after.assignments.size(), 2);
        QCOMPARE(after.destinationOf(1), 1);
    }

    // By default who has a group keeps it; re-optimising everyone is a choice, and lists by
    // name who would lose their place or change group before anything is applied. Pins never
    // move.
    void allocateKeepsPlacesUnlessAskedAndSaysWhoWouldMove()
    {
        for (const bool pinned : {false, true}) {
            qint64 unchosen = 0;
            QString name;
            auto document = open([&](EventData &data) {
                // Person 1 sits in a group they did not choose: re-optimised, they would move.
                for (const Destination &d : data.destinations) {
                    if (!data.participants[0].choices.contains(d.id))
                        unchosen = d.id;
                }
                data.assignments = {Assignment{1, unchosen, pinned}};
                name = data.participants[0].displayName();
            });
            QVERIFY(unchosen);
            AllocateDialog dialog(document.get());
            auto placedAt = [&dialog] { return dialog.result().assignment().value(1); };
            QVERIFY(dialog.keepPlacesButton()->isChecked());
            QCOMPARE(placedAt(), unchosen); // kept
            QVERIFY(dialog.result().moves.isEmpty());
            QVERIFY(!dialog.movesList()->isVisibleTo(&dialog));
            // (Without the app's English plurals installed, %n reads "1 people".)
            QCOMPARE(dialog.reportHtml().contains(u"1 people keep the group they have"_s), !pinned);
            QCOMPARE(dialog.applyButton()->text(), u"Apply"_s);

            QTest::mouseClick(dialog.reallocateAllButton(), Qt::LeftButton, {},
                              QPoint(8, dialog.reallocateAllButton()->height() / 2));
            QVERIFY(dialog.reallocateAllButton()->isChecked());
            QCOMPARE(placedAt() == unchosen, pinned);
            QCOMPARE(dialog.movesList()->count(), pinned ? 0 : 1);
            if (pinned)
                continue;
            QVERIFY(dialog.movesList()->isVisibleTo(&dialog));
            QVERIFY2(dialog.movesList()->item(0)->text().startsWith(name + u": "_s),
                     qPrintable(dialog.movesList()->item(0)->text()));
            QVERIFY(dialog.movesList()->item(0)->text().contains(u" → "_s));
            QVERIFY(dialog.reportHtml().contains(name));
            QVERIFY2(dialog.applyButton()->text().startsWith(u"Apply: move 1 "_s),
                     qPrintable(dialog.applyButton()->text()));
            // Applying asks first; Cancel changes nothing.
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            dialog.apply();
            QVERIFY2(MessageBox::lastText().contains(u"would lose it or change group"_s),
                     qPrintable(MessageBox::lastText()));
            QCOMPARE(document->undoStack()->count(), 0);
            QCOMPARE(EventReader::load(document->file()).destinationOf(1), unchosen);
            MessageBox::setNextAnswer(QMessageBox::Yes);
            dialog.apply();
            QCOMPARE(document->undoStack()->count(), 1);
            QVERIFY(EventReader::load(document->file()).destinationOf(1) != unchosen);
        }
    }

    // When places are short, the event's setting decides (booking order by default); the
    // dialog's choice is saved with the allocation, and goes back with its undo.
    void tieBreakIsSavedWithTheAllocation()
    {
        auto document = open();
        AllocateDialog dialog(document.get());
        QCOMPARE(TieBreak(dialog.tieBreakBox()->currentData().toInt()), TieBreak::BookingOrder);
        QVERIFY(!dialog.findChild<QSpinBox *>()->isEnabled()); // the draw's number: no draw
        dialog.tieBreakBox()->setCurrentIndex(dialog.tieBreakBox()->findData(int(TieBreak::Draw)));
        QVERIFY(dialog.findChild<QSpinBox *>()->isEnabled());
        QCOMPARE(dialog.result().tieBreak, u"draw"_s);
        dialog.apply();
        QCOMPARE(AllocationStore::loadSettings(document->file()).tieBreak, TieBreak::Draw);
        AllocateDialog again(document.get());
        QCOMPARE(TieBreak(again.tieBreakBox()->currentData().toInt()), TieBreak::Draw);
        document->undo();
        QCOMPARE(AllocationStore::loadSettings(document->file()).tieBreak, TieBreak::BookingOrder);
    }

    void fillAPlaceFromTheWaitlist()
    {
        auto document = open();
        GroupsPage page(document.get());
        const EventData before = document->data();
        const Destination *group = before.destination(1);
        QVERIFY(page.fillButton(1)); // room, and ten people without a group
        const qint64 expected = firstOnTheWaitlistFor(before, 1);
        QVERIFY(expected);

        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(page.fillButton(1), Qt::LeftButton);
        QVERIFY2(MessageBox::lastText().contains(before.participant(expected)->displayName()),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(MessageBox::lastText().startsWith(group->name));
        QCOMPARE(document->undoStack()->count(), 0);

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.fillButton(1), Qt::LeftButton);
        EventData after = EventReader::load(document->file());
        QCOMPARE(after.destinationOf(expected), 1);
        QVERIFY(after.assignmentOf(expected)->pinned);
        QCOMPARE(page.column(1)->count(), 2);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undo();
        QCOMPARE(EventReader::load(document->file()).destinationOf(expected), 0);

        // A full group offers nothing.
        Destination full = *group;
        full.maxSize = 1;
        PlanRepository(document->file()).save(full);
        document->refresh(DocumentChange::everything());
        QVERIFY(!page.fillButton(1));
        QVERIFY(!page.fillFromWaitlist(1));
    }

    void fillPlacesAKeptTogetherSetWhole()
    {
        qint64 first = 0;
        qint64 partner = 0;
        auto document = open([&](EventData &data) {
            data.destinations[0].maxSize = 6;
            data.index(); // for destinationOf
            first = firstOnTheWaitlistFor(data, 1);
            partner = data.participants.last().id; // without a group, booked last
            data.keepTogether = {{first, partner}};
        });
        QVERIFY(first && partner != first);
        const EventData &before = document->data();
        GroupsPage page(document.get());
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(page.fillButton(1), Qt::LeftButton);
        const QString text = MessageBox::lastText();
        QVERIFY2(text.contains(before.participant(first)->displayName()) &&
                     text.contains(before.participant(partner)->displayName()) &&
                     text.contains(u"kept together"_s),
                 qPrintable(text));
        const EventData after = EventReader::load(document->file());
        QCOMPARE(after.destinationOf(first), 1);
        QCOMPARE(after.destinationOf(partner), 1);
        QVERIFY(after.assignmentOf(partner)->pinned);
        QCOMPARE(document->undoStack()->count(), 1); // one step for the set
        document->undo();
        const EventData undone = EventReader::load(document->file());
        QCOMPARE(undone.destinationOf(first), 0);
        QCOMPARE(undone.destinationOf(partner), 0);
    }

    // A move into a full group is made only when the organiser says so.
    void aFullGroupAsksFirst()
    {
        auto document = open([](EventData &data) { data.destinations[0].maxSize = 1; });
        GroupsPage page(document.get());
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        page.moveParticipant(3, 1);
        QVERIFY2(MessageBox::lastText().contains(u"is full (1 of at most 1)"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(EventReader::load(document->file()).destinationOf(3), 0);
        QCOMPARE(document->undoStack()->count(), 0);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.moveParticipant(3, 1);
        QCOMPARE(EventReader::load(document->file()).destinationOf(3), 1);
        // Room left: no question.
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        page.moveParticipant(4, 2);
        QCOMPARE(EventReader::load(document->file()).destinationOf(4), 2);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    // Read-only, the board shows the groups and offers no way to change them.
    void readOnlyOffersNoChange()
    {
        QString path;
        {
            auto document = open([](EventData &data) {
                data.participants[5].status = ParticipantStatus::Waitlisted;
            });
            path = document->file().path();
            GroupsPage page(document.get());
            QVERIFY(page.allocateButton()->isEnabled());
            // Waitlisted people are not on the board; the summary says where they are.
            QVERIFY2(page.summaryText().contains(u"1 waitlisted without a ticket"_s),
                     qPrintable(page.summaryText()));
        }
        EventDocument document(EventFile::open(path, EventFile::Mode::ReadOnly));
        GroupsPage page(&document);
        QVERIFY(page.summaryText().startsWith(u"Read-only"_s));
        QVERIFY(!page.allocateButton()->isEnabled());
        QVERIFY(!page.fillButton(1));
        QVERIFY(!page.column(1)->isEnabled());
    }

    void dragToAnotherGroupPinsAndUndoes()
    {
        auto document = open();
        GroupsPage page(document.get());
        page.resize(1300, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // A drop event as the view receives it: the participant's id in our MIME type. The
        // board rebuilds on the change, replacing this column: only after its dropEvent has
        // returned (inside it, the view would run on deleted memory, as it once did).
        QMimeData mime;
        mime.setData(GroupColumn::mimeType(), "1");
        const QPointer<GroupColumn> target = page.column(3);
        const QPoint at = target->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target->viewport(), &enter); // makes it the drop's target
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target->viewport(), &drop);
        QVERIFY(target); // still there when the event returns
        QTRY_VERIFY(!target);
        EventData after = EventReader::load(document->file());
        QCOMPARE(after.destinationOf(1), 3);
        QVERIFY(after.assignmentOf(1)->pinned);
        QCOMPARE(page.column(3)->count(), 1);
        QCOMPARE(page.column(1)->count(), 0);

        document->undo();
        after = EventReader::load(document->file());
        QCOMPARE(after.destinationOf(1), 1);
        QVERIFY(!after.assignmentOf(1)->pinned);

        // Several cards dragged together move together, as one step.
        const QList<qint64> two = {3, 4};
        QMimeData both;
        both.setData(GroupColumn::mimeType(), "3,4");
        const QPointer<GroupColumn> wigan = page.column(3);
        QDragEnterEvent enterBoth(at, Qt::MoveAction, &both, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(wigan->viewport(), &enterBoth);
        QDropEvent dropBoth(QPointF(at), Qt::MoveAction, &both, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(wigan->viewport(), &dropBoth);
        QTRY_VERIFY(!wigan);
        after = EventReader::load(document->file());
        for (qint64 id : two)
            QCOMPARE(after.destinationOf(id), 3);
        QCOMPARE(document->undoStack()->count(), 1); // one step (the undone first drop is gone)
        document->undo();
        for (qint64 id : two)
            QCOMPARE(EventReader::load(document->file()).destinationOf(id), 0);

        // Dragging to "No group" takes the person out of their group.
        page.moveParticipant(2, 0);
        QCOMPARE(EventReader::load(document->file()).destinationOf(2), 0);
        QCOMPARE(page.column(0)->count(), 11);

        const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + u"/groups-board.png"_s));
    }
};

QTEST_MAIN(TestGroupsPage)
#include "TestGroupsPage.moc"
