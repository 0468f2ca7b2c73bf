#include "EventDocument.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "TestUtil.h"
#include "UiTestUtil.h"
#include "pages/MergeDialog.h"
#include "sample/SampleEvent.h"
#include "storage/CopySharing.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"
#include "storage/ParticipantRepository.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QInputDialog>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using namespace fieldday;

// File ▸ Share a Copy… and File ▸ Merge Changes From…: the preview, the choices, one undo step.
class TestMergeDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    QString path(const QString &name)
    {
        return m_dir.filePath(u"%1-%2"_s.arg(++m_count).arg(name));
    }
    static QString value(const EventFile &file, const QString &statement)
    {
        QSqlQuery q(file.database());
        return q.exec(statement) && q.next() ? q.value(0).toString() : QString();
    }
private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"FielddayTest"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
    }

    void shareFromTheFileMenuThenMergeWithAChoice()
    {
        const QString original = path(u"event.fieldday"_s);
        EventFile::create(original,
                          [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(window.openFile(original));
        EventDocument *document = window.document();
        QVERIFY(document);

        // Share: a file name, then whose copy it is.
        const QString copy = path(u"wigan.fieldday"_s);
        FileDialog::setNextFileName(copy);
        QTimer::singleShot(50, this, [] {
            QWidget *modal = QApplication::activeModalWidget();
            auto *input = qobject_cast<QInputDialog *>(modal);
            if (!input) {
                qWarning("modal: %s", modal ? modal->metaObject()->className() : "none");
                if (modal)
                    modal->close();
                return;
            }
            input->setTextValue(u"Wigan lead"_s);
            input->accept();
        });
        QAction *share = test::menuAction(window, u"Share a Copy…"_s);
        QVERIFY(share && share->isEnabled());
        share->trigger();
        QTRY_VERIFY(QFile::exists(copy));

        // The lead checks two people in and changes a phone number the hub changed too.
        {
            const auto file = EventFile::open(copy, EventFile::Mode::ReadWrite);
            ParticipantRepository people(*file);
            people.checkIn(1, QDateTime(QDate(2019, 3, 26), QTime(9, 40), Qt::UTC));
            people.checkIn(2, QDateTime(QDate(2019, 3, 26), QTime(9, 42), Qt::UTC));
            QSqlQuery(file->database())
                .exec(u"UPDATE participant SET phone = 'theirs' WHERE id IN (3, 4)"_s);
            QSqlQuery(file->database()).exec(u"UPDATE participant SET role = 'Lead' WHERE id = 5"_s);
        }
        QSqlQuery(document->file().database())
            .exec(u"UPDATE participant SET phone = 'mine' WHERE id IN (3, 4)"_s);

        {
            MergeDialog dialog(document, copy, &window);
            QVERIFY(dialog.refusal().isEmpty());
            QCOMPARE(dialog.summaryText(),
                     u"2 check-ins, 3 people changed from Wigan lead; 2 need a decision."_s);
            // What comes in without a question is listed too; check-ins only counted.
            QStringList changes;
            for (int i = 0; i < dialog.changeList()->count(); ++i)
                changes << dialog.changeList()->item(i)->text();
            QVERIFY2(changes.filter(u"role"_s).size() == 1 &&
                         changes.filter(u"role"_s).first().endsWith(u"\u2192 Lead"_s),
                     qPrintable(changes.join(u'\n')));
            QVERIFY2(changes.filter(u"checked"_s).isEmpty(), qPrintable(changes.join(u'\n')));
            QTableWidget *table = dialog.conflictTable();
            QCOMPARE(table->rowCount(), 2);
            QCOMPARE(table->item(0, 1)->text(), u"Phone"_s);
            QCOMPARE(table->item(0, 3)->text(), u"mine"_s);
            QCOMPARE(table->item(0, 4)->text(), u"theirs"_s);
            // Nothing is chosen for the organiser: Merge waits, and the summary counts down.
            QCOMPARE(dialog.choiceAt(0), MergeTake::Ask);
            QVERIFY(!dialog.mergeButton()->isEnabled());
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(test::saveScreenshot(dialog, u"merge-dialog-undecided"_s));
            dialog.setChoiceAt(0, MergeTake::Mine);
            QCOMPARE(dialog.summaryText(),
                     u"2 check-ins, 3 people changed from Wigan lead; 1 needs a decision."_s);
            QVERIFY(!dialog.mergeButton()->isEnabled());
            dialog.takeAllTheirsButton()->click();
            QCOMPARE(dialog.choiceAt(0), MergeTake::Theirs);
            QCOMPARE(dialog.choiceAt(1), MergeTake::Theirs);
            QCOMPARE(dialog.summaryText(),
                     u"2 check-ins, 3 people changed from Wigan lead; 2 conflicts decided."_s);
            QVERIFY(dialog.mergeButton()->isEnabled());
            dialog.setChoiceAt(1, MergeTake::Mine); // one of them kept
            QVERIFY(test::saveScreenshot(dialog, u"merge-dialog"_s));
            // Nothing has changed yet.
            QCOMPARE(value(document->file(),
                           u"SELECT count(*) FROM participant WHERE checked_in_at IS NOT NULL"_s),
                     u"0"_s);
            MessageBox::setNextAnswer(QMessageBox::Ok); // should an error be shown
            const int shown = MessageBox::shownCount();
            dialog.mergeButton()->click();
            QVERIFY2(MessageBox::shownCount() == shown, qPrintable(MessageBox::lastText()));
            QCOMPARE(dialog.result(), int(QDialog::Accepted));
        }
        const QString row3 =
            value(document->file(), u"SELECT phone FROM participant WHERE id = 3"_s);
        const QString row4 =
            value(document->file(), u"SELECT phone FROM participant WHERE id = 4"_s);
        QCOMPARE(QStringList({row3, row4}).join(u','), u"theirs,mine"_s);
        QVERIFY(document->data().participant(1)->checkedInAt.isValid());
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(document->undoStack()->undoText(), u"Merge changes from Wigan lead"_s);

        // One undo step takes all of it back, and the copy is new again; redo puts it back.
        QVERIFY(document->undo());
        QVERIFY(!document->data().participant(1)->checkedInAt.isValid());
        QCOMPARE(value(document->file(), u"SELECT phone FROM participant WHERE id = 3"_s),
                 u"mine"_s);
        QCOMPARE(MergeDialog(document, copy).preview().checkIns, 2);
        QVERIFY(document->redo());
        QVERIFY(document->data().participant(2)->checkedInAt.isValid());

        // Merging again: nothing new, and nothing to merge.
        MergeDialog again(document, copy);
        QVERIFY(again.preview().nothingNew);
        QVERIFY(!again.mergeButton()->isEnabled());
        QVERIFY(again.mergeButton()->isHidden()); // Close is all there is to do
        QVERIFY(again.summaryText().startsWith(u"Nothing new from Wigan lead"_s));
    }

    // A shared copy's window says whose copy it is: the original's and a copy's look alike.
    void aCopysWindowSaysWhoseItIs()
    {
        const QString original = path(u"titled.fieldday"_s);
        const QString copy = path(u"titled-copy.fieldday"_s);
        {
            const auto file = EventFile::create(
                original, [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
            CopySharing::share(*file, copy, u"Hub desk"_s);
        }
        {
            MainWindow window;
            QVERIFY(window.openFile(original));
            QVERIFY2(!window.windowTitle().contains(u"copy"_s), qPrintable(window.windowTitle()));
        }
        MainWindow window;
        QVERIFY(window.openFile(copy));
        QVERIFY2(window.windowTitle().contains(u"Hub desk's copy"_s),
                 qPrintable(window.windowTitle()));
    }

    void theOriginalItselfIsRefusedWithAMessage()
    {
        const QString original = path(u"event.fieldday"_s);
        EventFile::create(original,
                          [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(original));
        MessageBox::setNextAnswer(QMessageBox::Ok);
        FileDialog::setNextFileName(original);
        test::menuAction(window, u"Merge Changes From…"_s)->trigger();
        QTRY_VERIFY(MessageBox::lastText().contains(u"original itself"_s));
        QCOMPARE(window.document()->undoStack()->count(), 0);
    }

    void aSharedCopyCannotShareOrMerge()
    {
        const QString original = path(u"event.fieldday"_s), copy = path(u"copy.fieldday"_s);
        {
            const auto file = EventFile::create(
                original, [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
            CopySharing::share(*file, copy, u"Hub desk"_s);
        }
        MainWindow window;
        window.show();
        QVERIFY(window.openFile(copy));
        QVERIFY(!test::menuAction(window, u"Share a Copy…"_s)->isEnabled());
        QVERIFY(!test::menuAction(window, u"Merge Changes From…"_s)->isEnabled());
    }
};

QTEST_MAIN(TestMergeDialog)
#include "TestMergeDialog.moc"
