#include "EventDocument.h"
#include "MessageBox.h"
#include "commands/MoveParticipantsCommand.h"
#include "pages/DayPlanPage.h"
#include "pages/DestinationEditor.h"
#include "pages/PlacesAndAgendaEditor.h"
#include "sample/EventGenerator.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The day plan: destinations and their legs edited as one undo step each.
class TestDayPlanPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<EventDocument> open()
    {
        const QString path = m_dir.filePath(u"d%1.fieldday"_s.arg(++m_count));
        EventGenerator::Options options;
        options.participants = 10;
        options.destinations = 2;
        const EventData data = EventGenerator::generate(options);
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        return std::make_unique<EventDocument>(EventFile::open(path, EventFile::Mode::ReadWrite));
    }

    static QPushButton *button(QWidget *w, const QString &text)
    {
        for (QPushButton *b : w->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text) // without its mnemonic
                return b;
        }
        return nullptr;
    }

    // The list of the day's parts on the left, found as a screen reader names it.
    static QListWidget *partsOfTheDay(const DayPlanPage &page)
    {
        for (QListWidget *list : page.findChildren<QListWidget *>()) {
            if (list->accessibleName() == u"Parts of the day"_s)
                return list;
        }
        return nullptr;
    }

private slots:
    void editADestinationAndUndo()
    {
        auto document = open();
        DayPlanPage page(document.get());
        page.resize(1300, 850);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showDestination(1);
        DestinationEditor *editor = page.destinationEditor();
        QCOMPARE(editor->destinationId(), 1);
        QSpinBox *max = editor->findChildren<QSpinBox *>().at(1);
        const int before = max->value();
        max->setValue(before + 5);
        QTest::mouseClick(button(editor, u"Apply"_s), Qt::LeftButton);
        QCOMPARE(EventReader::load(document->file()).destination(1)->maxSize, before + 5);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undo();
        QCOMPARE(EventReader::load(document->file()).destination(1)->maxSize, before);
        QCOMPARE(max->value(), before); // the editor follows the undo

        // Choices read in sentence case ("Minibus", "Out"), not as the file's keys.
        for (const QComboBox *combo : editor->findChildren<QComboBox *>()) {
            for (int i = 0; i < combo->count(); ++i) {
                const QString text = combo->itemText(i);
                QVERIFY2(text.isEmpty() || !text.at(0).isLower(), qPrintable(text));
            }
        }

        const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + u"/day-plan.png"_s));
    }

    void deleteADestinationAndUndoPutsEverythingBack()
    {
        auto document = open();
        const EventData before = EventReader::load(document->file());
        const auto choosers =
            std::count_if(before.participants.cbegin(), before.participants.cend(),
                          [](const Participant &p) { return p.choices.contains(qint64(1)); });
        QVERIFY(choosers > 0);
        QVERIFY(!before.legsOf(1, LegDirection::Out).isEmpty());
        const qsizetype members = before.members(1).size();

        DayPlanPage page(document.get());
        page.showDestination(1);
        DestinationEditor *editor = page.destinationEditor();
        QPushButton *remove = button(editor, u"Delete destination…"_s);
        QVERIFY(remove);

        // Answering No changes nothing.
        MessageBox::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(remove, Qt::LeftButton);
        QVERIFY(EventReader::load(document->file()).destination(1));
        QCOMPARE(document->undoStack()->count(), 0);
        const QString expected = choosers == 1
                                     ? u"1 person loses it from their choices"_s
                                     : u"%1 people lose it from their choices"_s.arg(choosers);
        QVERIFY2(MessageBox::lastText().contains(expected), qPrintable(MessageBox::lastText()));

        MessageBox::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        const EventData removed = EventReader::load(document->file());
        QVERIFY(!removed.destination(1));
        QVERIFY(removed.legsOf(1, LegDirection::Out).isEmpty());
        QVERIFY(removed.members(1).isEmpty());
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(document->undoStack()->undoText().contains(before.destination(1)->name));
        QVERIFY(editor->destinationId() != 1); // the editor left the deleted destination

        document->undo();
        const EventData restored = EventReader::load(document->file());
        QVERIFY(restored.destination(1));
        QCOMPARE(restored.destination(1)->name, before.destination(1)->name);
        QCOMPARE(restored.legsOf(1, LegDirection::Out).size(),
                 before.legsOf(1, LegDirection::Out).size());
        QCOMPARE(restored.members(1).size(), members);
        for (qsizetype i = 0; i < before.participants.size(); ++i)
            QCOMPARE(restored.participants[i].choices, before.participants[i].choices);

        document->redo();
        QVERIFY(!EventReader::load(document->file()).destination(1));
    }

    void addADestinationWithALegInOneStep()
    {
        auto document = open();
        DayPlanPage page(document.get());
        page.showDestination(-1); // "+ Add a destination"
        DestinationEditor *editor = page.destinationEditor();
        QCOMPARE(editor->destinationId(), 0);
        auto *name = editor->findChild<QLineEdit *>();
        name->setText(u"Trafford"_s);
        editor->addLeg();
        QCOMPARE(editor->findChild<QTableWidget *>(QString(), Qt::FindChildrenRecursively) !=
                     nullptr,
                 true);
        editor->apply();
        EventData after = EventReader::load(document->file());
        const Destination *trafford = after.destinationByName(u"Trafford"_s);
        QVERIFY(trafford);
        QCOMPARE(after.legsOf(trafford->id, LegDirection::Out).size(), 1);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undo();
        after = EventReader::load(document->file());
        QVERIFY(!after.destinationByName(u"Trafford"_s));
        QCOMPARE(after.legs.size(), 4);
    }

    // Each part of the day, clicked in the list, shows its own editor.
    void eachPartOfTheDayShowsItsEditor()
    {
        auto document = open();
        DayPlanPage page(document.get());
        page.resize(1200, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QListWidget *parts = partsOfTheDay(page);
        QVERIFY(parts);
        auto click = [parts](const QString &text) {
            const QList<QListWidgetItem *> items = parts->findItems(text, Qt::MatchStartsWith);
            QVERIFY2(!items.isEmpty(), qPrintable(text));
            QTest::mouseClick(parts->viewport(), Qt::LeftButton, {},
                              parts->visualItemRect(items.first()).center());
            // As the app's event loop would: the table rows of the part left are deleted now
            // (they once made every later part look changed).
            QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
        };
        // Nothing typed: moving around never asks.
        const QString notAsked = u"(not asked)"_s;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        MessageBox::question(nullptr, QString(), notAsked); // marks the last text
        MessageBox::setNextAnswer(QMessageBox::Cancel);     // were it asked: stay, and tell
        click(u"Places and agenda"_s);
        QVERIFY(page.placesEditor()->isVisible());
        QVERIFY(!page.destinationEditor()->isVisible());
        for (const Destination &d : document->data().destinations) {
            click(d.name);
            QVERIFY(page.destinationEditor()->isVisible());
            QCOMPARE(page.destinationEditor()->destinationId(), d.id);
            QVERIFY(!page.destinationEditor()->hasChanges());
        }
        click(u"The event and reconvene"_s);
        QVERIFY(!page.placesEditor()->isVisible());
        QCOMPARE(MessageBox::lastText(), notAsked);
        MessageBox::setNextAnswer(QMessageBox::NoButton);
    }

    // A destination added through "+ Add a destination" is selected once applied.
    void anAddedDestinationIsSelected()
    {
        auto document = open();
        DayPlanPage page(document.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QListWidget *parts = partsOfTheDay(page);
        QVERIFY(parts);
        parts->setCurrentRow(parts->count() - 1); // + Add a destination
        DestinationEditor *editor = page.destinationEditor();
        QCOMPARE(editor->destinationId(), 0);
        QLineEdit *name = editor->findChildren<QLineEdit *>().first();
        name->setText(u"Bolton"_s);
        editor->apply();
        QVERIFY(editor->destinationId() > 0);
        QCOMPARE(parts->currentItem()->text(), u"Bolton"_s);
    }

    // Typed but not applied: moving to another part asks, and Cancel stays.
    void unappliedChangesAreNotLostByMovingOn()
    {
        auto document = open();
        DayPlanPage page(document.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const QList<Destination> destinations = document->data().destinations;
        const Destination first = destinations.at(0);
        const Destination second = destinations.at(1);
        page.showDestination(first.id);
        DestinationEditor *editor = page.destinationEditor();
        QSpinBox *max = editor->findChildren<QSpinBox *>().at(1);
        max->setValue(first.maxSize + 3);
        QVERIFY(editor->hasChanges());

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        page.showDestination(second.id);
        QVERIFY2(MessageBox::lastText().contains(first.name), qPrintable(MessageBox::lastText()));
        QCOMPARE(editor->destinationId(), first.id); // stayed, the change still there
        QCOMPARE(max->value(), first.maxSize + 3);
        // And the list shows where it stayed.
        QListWidget *parts = partsOfTheDay(page);
        QTRY_COMPARE(parts->currentItem()->text(), first.name);

        MessageBox::setNextAnswer(QMessageBox::Discard);
        page.showDestination(second.id);
        QCOMPARE(editor->destinationId(), second.id);
        QCOMPARE(EventReader::load(document->file()).destination(first.id)->maxSize, first.maxSize);

        max->setValue(second.maxSize + 2);
        MessageBox::setNextAnswer(QMessageBox::Apply);
        page.showDestination(first.id);
        QCOMPARE(editor->destinationId(), first.id);
        QCOMPARE(EventReader::load(document->file()).destination(second.id)->maxSize,
                 second.maxSize + 2);
        QCOMPARE(document->undoStack()->count(), 1);
        // A change made elsewhere (a drag on the board) keeps what is typed and not applied.
        max->setValue(first.maxSize + 7);
        document->push(std::make_unique<MoveParticipantsCommand>(document.get(), QList<qint64>{1},
                                                                 second.id, true));
        QCOMPARE(max->value(), first.maxSize + 7);
        QVERIFY(editor->hasChanges());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        page.showDestination(second.id);
        QCOMPARE(EventReader::load(document->file()).destination(first.id)->maxSize, first.maxSize);
        qDebug() << "after discard" << editor->hasChanges() << editor->destinationId();
        // Without unapplied changes, the editor follows a change made elsewhere.
        document->undo();
        QVERIFY(!editor->hasChanges());
        document->redo();
        // Apply with nothing changed adds no undo step.
        const int steps = document->undoStack()->count();
        editor->apply();
        page.placesEditor()->apply();
        QCOMPARE(document->undoStack()->count(), steps);
    }

    void placesAndAgendaAreEditedInOneStep()
    {
        auto document = open();
        DayPlanPage page(document.get());
        PlacesAndAgendaEditor *editor = page.placesEditor();
        const qsizetype placesBefore = document->data().places.size();
        editor->addPlace();
        const int row = editor->places()->rowCount() - 1;
        editor->places()->item(row, 0)->setText(u"Coppice Library"_s);
        editor->places()->item(row, 2)->setText(u"M33 4ND"_s);
        editor->addAgendaItem();
        const int item = editor->agenda()->rowCount() - 1;
        editor->agenda()->item(item, 0)->setText(u"Lunch"_s);
        editor->apply();
        EventData after = EventReader::load(document->file());
        QCOMPARE(after.places.size(), placesBefore + 1);
        QCOMPARE(after.places.last().postcode, u"M33 4ND"_s);
        QCOMPARE(after.agenda.size(), 2);
        QCOMPARE(document->undoStack()->count(), 1);
        document->undo();
        after = EventReader::load(document->file());
        QCOMPARE(after.places.size(), placesBefore);
        QCOMPARE(after.agenda.size(), 1);
    }

    void removingAPlaceInUseIsUndoneWithItsReferences()
    {
        auto document = open();
        const EventData before = EventReader::load(document->file());
        const Place *hub = before.place(before.details.hubPlaceId);
        QVERIFY(hub);
        DayPlanPage page(document.get());
        PlacesAndAgendaEditor *editor = page.placesEditor();
        for (int row = 0; row < editor->places()->rowCount(); ++row) {
            if (editor->places()->item(row, 0)->text() == hub->name) {
                editor->places()->removeRow(row);
                break;
            }
        }
        editor->apply();
        EventData after = EventReader::load(document->file());
        QVERIFY(!after.place(hub->id));
        QCOMPARE(after.details.hubPlaceId, 0);

        document->undo();
        after = EventReader::load(document->file());
        QVERIFY(after.place(hub->id));
        QCOMPARE(after.place(hub->id)->name, hub->name);
        QCOMPARE(after.details.hubPlaceId, hub->id); // the hub is the hub again
        QCOMPARE(after.legs.size(), before.legs.size());
        for (qsizetype i = 0; i < before.legs.size(); ++i) {
            QCOMPARE(after.legs[i].fromPlaceId, before.legs[i].fromPlaceId);
            QCOMPARE(after.legs[i].toPlaceId, before.legs[i].toPlaceId);
        }
        QCOMPARE(after.agenda.size(), before.agenda.size());
        for (qsizetype i = 0; i < before.agenda.size(); ++i)
            QCOMPARE(after.agenda[i].placeId, before.agenda[i].placeId);
    }

    void invalidSizesCannotBeApplied()
    {
        auto document = open();
        DayPlanPage page(document.get());
        page.showDestination(2);
        DestinationEditor *editor = page.destinationEditor();
        QList<QSpinBox *> spins = editor->findChildren<QSpinBox *>();
        spins.at(0)->setValue(50);
        spins.at(1)->setValue(10);
        QVERIFY(!button(editor, u"Apply"_s)->isEnabled());
        QVERIFY(editor->findChild<QLabel *>(u"problem"_s)->text().contains(u"below the minimum"_s));
    }
};

QTEST_MAIN(TestDayPlanPage)
#include "TestDayPlanPage.moc"
