#include "EventDocument.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestUtil.h"
#include "models/ParticipantTableModel.h"
#include "pages/DayPlanPage.h"
#include "pages/DestinationEditor.h"
#include "pages/EventDetailsEditor.h"
#include "pages/GroupsPage.h"
#include "pages/ParticipantForm.h"
#include "pages/ParticipantsPage.h"
#include "pages/PlacesAndAgendaEditor.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QLineEdit>
#include <QListWidget>
#include <QPointer>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// A few hundred random actions on the sample through the window (edits with good and bad
// values, moves, additions, status changes, plan edits, deletions, undo, redo, and writes the
// file refuses), each followed by the invariants: the file is sound, and what the window shows
// is what a fresh read of the file gives. Seeded: FIELDDAY_RANDOM_SEED=N replays a run,
// FIELDDAY_RANDOM_STEPS=N sets its length.
class TestRandomEdits : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QRandomGenerator m_random;
    QPointer<MainWindow> m_window;
    QStringList m_log; // the actions so far, for the failure message

    EventDocument *document() const { return m_window->document(); }
    template <typename T> T *find() const { return m_window->findChild<T *>(); }
    int below(int n) { return n > 0 ? int(m_random.bounded(n)) : 0; }
    bool chance(int percent) { return below(100) < percent; }
    template <typename T> const T &pick(const QList<T> &list) { return list.at(below(int(list.size()))); }

    qint64 anyPerson()
    {
        const auto &people = document()->data().participants;
        return people.isEmpty() ? 0 : pick(people).id;
    }
    qint64 anyGroup()
    {
        const auto &groups = document()->data().destinations;
        return groups.isEmpty() ? 0 : pick(groups).id;
    }
    QString anyText()
    {
        // Good values, and the bad ones a hurried organiser types.
        static const QStringList texts = {u"Zoë"_s,        u"O'Brien"_s,   u"Salford CVS"_s,
                                          u""_s,           u"  padded  "_s, u"not an e-mail"_s,
                                          u"ada@example.org"_s, u"Łukasz Nguyễn"_s};
        return pick(texts);
    }
    void showPage(QWidget *page) { find<QTabWidget>()->setCurrentWidget(page); }

    void editPerson()
    {
        auto *page = find<ParticipantsPage>();
        showPage(page);
        page->select(anyPerson());
        const QList<QLineEdit *> fields = page->form()->findChildren<QLineEdit *>();
        QLineEdit *field = pick(fields);
        if (!field->isEnabled())
            return;
        field->setText(anyText());
        if (chance(75))
            page->form()->apply(); // or leave it typed, for a later way out to ask about
    }
    void movePerson()
    {
        auto *groups = find<GroupsPage>();
        showPage(groups);
        groups->moveParticipant(anyPerson(), chance(20) ? 0 : anyGroup());
    }
    void changeStatus()
    {
        auto *page = find<ParticipantsPage>();
        showPage(page);
        page->select(anyPerson());
        switch (below(3)) {
        case 0:
            page->cancelSelected();
            break;
        case 1:
            page->waitlistSelected();
            break;
        default:
            page->checkInSelected();
        }
    }
    void addPerson()
    {
        auto *page = find<ParticipantsPage>();
        showPage(page);
        page->addParticipant();
    }
    void editDestination()
    {
        auto *dayPlan = find<DayPlanPage>();
        showPage(dayPlan);
        dayPlan->showDestination(chance(15) ? -1 : anyGroup()); // -1: + Add a destination
        DestinationEditor *editor = dayPlan->destinationEditor();
        const QList<QSpinBox *> sizes = editor->findChildren<QSpinBox *>();
        if (sizes.size() >= 2) {
            sizes[0]->setValue(below(12)); // at least
            sizes[1]->setValue(below(25)); // at most, now and then below the least
        }
        auto *name = editor->findChildren<QLineEdit *>().first();
        if (chance(20) && !document()->data().destinations.isEmpty())
            name->setText(chance(50) ? QString() : pick(document()->data().destinations).name);
        if (chance(30))
            editor->addLeg();
        if (chance(20))
            editor->removeLeg();
        if (chance(80))
            editor->apply();
    }
    void deleteDestination()
    {
        if (document()->data().destinations.size() <= 2)
            return; // keep groups to move people between
        auto *dayPlan = find<DayPlanPage>();
        showPage(dayPlan);
        dayPlan->showDestination(anyGroup());
        MessageBox::setNextAnswer(chance(80) ? QMessageBox::Yes : QMessageBox::Cancel);
        dayPlan->destinationEditor()->removeDestination();
    }
    void editPlacesAndAgenda()
    {
        auto *dayPlan = find<DayPlanPage>();
        showPage(dayPlan);
        PlacesAndAgendaEditor *editor = dayPlan->placesEditor();
        switch (below(4)) {
        case 0:
            editor->addPlace();
            break;
        case 1:
            editor->addAgendaItem();
            break;
        case 2: {
            QTableWidget *places = editor->places();
            if (places->rowCount() > 0) {
                places->setCurrentCell(below(places->rowCount()), 0);
                places->removeRow(places->currentRow()); // what its Remove button does
            }
            break;
        }
        default: {
            QTableWidget *agenda = editor->agenda();
            if (agenda->rowCount() > 0)
                agenda->item(below(agenda->rowCount()), 0)->setText(anyText());
        }
        }
        if (chance(80))
            editor->apply();
    }
    void editEventDetails()
    {
        auto *editor = find<EventDetailsEditor>();
        showPage(find<DayPlanPage>());
        find<DayPlanPage>()->showDestination(0);
        editor->findChildren<QLineEdit *>().first()->setText(chance(20) ? QString() : anyText());
        editor->apply();
    }
    void undoOrRedo()
    {
        for (int i = below(3) + 1; i > 0; --i) {
            if (chance(60))
                document()->undo();
            else
                document()->redo();
        }
    }
    // The file refuses a write (read-only under the app, a full disk): nothing moves.
    void refusedWrite()
    {
        const int index = document()->undoStack()->index();
        QSqlQuery(document()->file().database()).exec(u"PRAGMA query_only = ON"_s);
        const bool undo = chance(50);
        const bool moved = undo ? document()->undo() : document()->redo();
        QSqlQuery(document()->file().database()).exec(u"PRAGMA query_only = OFF"_s);
        QVERIFY(!moved);
        QCOMPARE(document()->undoStack()->index(), index);
    }

    // What must hold after every action.
    void checkInvariants(const QString &context)
    {
        QSqlQuery q(document()->file().database());
        QVERIFY2(q.exec(u"PRAGMA integrity_check"_s) && q.next(), qPrintable(context));
        QVERIFY2(q.value(0).toString() == u"ok"_s, qPrintable(context));
        QVERIFY2(q.exec(u"PRAGMA foreign_key_check"_s) && !q.next(), qPrintable(context));
        const EventData fresh = EventReader::load(document()->file());
        QVERIFY2(document()->data() == fresh, qPrintable(u"snapshot differs from the file; "_s + context));
        // The participant table shows exactly the people of the file.
        auto *view = find<ParticipantsPage>()->view();
        auto *model = find<ParticipantTableModel>();
        QVERIFY2(model->rowCount() == fresh.participants.size(), qPrintable(context));
        for (const Participant &p : fresh.participants) {
            const int row = model->rowOf(p.id);
            QVERIFY2(row >= 0, qPrintable(context));
            const QModelIndex index = model->index(row, ParticipantTableModel::Name);
            QVERIFY2(index.data().toString() == p.familyName + u", "_s + p.givenName,
                     qPrintable(context));
            const Destination *group = fresh.destination(fresh.destinationOf(p.id));
            QVERIFY2(model->index(row, ParticipantTableModel::Group)
                         .data()
                         .toString()
                         .startsWith(group ? group->name : QString()),
                     qPrintable(context));
        }
        Q_UNUSED(view);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCoreApplication::setOrganizationName(u"FielddayTest"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
    }

    void randomActionsKeepTheFileAndTheViewInStep()
    {
        const quint32 seed = qEnvironmentVariableIsSet("FIELDDAY_RANDOM_SEED")
                                 ? quint32(qEnvironmentVariableIntValue("FIELDDAY_RANDOM_SEED"))
                                 : 20261203u;
        const int steps = qEnvironmentVariableIsSet("FIELDDAY_RANDOM_STEPS")
                              ? qEnvironmentVariableIntValue("FIELDDAY_RANDOM_STEPS")
                              : 300;
        m_random.seed(seed);
        const QString file = m_dir.filePath(u"random.fieldday"_s);
        const EventData sample = SampleEvent::data();
        EventFile::create(file, [&sample](EventFile &f) { EventWriter::writeAll(f, sample); });
        m_window = new MainWindow;
        m_window->resize(1366, 768);
        QVERIFY(m_window->openFile(file));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));

        using Action = void (TestRandomEdits::*)();
        const QList<std::pair<const char *, Action>> actions = {
            {"edit a person", &TestRandomEdits::editPerson},
            {"edit a person", &TestRandomEdits::editPerson},
            {"move a person", &TestRandomEdits::movePerson},
            {"move a person", &TestRandomEdits::movePerson},
            {"change a status", &TestRandomEdits::changeStatus},
            {"add a person", &TestRandomEdits::addPerson},
            {"edit a destination", &TestRandomEdits::editDestination},
            {"edit a destination", &TestRandomEdits::editDestination},
            {"delete a destination", &TestRandomEdits::deleteDestination},
            {"edit places and agenda", &TestRandomEdits::editPlacesAndAgenda},
            {"edit the event", &TestRandomEdits::editEventDetails},
            {"undo or redo", &TestRandomEdits::undoOrRedo},
            {"undo or redo", &TestRandomEdits::undoOrRedo},
            {"a refused write", &TestRandomEdits::refusedWrite},
        };
        static const QList<QMessageBox::StandardButton> answers = {
            QMessageBox::Yes, QMessageBox::Apply, QMessageBox::Discard, QMessageBox::Cancel,
            QMessageBox::Ok};
        for (int step = 1; step <= steps; ++step) {
            // Whatever is asked on the way (leave a form? over the maximum?) gets an answer.
            MessageBox::setAnswerForAll(pick(answers));
            const auto &[name, action] = pick(actions);
            m_log.append(QString::fromLatin1(name));
            const QString context = u"seed %1, step %2 (%3); before: %4"_s.arg(seed).arg(step).arg(
                QString::fromLatin1(name), m_log.mid(qMax(0, m_log.size() - 8)).join(u", "_s));
            (this->*action)();
            QCoreApplication::processEvents(); // deferred selections and rebuilds
            if (QTest::currentTestFailed())
                QFAIL(qPrintable(context));
            checkInvariants(context);
            if (QTest::currentTestFailed())
                return;
        }
        // The run did change the event, and refused what it had to: not a walk past the doors.
        const int taken = document()->undoStack()->count();
        qInfo("%d steps on the undo stack, %lld people, %lld destinations", taken,
              qint64(document()->data().participants.size()),
              qint64(document()->data().destinations.size()));
        QVERIFY(taken > steps / 10);
        MessageBox::setAnswerForAll(QMessageBox::Discard); // closing drops what is typed
        m_window->close();
        QTRY_VERIFY(!m_window);
        MessageBox::setAnswerForAll(QMessageBox::NoButton);
    }
};

QTEST_MAIN(TestRandomEdits)
#include "TestRandomEdits.moc"
