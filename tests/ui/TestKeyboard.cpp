#include "EventDocument.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestUtil.h"
#include "pages/AllocateDialog.h"
#include "pages/ImportDialog.h"
#include "pages/MoveToGroupDialog.h"
#include "pages/ParticipantForm.h"
#include "pages/ParticipantsPage.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QListWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The main tasks with the keyboard alone: open, import, allocate, move a person, edit and apply,
// print the rosters to PDF. File names come through the file dialog's seam; every other step is
// a key press.
class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;

    void keys(QWidget *to, const QKeySequence &sequence)
    {
        for (int i = 0; i < sequence.count(); ++i)
            QTest::keyClick(to, sequence[i].key(), sequence[i].keyboardModifiers());
    }
    // Presses a key that opens a modal dialog; `inside` answers it with keys, once it shows.
    template <typename Dialog>
    void keyIntoDialog(const QKeySequence &opens, std::function<void(Dialog *)> inside)
    {
        auto answered = std::make_shared<bool>(false);
        QTimer::singleShot(0, this, [answered, inside] {
            auto *dialog = qobject_cast<Dialog *>(QApplication::activeModalWidget());
            QVERIFY2(dialog, "the dialog did not open");
            inside(dialog);
            *answered = true;
        });
        keys(m_window, opens);
        QVERIFY(*answered);
        // The offscreen platform does not give the focus back to the window by itself.
        QApplication::setActiveWindow(m_window);
        QVERIFY(QTest::qWaitForWindowActive(m_window));
    }
    QWidget *focused() const { return QApplication::focusWidget(); }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"FielddayKeyboard"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
    }

    void mainTasksWithKeysOnly()
    {
        const QString file = m_dir.filePath(u"keys.fieldday"_s);
        const EventData data = SampleEvent::data();
        EventFile::create(file, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        MainWindow window;
        m_window = &window;
        window.resize(1280, 720);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));

        // Open (Ctrl+O).
        FileDialog::setNextFileName(file);
        keys(&window, QKeySequence::Open);
        QVERIFY(window.document());
        EventDocument *document = window.document();
        const qsizetype before = document->data().participants.size();

        // Import (Ctrl+I): Enter imports once the preview is ready.
        FileDialog::setNextFileName(QStringLiteral(FIELDDAY_TEST_DATA) +
                                    u"/import/eventbrite-uk.csv"_s);
        keyIntoDialog<ImportDialog>(QKeySequence(Qt::CTRL | Qt::Key_I), [](ImportDialog *dialog) {
            QTRY_VERIFY(!dialog->isChecking());
            QTest::keyClick(dialog, Qt::Key_Return);
        });
        QCOMPARE(document->data().participants.size(), before + 3);
        QVERIFY2(window.statusBar()->currentMessage().startsWith(
                     u"Imported eventbrite-uk.csv: 3 added, 0 updated"_s),
                 qPrintable(window.statusBar()->currentMessage()));

        // Allocate (Ctrl+L): Enter applies.
        keyIntoDialog<AllocateDialog>(
            QKeySequence(Qt::CTRL | Qt::Key_L),
            [](AllocateDialog *dialog) { QTest::keyClick(dialog, Qt::Key_Return); });
        const EventData allocated = EventReader::load(document->file());
        const Participant *bjorn = nullptr;
        for (const Participant &p : allocated.participants) {
            if (p.familyName == u"Andersson"_s)
                bjorn = &p;
        }
        QVERIFY(bjorn);
        const qint64 bjornId = bjorn->id;
        QVERIFY(allocated.destinationOf(bjornId));

        // Find a person (Ctrl+F), Enter goes to the table, Ctrl+M moves them to another group.
        keys(&window, QKeySequence::Find);
        auto *participants = window.findChild<ParticipantsPage *>();
        QCOMPARE(focused(), participants->searchField());
        QTest::keyClicks(focused(), u"Andersson"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(focused(), participants->view());
        QCOMPARE(participants->selectedId(), bjornId);
        const Destination *other = nullptr;
        for (const Destination &d : allocated.destinations) {
            if (d.id != allocated.destinationOf(bjornId) && !other)
                other = &d;
        }
        QVERIFY(other);
        const QString otherName = other->name;
        const qint64 otherId = other->id;
        MessageBox::setNextAnswer(QMessageBox::Yes); // if the group is full: on purpose
        keyIntoDialog<MoveToGroupDialog>(
            QKeySequence(Qt::CTRL | Qt::Key_M), [otherName](MoveToGroupDialog *dialog) {
                QTest::keyClicks(dialog->groupList(), otherName.left(4)); // type to find
                QVERIFY(dialog->groupList()->currentItem()->text().startsWith(otherName));
                QTest::keyClick(dialog->groupList(), Qt::Key_Return);
            });
        QCOMPARE(EventReader::load(document->file()).destinationOf(bjornId), otherId);
        QVERIFY(EventReader::load(document->file()).assignmentOf(bjornId)->pinned);

        // Edit and apply: Tab leaves the table for the form; Enter applies.
        QTest::keyClick(focused(), Qt::Key_Tab);
        auto *form = participants->form();
        QVERIFY2(form->isAncestorOf(focused()), focused()->metaObject()->className());
        QCOMPARE(focused()->accessibleName(), u"Given name"_s);
        QTest::keyClick(focused(), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(focused(), u"Bjorn"_s);
        QTest::keyClick(focused(), Qt::Key_Return);
        QCOMPARE(EventReader::participant(document->file(), bjornId)->givenName, u"Bjorn"_s);

        // Print the rosters to PDF: Ctrl+P shows the outputs; Alt+D saves as PDF.
        keys(&window, QKeySequence::Print);
        const QString pdf = m_dir.filePath(u"rosters.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QTest::keyClick(&window, Qt::Key_D, Qt::AltModifier);
        QTRY_VERIFY(QFile(pdf).size() > 1000);
        QVERIFY(test::readFile(pdf).startsWith("%PDF"));
        QCOMPARE(document->undoStack()->count(), 4); // import, allocate, move, edit
    }
};

QTEST_MAIN(TestKeyboard)
#include "TestKeyboard.moc"
