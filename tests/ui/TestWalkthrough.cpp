#include "EventDocument.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OverviewPage.h"
#include "TestUtil.h"
#include "pages/AllocateDialog.h"
#include "pages/DayPlanPage.h"
#include "pages/DestinationEditor.h"
#include "pages/GroupColumn.h"
#include "pages/GroupsPage.h"
#include "pages/ImportDialog.h"
#include "pages/OutputsPage.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QDir>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The new user's script from the desktop app's issue, in one window, step by step: open the
// sample, import a booking export, allocate, move someone by hand, fix the planning problem
// that made from the overview, print rosters, export a partner list, and undo to the start.
// Each step leaves a screenshot in build/screenshots/walkthrough-N-*.png to look at.
class TestWalkthrough : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    MainWindow *m_window = nullptr;
    int m_shot = 0;

    void shot(const QString &name)
    {
        const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(
            m_window->grab().save(u"%1/walkthrough-%2-%3.png"_s.arg(dir).arg(++m_shot).arg(name)));
    }
    QTabWidget *tabs() const { return m_window->findChild<QTabWidget *>(); }
    void showTab(const QString &title)
    {
        for (int i = 0; i < tabs()->count(); ++i) {
            if (tabs()->tabText(i).startsWith(title)) // "Overview (2 errors)"
                tabs()->setCurrentIndex(i);
        }
        QVERIFY(tabs()->tabText(tabs()->currentIndex()).startsWith(title));
    }
    EventData stored() const { return EventReader::load(m_window->document()->file()); }
    QStringList problems() const
    {
        QStringList texts;
        for (QTreeWidgetItem *item : problemItems())
            texts << item->text(0);
        return texts;
    }
    // Every problem, also those gathered under a line of their code.
    QList<QTreeWidgetItem *> problemItems() const
    {
        QList<QTreeWidgetItem *> items;
        QTreeWidget *tree = m_window->findChild<OverviewPage *>()->problemList();
        for (QTreeWidgetItemIterator it(tree); *it; ++it) {
            if ((*it)->childCount() == 0)
                items << *it;
        }
        return items;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"FielddayWalkthrough"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
    }

    void newUserScript()
    {
        // 1. Open the sample.
        const QString file = m_dir.filePath(u"treasure-hunt.fieldday"_s);
        const EventData sample = SampleEvent::data();
        EventFile::create(file, [&sample](EventFile &f) { EventWriter::writeAll(f, sample); });
        MainWindow window;
        m_window = &window;
        window.resize(1440, 900);
        QVERIFY(window.openFile(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        EventDocument *document = window.document();
        const EventData start = stored();
        shot(u"overview"_s);

        // 2. Import a booking export through the dialog: preview first, then one undo step.
        showTab(u"Participants"_s);
        {
            ImportDialog dialog(document,
                                QStringLiteral(FIELDDAY_TEST_DATA) + u"/import/eventbrite-uk.csv"_s,
                                &window);
            QVERIFY(dialog.isReadable());
            QTRY_VERIFY(!dialog.isChecking());
            QVERIFY(dialog.importButton()->isEnabled());
            QCOMPARE(stored().participants.size(), start.participants.size());
            dialog.import();
        }
        QCOMPARE(stored().participants.size(), start.participants.size() + 3);
        QCOMPARE(document->undoStack()->count(), 1);
        shot(u"imported"_s);

        // 3. Allocate: the report, then apply as one step.
        showTab(u"Groups"_s);
        {
            AllocateDialog dialog(document, &window);
            QCOMPARE(dialog.result().unassigned(), 0);
            dialog.apply();
        }
        EventData now = stored();
        for (const Participant &p : now.participants) {
            if (p.status == ParticipantStatus::Booked)
                QVERIFY2(now.destinationOf(p.id), qPrintable(p.displayName()));
        }
        QCOMPARE(document->undoStack()->count(), 2);
        shot(u"allocated"_s);

        // 4. Move someone by hand into a full group: pinned, and a problem appears.
        const Destination full = [&] {
            for (const Destination &d : now.destinations) {
                if (now.members(d.id).size() >= d.maxSize)
                    return d;
            }
            return Destination();
        }();
        QVERIFY2(full.id, "the sample's groups fill up once the import is allocated");
        qint64 mover = 0;
        for (const Assignment &a : now.assignments) {
            if (!mover && a.destinationId != full.id)
                mover = a.participantId;
        }
        auto *groups = window.findChild<GroupsPage *>();
        MessageBox::setNextAnswer(QMessageBox::Yes); // "Put in … anyway"
        groups->moveParticipant(mover, full.id);
        QVERIFY(MessageBox::lastText().contains(u"is full"_s));
        now = stored();
        QCOMPARE(now.destinationOf(mover), full.id);
        QVERIFY(now.assignmentOf(mover)->pinned);
        QCOMPARE(groups->column(full.id)->count(), now.members(full.id).size());
        shot(u"moved-by-hand"_s);

        // 5. The overview lists the problem; activating it opens the destination to fix.
        showTab(u"Overview"_s);
        const QString overMax = full.name + u" has "_s;
        QTreeWidget *list = window.findChild<OverviewPage *>()->problemList();
        QTreeWidgetItem *problem = nullptr;
        for (QTreeWidgetItem *item : problemItems()) {
            if (item->text(0).contains(overMax) && item->text(0).contains(u"above its maximum"_s))
                problem = item;
        }
        QVERIFY2(problem, qPrintable(problems().join(u'\n')));
        shot(u"problem-on-overview"_s);
        emit list->itemActivated(problem, 0);
        QCOMPARE(tabs()->tabText(tabs()->currentIndex()), u"Day plan"_s);
        DestinationEditor *editor = window.findChild<DayPlanPage *>()->destinationEditor();
        QCOMPARE(editor->destinationId(), full.id);
        QSpinBox *max = editor->findChildren<QSpinBox *>().at(1);
        max->setValue(full.maxSize + 1);
        QPushButton *apply = nullptr;
        for (QPushButton *b : editor->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == u"Apply"_s)
                apply = b;
        }
        QVERIFY(apply && apply->isEnabled());
        shot(u"fixing-in-day-plan"_s);
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(stored().destination(full.id)->maxSize, full.maxSize + 1);
        showTab(u"Overview"_s);
        for (const QString &text : problems())
            QVERIFY2(!(text.contains(overMax) && text.contains(u"above its maximum"_s)),
                     qPrintable(text));
        shot(u"fixed"_s);

        // 6. Print rosters to PDF and export a partner list.
        showTab(u"Outputs"_s);
        auto *outputs = window.findChild<OutputsPage *>();
        const QString pdf = m_dir.filePath(u"rosters.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(outputs->saveAsPdf());
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        const QString roster = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(roster.contains(full.name));
        QVERIFY(roster.contains(now.participant(mover)->familyName));
        const QString csv = m_dir.filePath(u"partner.csv"_s);
        FileDialog::setNextFileName(csv);
        QVERIFY(outputs->exportList());
        QFile list_(csv);
        QVERIFY(list_.open(QIODevice::ReadOnly));
        const QString partner = QString::fromUtf8(list_.readAll());
        QVERIFY(partner.contains(u"Sinéad"_s));       // the imported people are on it
        QVERIFY(!partner.contains(u"Gluten-free"_s)); // and their diet is not
        shot(u"outputs"_s);

        // 7. Undo back to the start: the file is as it was opened.
        QVERIFY(document->undoStack()->count() >= 4);
        // Edit ▸ Undo says what it will undo.
        QAction *undo = nullptr;
        for (QAction *action : window.findChildren<QAction *>()) {
            if (action->shortcut() == QKeySequence(QKeySequence::Undo))
                undo = action;
        }
        QVERIFY(undo);
        QCOMPARE(undo->text(), u"&Undo "_s + document->undoStack()->undoText());
        QCOMPARE(undo->iconText(), u"Undo"_s); // the toolbar's word
        while (document->undoStack()->canUndo())
            document->undo();
        const EventData end = stored();
        QCOMPARE(end.participants.size(), start.participants.size());
        QCOMPARE(end.assignments.size(), start.assignments.size());
        for (const Assignment &a : start.assignments) {
            QCOMPARE(end.destinationOf(a.participantId), a.destinationId);
            QCOMPARE(end.assignmentOf(a.participantId)->pinned, a.pinned);
        }
        for (const Destination &d : start.destinations)
            QCOMPARE(end.destination(d.id)->maxSize, d.maxSize);
        QVERIFY(document->undoStack()->isClean());
        showTab(u"Overview"_s);
        shot(u"undone"_s);
        m_window = nullptr;
    }
};

QTEST_MAIN(TestWalkthrough)
#include "TestWalkthrough.moc"
