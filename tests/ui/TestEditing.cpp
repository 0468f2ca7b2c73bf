#include "EventDocument.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestUtil.h"
#include "WheelGuard.h"
#include "commands/AddParticipantCommand.h"
#include "commands/MoveParticipantsCommand.h"
#include "commands/SaveDestinationCommand.h"
#include "pages/DayPlanPage.h"
#include "pages/DestinationEditor.h"
#include "pages/ImportDialog.h"
#include "pages/ParticipantForm.h"
#include "pages/ParticipantsPage.h"
#include "sample/EventGenerator.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QApplication>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Editing you can trust: one action is one checked change, one transaction and one undo step;
// a refusal changes nothing and says so once; nothing typed is lost by leaving a form.
class TestEditing : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString makeSample()
    {
        const QString file = m_dir.filePath(u"e%1.fieldday"_s.arg(++m_count));
        const EventData data = SampleEvent::data();
        EventFile::create(file, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        return file;
    }
    std::unique_ptr<EventDocument> openSample()
    {
        return std::make_unique<EventDocument>(
            EventFile::open(makeSample(), EventFile::Mode::ReadWrite));
    }
    // The file refuses every write from now on, as a full disk or a file made read-only
    // under the app would.
    static void refuseWrites(EventDocument &document, bool refuse)
    {
        QVERIFY(QSqlQuery(document.file().database())
                    .exec(refuse ? u"PRAGMA query_only = ON"_s : u"PRAGMA query_only = OFF"_s));
    }
    static QListWidget *partsOfTheDay(const DayPlanPage &page)
    {
        for (QListWidget *list : page.findChildren<QListWidget *>()) {
            if (list->accessibleName() == u"Parts of the day"_s)
                return list;
        }
        return nullptr;
    }
    static void chooseAddADestination(DayPlanPage &page)
    {
        QListWidget *parts = partsOfTheDay(page);
        parts->setCurrentRow(parts->count() - 1);
        QCOMPARE(parts->currentItem()->text(), u"+ Add a destination"_s);
    }
    static QLineEdit *field(QWidget *form, const QString &name)
    {
        for (QLineEdit *edit : form->findChildren<QLineEdit *>()) {
            if (edit->accessibleName() == name)
                return edit;
        }
        return nullptr;
    }
    static Destination newDestination(const QString &name)
    {
        Destination d;
        d.name = name;
        d.maxSize = 10;
        return d;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"FielddayTest"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
        WheelGuard::install();
    }

    // Day plan ▸ + Add a destination ▸ Apply, twice: the second "New group" is refused with a
    // clear message before anything is pushed, and the first one's undo step is still there.
    void twoNewGroupsGiveAClearMessage()
    {
        auto document = openSample();
        DayPlanPage page(document.get());
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        chooseAddADestination(page);
        DestinationEditor *editor = page.destinationEditor();
        QVERIFY(editor->apply());
        QVERIFY(document->data().destinationByName(u"New group"_s));
        QCOMPARE(document->undoStack()->count(), 1);

        // The next one is offered a name not taken; typing the taken one is refused, with why.
        chooseAddADestination(page);
        QCOMPARE(editor->destinationId(), 0);
        auto *name = editor->findChildren<QLineEdit *>().first();
        QCOMPARE(name->text(), u"New group 2"_s);
        name->setText(u"new group"_s);
        QTest::keyClick(name, Qt::Key_End); // as typed: the problem shows at once
        QTest::keyClicks(name, u" "_s);
        const QString problem = editor->findChild<QLabel *>(u"problem"_s)->text();
        QVERIFY2(problem.contains(u"already called New group"_s), qPrintable(problem));
        QVERIFY(!editor->apply());
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(document->undo());
        QVERIFY(!EventReader::load(document->file()).destinationByName(u"New group"_s));
    }

    // The same refusal, straight through push(): reported once, nothing written, no step.
    void aDuplicateNameIsRefusedBeforeAnythingIsWritten()
    {
        auto document = openSample();
        const QByteArray before = test::fileHash(document->file().path());
        QSignalSpy errors(document.get(), &EventDocument::errorOccurred);
        const QString taken = document->data().destinations.first().name;
        const EventDocument::Outcome outcome =
            document->push(std::make_unique<SaveDestinationCommand>(
                document.get(), newDestination(taken.toUpper()), QList<TransportLeg>{}));
        QVERIFY(!outcome);
        QCOMPARE(errors.count(), 1);
        QVERIFY(errors.first().first().toString().contains(u"already called"_s));
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(test::fileHash(document->file().path()), before);
    }

    // A destination whose third leg the file refuses is not saved at all: not without that
    // leg, and not as an undo step; one message says why.
    void aDestinationIsSavedWholeOrNotAtAll()
    {
        auto document = openSample();
        const EventData before = EventReader::load(document->file());
        const qint64 hub = before.details.hubPlaceId;
        QList<TransportLeg> legs;
        for (int i = 0; i < 3; ++i) {
            TransportLeg leg;
            leg.direction = LegDirection::Out;
            leg.position = i;
            leg.fromPlaceId = hub;
            leg.toPlaceId = hub;
            leg.departs = QTime(10, 0);
            leg.arrives = QTime(10, 0);
            legs.append(leg);
        }
        legs[2].mode = TransportMode(99); // not a mode the file allows
        QSignalSpy errors(document.get(), &EventDocument::errorOccurred);
        QVERIFY(!document->push(std::make_unique<SaveDestinationCommand>(
            document.get(), newDestination(u"Bolton"_s), legs)));
        QCOMPARE(errors.count(), 1);
        const EventData after = EventReader::load(document->file());
        QVERIFY(!after.destinationByName(u"Bolton"_s));
        QCOMPARE(after.legs.size(), before.legs.size());
        QCOMPARE(document->undoStack()->count(), 0);
        QCOMPARE(document->data().legs.size(), before.legs.size());
    }

    void aLegChainThatDoesNotJoinIsRefused()
    {
        auto document = openSample();
        const EventData &event = document->data();
        const Destination &group = event.destinations.first();
        QList<TransportLeg> legs;
        for (const TransportLeg *leg : event.legsOf(group.id, LegDirection::Out))
            legs.append(*leg);
        QVERIFY(!legs.isEmpty());
        TransportLeg extra = legs.last();
        extra.id = 0;
        extra.fromPlaceId = event.details.hubPlaceId; // the last leg arrived elsewhere
        extra.departs = legs.last().arrives;
        extra.arrives = legs.last().arrives.addSecs(600);
        legs.append(extra);
        const QString problem = SaveDestinationCommand::problemWith(event, group, legs);
        QVERIFY2(problem.contains(u"do not join"_s), qPrintable(problem));
        QSignalSpy errors(document.get(), &EventDocument::errorOccurred);
        QVERIFY(!document->push(std::make_unique<SaveDestinationCommand>(document.get(), group, legs)));
        QCOMPARE(errors.count(), 1);
        QCOMPARE(document->undoStack()->count(), 0);
    }

    // The file refuses an undo (read-only under the app, a full disk): the stack stays where
    // the file is, so redo cannot apply the change a second time.
    void aRefusedUndoLeavesStackAndFileInStep()
    {
        auto document = openSample();
        const qsizetype people = document->data().participants.size();
        Participant p;
        p.givenName = u"Ada"_s;
        p.familyName = u"Walk-in"_s;
        const EventDocument::Outcome added =
            document->push(std::make_unique<AddParticipantCommand>(document.get(), p));
        QVERIFY(added);
        QVERIFY(added.createdId > 0);

        refuseWrites(*document, true);
        QSignalSpy errors(document.get(), &EventDocument::errorOccurred);
        QVERIFY(!document->undo());
        QCOMPARE(errors.count(), 1);
        QCOMPARE(document->undoStack()->index(), 1);
        QVERIFY(document->undoStack()->canUndo());
        QVERIFY(!document->undoStack()->canRedo());
        QVERIFY(EventReader::load(document->file()).participant(added.createdId));
        QVERIFY(document->data().participant(added.createdId));

        refuseWrites(*document, false);
        QVERIFY(document->undo());
        QCOMPARE(EventReader::load(document->file()).participants.size(), people);

        refuseWrites(*document, true);
        QVERIFY(!document->redo());
        QCOMPARE(document->undoStack()->index(), 0);
        QCOMPARE(EventReader::load(document->file()).participants.size(), people);

        refuseWrites(*document, false);
        QVERIFY(document->redo());
        const EventData now = EventReader::load(document->file());
        QCOMPARE(now.participants.size(), people + 1); // one Ada, under her first id
        QCOMPARE(now.participant(added.createdId)->givenName, u"Ada"_s);
    }

    // --- Nothing typed is lost: the person form, every way out --------------------------

    void leavingThePersonForm_data()
    {
        QTest::addColumn<QString>("way");
        QTest::addColumn<int>("answer");
        for (const QString &way : {u"another person"_s, u"another tab"_s, u"close"_s, u"quit"_s}) {
            for (const auto &[name, answer] :
                 {std::pair{"cancel", QMessageBox::Cancel}, std::pair{"discard", QMessageBox::Discard},
                  std::pair{"apply", QMessageBox::Apply}})
                QTest::addRow("%s, %s", qPrintable(way), name) << way << int(answer);
        }
    }

    void leavingThePersonForm()
    {
        QFETCH(QString, way);
        QFETCH(int, answer);
        const QString file = makeSample();
        QPointer<MainWindow> window = new MainWindow;
        window->resize(1366, 768);
        QVERIFY(window->openFile(file));
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window));
        auto *tabs = window->findChild<QTabWidget *>();
        auto *page = window->findChild<ParticipantsPage *>();
        tabs->setCurrentWidget(page);
        const qint64 first = window->document()->data().participants.first().id;
        const qint64 second = window->document()->data().participants.at(1).id;
        page->select(first);
        QLineEdit *role = field(page->form(), u"Role"_s);
        role->setFocus();
        role->selectAll();
        QTest::keyClicks(role, u"Typed, not applied"_s);
        QVERIFY(page->form()->hasChanges());

        const int asked = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::StandardButton(answer));
        if (way == u"another person"_s)
            page->select(second);
        else if (way == u"another tab"_s)
            tabs->setCurrentIndex(tabs->indexOf(page) + 1);
        else if (way == u"close"_s)
            window->close();
        else
            QApplication::closeAllWindows();
        QCOMPARE(MessageBox::shownCount(), asked + 1);
        QVERIFY(MessageBox::lastText().contains(u"not applied"_s));

        const QString stored = EventReader::load(*EventFile::open(file, EventFile::Mode::ReadOnly))
                                   .participant(first)
                                   ->role;
        if (answer == QMessageBox::Cancel) {
            // Still there, on the same person, with the text as typed.
            QVERIFY(window);
            QTRY_COMPARE(page->form()->participantId(), first);
            QTRY_COMPARE(page->selectedId(), first);
            QCOMPARE(tabs->currentWidget(), page);
            QCOMPARE(role->text(), u"Typed, not applied"_s);
            QVERIFY(stored != u"Typed, not applied"_s);
            delete window;
            return;
        }
        QCOMPARE(stored == u"Typed, not applied"_s, answer == QMessageBox::Apply);
        if (way == u"another person"_s) {
            QCOMPARE(page->form()->participantId(), second);
        } else if (way == u"another tab"_s) {
            QCOMPARE(tabs->currentIndex(), tabs->indexOf(page) + 1);
        } else {
            QTRY_VERIFY(!window); // closed (and deleted)
            return;
        }
        delete window;
    }

    // What was typed stays when something else changes the event meanwhile (a move on the
    // board, an undo), when the person is filtered out of view, and when another file opens.
    void typedTextSurvivesChangesElsewhere()
    {
        auto document = openSample();
        ParticipantsPage page(document.get());
        page.resize(1366, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const Participant person = document->data().participants.first();
        page.select(person.id);
        QLineEdit *role = field(page.form(), u"Role"_s);
        role->setText(u"Typed"_s);
        QTest::keyClick(role, Qt::Key_End); // textEdited: the form notices
        QTest::keyClicks(role, u" here"_s);
        const int asked = MessageBox::shownCount();

        const qint64 other = document->data().destinations.last().id;
        QVERIFY(document->push(std::make_unique<MoveParticipantsCommand>(
            document.get(), QList<qint64>{person.id}, other, true)));
        QCOMPARE(role->text(), u"Typed here"_s);
        QVERIFY(document->undo());
        QCOMPARE(role->text(), u"Typed here"_s);
        page.searchField()->setText(u"nobody is called this"_s);
        QCOMPARE(page.form()->participantId(), person.id);
        QCOMPARE(role->text(), u"Typed here"_s);
        QCOMPARE(MessageBox::shownCount(), asked); // nothing asked for any of it

        // Applying writes the typed field over the person as stored now, and only it.
        page.searchField()->clear();
        QVERIFY(page.form()->apply());
        const Participant stored = *EventReader::load(document->file()).participant(person.id);
        QCOMPARE(stored.role, u"Typed here"_s);
        QCOMPARE(stored.email, person.email);
        QVERIFY(!page.form()->hasChanges());
    }

    void leavingTheDayPlanByTabAsks()
    {
        const QString file = makeSample();
        QPointer<MainWindow> window = new MainWindow;
        window->resize(1366, 768);
        QVERIFY(window->openFile(file));
        window->show();
        auto *tabs = window->findChild<QTabWidget *>();
        auto *dayPlan = window->findChild<DayPlanPage *>();
        tabs->setCurrentWidget(dayPlan);
        const qint64 id = window->document()->data().destinations.first().id;
        dayPlan->showDestination(id);
        QSpinBox *max = dayPlan->destinationEditor()->findChildren<QSpinBox *>().at(1);
        max->setValue(max->value() + 3);
        const int wanted = max->value();

        MessageBox::setNextAnswer(QMessageBox::Cancel);
        tabs->setCurrentIndex(0);
        QCOMPARE(tabs->currentWidget(), dayPlan);
        QCOMPARE(max->value(), wanted);
        MessageBox::setNextAnswer(QMessageBox::Apply);
        tabs->setCurrentIndex(0);
        QCOMPARE(tabs->currentIndex(), 0);
        QCOMPARE(window->document()->data().destination(id)->maxSize, wanted);
        delete window;
    }

    // --- Edits refresh what they touched -------------------------------------------------

    // An edit updates its row; an added person is a row inserted, a removed one a row removed:
    // the table is not reset, so the selection and the scroll stay. The snapshot equals a
    // fresh read of the file after each.
    void anEditRefreshesItsRowNotTheTable()
    {
        const QString file = m_dir.filePath(u"many.fieldday"_s);
        EventGenerator::Options options;
        options.participants = 400;
        options.destinations = 5;
        const EventData generated = EventGenerator::generate(options);
        EventFile::create(file, [&generated](EventFile &f) { EventWriter::writeAll(f, generated); });
        EventDocument document(EventFile::open(file, EventFile::Mode::ReadWrite));
        ParticipantsPage page(&document);
        page.resize(1366, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const qint64 id = document.data().participants.at(300).id;
        page.select(id);
        QScrollBar *bar = page.view()->verticalScrollBar();
        QVERIFY(bar->value() > 0);
        const int scrolled = bar->value();
        auto *source = page.view()->model();
        QSignalSpy resets(source, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(source, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(source, &QAbstractItemModel::rowsRemoved);

        QLineEdit *organisation = field(page.form(), u"Organisation"_s);
        organisation->setText(organisation->text() + u" Trust"_s);
        QVERIFY(page.form()->apply());
        QCOMPARE(page.selectedId(), id);
        QCOMPARE(bar->value(), scrolled);
        QCOMPARE(resets.count(), 0);
        const auto sameAsTheFile = [&document] {
            const EventData fresh = EventReader::load(document.file());
            const EventData &shown = document.data();
            if (fresh.participants.size() != shown.participants.size() ||
                fresh.assignments.size() != shown.assignments.size())
                return false;
            for (qsizetype i = 0; i < fresh.participants.size(); ++i) {
                const Participant &a = fresh.participants[i], &b = shown.participants[i];
                if (a != b || fresh.destinationOf(a.id) != shown.destinationOf(b.id))
                    return false;
            }
            return true;
        };
        QVERIFY(sameAsTheFile());

        page.addParticipant();
        QCOMPARE(inserted.count(), 1);
        QVERIFY(sameAsTheFile());
        QVERIFY(document.undo());
        QCOMPARE(removed.count(), 1);
        QVERIFY(document.undo());
        QCOMPARE(resets.count(), 0);
        QVERIFY(sameAsTheFile());
    }

    // --- The wheel scrolls the page, it does not change values --------------------------

    void theWheelScrollsPastSpinBoxes()
    {
        auto document = openSample();
        DayPlanPage page(document.get());
        page.resize(1000, 400); // small: the editor scrolls
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.showDestination(document->data().destinations.first().id);
        DestinationEditor *editor = page.destinationEditor();
        QSpinBox *seats = nullptr;
        for (QTableWidget *table : editor->findChildren<QTableWidget *>()) {
            for (int c = 0; c < table->columnCount() && !seats; ++c)
                seats = qobject_cast<QSpinBox *>(table->cellWidget(0, c));
        }
        QVERIFY(seats);
        QVERIFY(!seats->hasFocus());
        // Everything around it that scrolls (the legs table, then the page), as one number.
        const auto scrolled = [seats] {
            int sum = 0;
            for (QWidget *w = seats; w; w = w->parentWidget()) {
                if (auto *area = qobject_cast<QAbstractScrollArea *>(w))
                    sum += area->verticalScrollBar()->value();
            }
            return sum;
        };
        const int value = seats->value();
        const int before = scrolled();
        auto wheel = [seats](int delta) {
            const QPointF at(seats->width() / 2.0, seats->height() / 2.0);
            QWheelEvent event(at, seats->mapToGlobal(at), QPoint(), QPoint(0, delta), Qt::NoButton,
                              Qt::NoModifier, Qt::NoScrollPhase, false);
            QApplication::sendEvent(seats, &event);
        };
        for (int turn = 0; turn < 6; ++turn)
            wheel(-120);
        QCOMPARE(seats->value(), value);
        QVERIFY(scrolled() > before);

        // With focus (clicked or tabbed into), the wheel is the spin box's own.
        seats->setFocus();
        QTRY_VERIFY(seats->hasFocus());
        wheel(120);
        QCOMPARE(seats->value(), value + 1);
    }

    // --- The import preview does not freeze the window -------------------------------------

    void theImportPreviewLeavesTheWindowResponsive()
    {
        auto document = openSample();
        const QString csv = m_dir.filePath(u"big.csv"_s);
        {
            QFile out(csv);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("First name,Surname,Email,Organisation,1st choice\n");
            for (int i = 0; i < 100000; ++i)
                out.write(QByteArray("Ada,Walker,walker") + QByteArray::number(i) +
                          "@example.org,Salford CVS,Salford\n");
        }
        QElapsedTimer opening;
        opening.start();
        ImportDialog dialog(document.get(), csv);
        QVERIFY(dialog.isReadable());
        QVERIFY2(opening.elapsed() < 2000, qPrintable(QString::number(opening.elapsed())));
        QVERIFY(dialog.isChecking());
        QVERIFY(!dialog.importButton()->isEnabled());
        // While the check runs, the event loop turns: a timer firing every 10 ms is never held
        // up for long (the whole check takes seconds).
        qint64 longestGap = 0;
        QElapsedTimer sinceTick;
        sinceTick.start();
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&] {
            longestGap = qMax(longestGap, sinceTick.restart());
        });
        ticker.start(10);
        // Changing a column's target meanwhile starts over (the running check is dropped).
        auto *goesTo = qobject_cast<QComboBox *>(
            dialog.findChild<QTableWidget *>()->cellWidget(3, 1)); // Organisation
        goesTo->setCurrentIndex(goesTo->findText(u"(not imported)"_s));
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isChecking(), 120000);
        ticker.stop();
        QVERIFY2(longestGap < 500, qPrintable(QString::number(longestGap)));
        QVERIFY2(dialog.problemsText().contains(u"100000 rows"_s), qPrintable(dialog.problemsText()));
        QVERIFY(dialog.importButton()->isEnabled());
        QCOMPARE(EventReader::load(document->file()).participants.size(),
                 document->data().participants.size()); // the check changed nothing
    }

    // --- The window --------------------------------------------------------------------

    void openingTheSameFileBringsItsWindowForward()
    {
        const QString file = makeSample();
        QPointer<MainWindow> window = new MainWindow;
        QVERIFY(window->openFile(file));
        window->show();
        const int asked = MessageBox::shownCount();
        const auto windows = [] {
            int n = 0;
            for (QWidget *w : QApplication::topLevelWidgets())
                n += qobject_cast<MainWindow *>(w) && w->isVisible() ? 1 : 0;
            return n;
        };
        const int before = windows();
        QVERIFY(window->openFile(file));
        QVERIFY(window->openFile(QFileInfo(file).absolutePath() + u"/./"_s +
                                 QFileInfo(file).fileName()));
        QCOMPARE(MessageBox::shownCount(), asked);
        QCOMPARE(windows(), before);
        delete window;
    }

    void undoAndRedoAreOffOnTheStartPage()
    {
        MainWindow window;
        window.show();
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->text().startsWith(u"&Undo"_s) || action->text().startsWith(u"&Redo"_s))
                QVERIFY2(!action->isEnabled(), qPrintable(action->text()));
        }
    }
};

QTEST_MAIN(TestEditing)
#include "TestEditing.moc"
