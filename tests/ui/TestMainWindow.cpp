#include "DestinationCard.h"
#include "EarlierVersion.h"
#include "EventDocument.h"
#include "FileDialog.h"
#include "MainWindow.h"
#include "MessageBox.h"
#include "OtherTool.h"
#include "OverviewPage.h"
#include "RecentFiles.h"
#include "StartPage.h"
#include "TestUtil.h"
#include "UiTestUtil.h"
#include "UserGuideDialog.h"
#include "pages/DayPlanPage.h"
#include "pages/DestinationEditor.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"

#include <QApplication>
#include <QDir>
#include <QTimer>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLockFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The window shell: start page, opening events (good and bad), read-only, recent files.
class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    QString makeSample(const QString &name)
    {
        const QString file = path(name);
        const EventData data = SampleEvent::data();
        EventFile::create(file, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        return file;
    }

    // Changes a file as another tool would, with its checks and foreign keys off.
    static QString alter(const QString &file, const QStringList &statements)
    {
        return test::alterAsAnotherTool(file, statements, true);
    }

    // Shows the window and types a group's new maximum on the day plan, not applied.
    static DayPlanPage *typeWithoutApplying(MainWindow &window)
    {
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            qWarning("the window was not shown");
        auto *dayPlan = window.findChild<DayPlanPage *>();
        dayPlan->showDestination(window.document()->data().destinations.first().id);
        QSpinBox *max = dayPlan->destinationEditor()->findChildren<QSpinBox *>().at(1);
        max->setValue(max->value() + 1);
        return dayPlan;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"FielddayTest"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
    }

    void startsOnTheStartPage()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.windowTitle(), u"Fieldday"_s);
        QVERIFY(window.findChild<StartPage *>()->isVisible());
        QVERIFY(!window.document());
        QVERIFY(test::saveScreenshot(window, u"start-page"_s));
    }

    void opensTheSampleOnItsOverview()
    {
        const QString file = makeSample(u"sample.fieldday"_s);
        MainWindow window;
        window.resize(1280, 860);
        QVERIFY(window.openFile(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document());
        QVERIFY(window.windowTitle().contains(u"Co-Production Treasure Hunt"_s));
        QVERIFY(window.windowTitle().contains(u"sample.fieldday"_s));
        const QList<DestinationCard *> cards = window.findChildren<DestinationCard *>();
        QCOMPARE(cards.size(), 3);
        QVERIFY(RecentFiles::list().contains(QFileInfo(file).absoluteFilePath()));
        QVERIFY(test::saveScreenshot(window, u"overview"_s));
    }

    // The start page lists recent files that are there; one gone is not shown (nor forgotten).
    void recentFilesThatAreGoneAreNotShown()
    {
        const QString kept = makeSample(u"kept.fieldday"_s);
        const QString gone = makeSample(u"gone.fieldday"_s);
        RecentFiles::add(kept);
        RecentFiles::add(gone);
        QVERIFY(QFile::remove(gone));
        StartPage page;
        QStringList shown;
        for (int i = 0; i < page.recentFiles()->count(); ++i)
            shown << page.recentFiles()->item(i)->data(Qt::UserRole).toString();
        QVERIFY(shown.contains(QFileInfo(kept).absoluteFilePath()));
        QVERIFY(!shown.contains(QFileInfo(gone).absoluteFilePath()));
        QVERIFY(RecentFiles::list().contains(QFileInfo(gone).absoluteFilePath()));
    }

    // The window fits a 1280×720 laptop screen, less a panel and the title bar.
    void fitsASmallLaptopScreen()
    {
        const QString file = makeSample(u"small-screen.fieldday"_s);
        MainWindow window;
        QVERIFY(window.openFile(file));
        const QSize fits(1280, 720 - 60);
        auto *tabs = window.findChild<QTabWidget *>();
        QStringList tooBig;
        for (int i = 0; i < tabs->count(); ++i) {
            const QSize page = tabs->widget(i)->minimumSizeHint();
            if (page.width() > fits.width() || page.height() > fits.height() - 120)
                tooBig << u"%1 %2x%3"_s.arg(tabs->tabText(i)).arg(page.width()).arg(page.height());
        }
        const QSize whole = window.minimumSizeHint().expandedTo(window.minimumSize());
        QVERIFY2(whole.width() <= fits.width() && whole.height() <= fits.height(),
                 qPrintable(u"window %1x%2; pages: %3"_s.arg(whole.width())
                                .arg(whole.height())
                                .arg(tooBig.join(u", "_s))));
    }

    // Closing the window with day-plan changes not applied asks first; Cancel keeps it open.
    void closingAsksAboutUnappliedChanges()
    {
        MainWindow window;
        QVERIFY(window.openFile(makeSample(u"closing.fieldday"_s)));
        typeWithoutApplying(window);
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QVERIFY(MessageBox::lastText().contains(u"not applied yet"_s));
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    // Merging (or sharing) with day-plan changes not applied asks first: applied after the
    // merge they would overwrite what it brought in. Cancel leaves everything as it was.
    void mergingAsksAboutUnappliedChangesFirst()
    {
        MainWindow window;
        QVERIFY(window.openFile(makeSample(u"merging.fieldday"_s)));
        DayPlanPage *dayPlan = typeWithoutApplying(window);
        QAction *merge = test::menuAction(window, u"Merge Changes From…"_s);
        QAction *share = test::menuAction(window, u"Share a Copy…"_s);
        QVERIFY(merge && share);
        for (QAction *action : {merge, share}) {
            const int shown = MessageBox::shownCount();
            MessageBox::setNextAnswer(QMessageBox::Cancel);
            FileDialog::setNextFileName(m_dir.filePath(u"never-asked.fieldday"_s));
            action->trigger();
            QCOMPARE(MessageBox::shownCount(), shown + 1);
            QVERIFY(MessageBox::lastText().contains(u"not applied yet"_s));
            // Cancelled before the file was asked for: the name set for it is still unused.
            QCOMPARE(FileDialog::getOpenFileName(nullptr, {}, {}),
                     m_dir.filePath(u"never-asked.fieldday"_s));
        }
        QVERIFY(dayPlan->destinationEditor()->hasChanges());
        MessageBox::setNextAnswer(QMessageBox::Discard);
        QVERIFY(window.close());
    }

    // A shared copy is always a new file: the dialog does not offer to replace one (which the
    // share would then refuse), and a name that is taken is asked for again.
    void aNewFileNameIsNeverOneThatExists()
    {
        const QString taken = makeSample(u"taken.fieldday"_s);
        const QString fresh = m_dir.filePath(u"fresh.fieldday"_s);
        int round = 0;
        QTimer answer;
        answer.setInterval(50);
        connect(&answer, &QTimer::timeout, this, [&] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            auto *name = dialog ? dialog->findChild<QLineEdit *>(u"fileNameEdit"_s) : nullptr;
            if (!name)
                return;
            name->setText(round++ == 0 ? taken : fresh); // what the user types
            QMetaObject::invokeMethod(dialog, "accept");
        });
        MessageBox::setNextAnswer(QMessageBox::Ok);
        const int shown = MessageBox::shownCount();
        answer.start();
        const QString name = FileDialog::getNewFileName(nullptr, u"Share a copy"_s,
                                                        u"Fieldday events (*.fieldday)"_s, taken);
        answer.stop();
        QCOMPARE(name, fresh);
        QCOMPARE(round, 2);
        QCOMPARE(MessageBox::shownCount(), shown + 1);
        QVERIFY2(MessageBox::lastText().contains(u"taken.fieldday already exists"_s),
                 qPrintable(MessageBox::lastText()));
    }

    // The user guide is in the app, offline.
    void userGuideIsBuiltIn()
    {
        UserGuideDialog guide;
        QVERIFY2(guide.text().contains(u"Importing bookings"_s),
                 qPrintable(guide.text().left(200)));
        QVERIFY(guide.text().contains(u"Skip bad rows"_s));
        QVERIFY(test::saveScreenshot(guide, u"user-guide"_s));
        MainWindow window;
        bool inMenu = false;
        for (QAction *action : window.findChildren<QAction *>())
            inMenu |= action->text() == u"Fieldday &User Guide"_s &&
                      action->shortcut() == QKeySequence(QKeySequence::HelpContents);
        QVERIFY(inMenu);
    }

    void aProblemTakesYouToTheThingToFix()
    {
        EventData data = SampleEvent::data();
        for (TransportLeg &leg : data.legs) {
            if (leg.direction == LegDirection::Back)
                leg.arrives = QTime(15, 30); // back after the reconvene starts
        }
        const QString file = path(u"late.fieldday"_s);
        EventFile::create(file, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        MainWindow window;
        window.resize(1280, 900);
        QVERIFY(window.openFile(file));
        auto *overview = window.findChild<OverviewPage *>();
        QTreeWidget *problems = overview->problemList();
        QTreeWidgetItem *late = nullptr;
        int leaves = 0;
        for (QTreeWidgetItemIterator it(problems); *it; ++it) {
            leaves += (*it)->childCount() == 0;
            if ((*it)->text(0).contains(u"after the reconvene starts"_s))
                late = *it;
        }
        QVERIFY(leaves >= 3);
        QVERIFY(late);
        // Its severity in words and with an icon, not only in colour.
        QVERIFY2(late->text(0).startsWith(u"Error: "_s), qPrintable(late->text(0)));
        QVERIFY(!late->icon(0).isNull());
        // Errors come first, and the tab counts them.
        QVERIFY(problems->topLevelItem(0)->text(0).startsWith(u"Error: "_s));
        auto *pages = window.findChild<QTabWidget *>();
        QCOMPARE(pages->tabText(0), u"Overview (%1 errors)"_s.arg(overview->errorCount()));
        QVERIFY(overview->errorCount() >= 3);
        emit problems->itemActivated(late, 0);
        auto *tabs = window.findChild<QTabWidget *>();
        QCOMPARE(tabs->tabText(tabs->currentIndex()), u"Day plan"_s);
        QVERIFY(window.findChild<DestinationEditor *>()->destinationId() > 0);
        tabs->setCurrentIndex(0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(test::saveScreenshot(window, u"overview-with-problems"_s));
    }

    void startupProbeReportsFirstPaintAndKeystrokes()
    {
        const QString file = makeSample(u"probe.fieldday"_s);
        const EventData before =
            EventReader::load(*EventFile::open(file, EventFile::Mode::ReadOnly));
        QProcess app;
        // Its own settings: the file it opens must not land in the user's recent files.
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"XDG_CONFIG_HOME"_s, path(u"probe-config"_s));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(FIELDDAY_GUI_APP), {u"--startup-probe"_s, file});
        QVERIFY(app.waitForFinished(60000));
        QCOMPARE(app.exitCode(), 0);
        const QString out = QString::fromUtf8(app.readAllStandardOutput());
        const auto paint =
            QRegularExpression(u"^first-paint-ms (\\d+)$"_s, QRegularExpression::MultilineOption)
                .match(out);
        QVERIFY2(paint.hasMatch(), qPrintable(out));
        QVERIFY(paint.captured(1).toInt() > 0);
        QCOMPARE(out.count(u"keystroke-ms "_s), 11); // one per key of "zoe salford"
        // One edit, timed from Apply to the table showing it, then undone.
        const auto edit =
            QRegularExpression(u"^edit-ms (\\d+\\.\\d+)$"_s, QRegularExpression::MultilineOption)
                .match(out);
        QVERIFY2(edit.hasMatch(), qPrintable(out));
        QVERIFY(edit.captured(1).toDouble() > 0);
        const EventData after =
            EventReader::load(*EventFile::open(file, EventFile::Mode::ReadOnly));
        for (const Participant &p : before.participants)
            QCOMPARE(after.participant(p.id)->organisation, p.organisation);
    }

    void newEventThroughTheFileDialogSeam()
    {
        MainWindow window;
        const QString file = path(u"Summer walk.fieldday"_s);
        FileDialog::setNextFileName(file);
        window.newEvent();
        QVERIFY(window.document());
        QCOMPARE(window.document()->data().details.title, u"Summer walk"_s);
        QVERIFY(QFileInfo::exists(file));
    }

    void badFileIsReportedNotOpened()
    {
        const QString file = path(u"notes.fieldday"_s);
        test::writeFile(file, "not an event");
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Ok);
        QVERIFY(!window.openFile(file));
        QVERIFY(!window.document());
        QVERIFY2(MessageBox::lastText().contains(u"not an SQLite database"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(test::readFile(file), QByteArray("not an event"));
    }

    void fileOpenElsewhereOpensReadOnlyWithABanner()
    {
        const QString file = makeSample(u"busy.fieldday"_s);
        const auto holder = EventFile::open(file, EventFile::Mode::ReadWrite);
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.openFile(file));
        QVERIFY(MessageBox::lastText().contains(u"already open"_s));
        QVERIFY(window.document()->isReadOnly());
        QLabel *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner);
        QVERIFY(!banner->isHidden());
        QVERIFY(banner->text().contains(u"Read-only"_s));
    }

    // A file of an earlier version, open in another program: read-only, without being changed.
    void anEarlierVersionOpensReadOnlyUnchanged()
    {
        const QString current = makeSample(u"for-v1.fieldday"_s);
        const QString file = path(u"v1.fieldday"_s);
        QCOMPARE(test::writeEarlierVersion(current, 1, file), QString());
        const QByteArray before = test::fileHash(file);
        QLockFile otherProgram(file + u".lock"_s); // as another Fieldday holding it
        QVERIFY(otherProgram.tryLock(0));
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.openFile(file));
        QVERIFY(window.document()->isReadOnly());
        QCOMPARE(window.document()->data().participants.size(),
                 SampleEvent::data().participants.size());
        QCOMPARE(window.document()->file().schemaVersion(), 1);
        QCOMPARE(test::fileHash(file), before);
    }

    // A file with a trigger Fieldday did not make is never opened; the window says what is
    // wrong, offers a clean copy, writes it and opens that. The file keeps its bytes.
    void aForeignTriggerIsRefusedAndACleanCopyOffered()
    {
        const QString file = makeSample(u"trigger.fieldday"_s);
        QCOMPARE(alter(file, {u"CREATE TRIGGER wipe AFTER INSERT ON assignment BEGIN DELETE FROM "
                              "participant_choice; UPDATE participant SET email = "
                              "'attacker@example.com'; END"_s}),
                 QString());
        const QByteArray before = test::fileHash(file);
        const QString clean = path(u"trigger clean.fieldday"_s);
        {
            // Declined: nothing opened, nothing written.
            MainWindow window;
            MessageBox::setNextAnswer(QMessageBox::No);
            const int shown = MessageBox::shownCount();
            QVERIFY(!window.openFile(file));
            QCOMPARE(MessageBox::shownCount(), shown + 1);
            QVERIFY2(MessageBox::lastText().contains(
                         u"contains a trigger 'wipe' that Fieldday did not make"_s),
                     qPrintable(MessageBox::lastText()));
            QVERIFY(MessageBox::lastText().contains(u"clean copy"_s));
            QVERIFY(!window.document());
            QVERIFY(!QFileInfo::exists(clean));
        }
        MainWindow window;
        MessageBox::setAnswerForAll(QMessageBox::Yes); // save the copy, then open it
        FileDialog::setNextFileName(clean);
        const bool opened = window.openFile(file);
        MessageBox::setAnswerForAll(QMessageBox::NoButton);
        QVERIFY(opened);
        QVERIFY2(MessageBox::lastText().contains(
                     u"Left out, as Fieldday did not make them: trigger 'wipe'"_s),
                 qPrintable(MessageBox::lastText()));
        QCOMPARE(QFileInfo(window.document()->file().path()).fileName(),
                 u"trigger clean.fieldday"_s);
        QVERIFY(!window.document()->isReadOnly());
        QCOMPARE(window.document()->data().participants.size(),
                 SampleEvent::data().participants.size());
        QCOMPARE(test::fileHash(file), before);
    }

    // Rows Fieldday cannot trust: read-only, without them, and a banner that names them.
    void unsoundRowsOpenReadOnlyWithTheRowsNamed()
    {
        const QString file = makeSample(u"unsound.fieldday"_s);
        QCOMPARE(alter(file, {u"UPDATE participant SET status = 'maybe' WHERE id = 3"_s,
                              u"UPDATE participant SET family_name = printf('%.*c', 5000000, "
                              "'x') WHERE id = 5"_s}),
                 QString());
        const QByteArray before = test::fileHash(file);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        MessageBox::setNextAnswer(QMessageBox::Yes);
        QVERIFY(window.openFile(file));
        QVERIFY2(MessageBox::lastText().contains(u"field \"status\": is 'maybe'"_s),
                 qPrintable(MessageBox::lastText()));
        QVERIFY(window.document()->isReadOnly());
        QCOMPARE(window.document()->data().participants.size(),
                 SampleEvent::data().participants.size() - 2);
        QLabel *banner = window.findChild<QLabel *>(u"readOnlyBanner"_s);
        QVERIFY(banner && !banner->isHidden());
        QVERIFY2(banner->text().contains(u"participant 3"_s), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(u"5,000,000 characters"_s));
        QVERIFY(banner->text().contains(u"Save a Clean Copy"_s));
        QVERIFY(test::saveScreenshot(window, u"unsound-rows-read-only"_s));

        // File ▸ Save a Clean Copy…, then open the copy: writable, every other row in it.
        const QString clean = path(u"unsound clean.fieldday"_s);
        FileDialog::setNextFileName(clean);
        MessageBox::setNextAnswer(QMessageBox::No); // do not open it here
        window.saveCleanCopy();
        QVERIFY2(MessageBox::lastText().contains(u"Left out: "_s),
                 qPrintable(MessageBox::lastText()));
        const auto copy = EventFile::open(clean, EventFile::Mode::ReadWrite);
        QVERIFY(copy->unsoundRows().isEmpty());
        QCOMPARE(EventReader::load(*copy).participants.size(),
                 SampleEvent::data().participants.size() - 2);
        QCOMPARE(test::fileHash(file), before);
    }

    void declinedReadOnlyOpensNothing()
    {
        const QString file = makeSample(u"declined.fieldday"_s);
        const auto holder = EventFile::open(file, EventFile::Mode::ReadWrite);
        MainWindow window;
        MessageBox::setNextAnswer(QMessageBox::No);
        QVERIFY(!window.openFile(file));
        QVERIFY(!window.document());
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
