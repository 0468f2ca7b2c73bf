#include "Clock.h"
#include "EventDocument.h"
#include "TestUtil.h"
#include "commands/MoveParticipantsCommand.h"
#include "models/ParticipantFilterModel.h"
#include "models/ParticipantTableModel.h"
#include "pages/ImportDialog.h"
#include "pages/ParticipantForm.h"
#include "pages/ParticipantsPage.h"
#include "sample/EventGenerator.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/ImportBaselineRepository.h"
#include "storage/ParticipantRepository.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The participants page: the table over the core, search, the side form, undoable edits.
class TestParticipantsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<EventDocument> openGenerated(int people)
    {
        const QString path = m_dir.filePath(u"p%1.fieldday"_s.arg(++m_count));
        EventGenerator::Options options;
        options.participants = people;
        options.destinations = 3;
        EventData data = EventGenerator::generate(options);
        data.participants[0].givenName = u"Zoë"_s;
        data.participants[0].familyName = u"Ashworth"_s;
        data.participants[0].organisation = u"Salford CVS"_s;
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        return std::make_unique<EventDocument>(EventFile::open(path, EventFile::Mode::ReadWrite));
    }

    static QPushButton *button(QWidget *page, const QString &text)
    {
        for (QPushButton *b : page->findChildren<QPushButton *>()) {
            if (b->text().remove(u'&') == text) // without its mnemonic
                return b;
        }
        return nullptr;
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"FielddayParticipantsPage"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
    }

    void modelPassesTheTester()
    {
        auto document = openGenerated(50);
        ParticipantTableModel model(document.get());
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        ParticipantFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 50);
        filter.setSearchText(u"zoe salford"_s); // accents and case do not matter
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(ParticipantTableModel::IdRole).toLongLong(), 1);
        filter.setSearchText(QString());
        filter.setDestination(0);
        QCOMPARE(filter.rowCount(), 50); // nobody has a group yet
        filter.setDestination(1);
        QCOMPARE(filter.rowCount(), 0);
        document->refresh(DocumentChange::everything()); // a reset keeps the model consistent
    }

    void editAPersonAndUndoIt()
    {
        auto document = openGenerated(20);
        ParticipantsPage page(document.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.select(1);
        QCOMPARE(page.selectedId(), 1);
        auto *form = page.findChild<ParticipantForm *>();
        auto *role =
            form->findChildren<QLineEdit *>().at(5); // given, family, email, phone, org, role
        QCOMPARE(role->accessibleName(), u"Role"_s);
        role->clear();
        QTest::keyClicks(role, u"Chair of trustees"_s);
        QPushButton *apply = button(form, u"Apply"_s);
        QVERIFY(apply->isEnabled());
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE(document->undoStack()->count(), 1);
        QCOMPARE(page.selectedId(), 1); // still selected after the table reloaded
        QVERIFY(button(&page, u"Check in"_s)->isEnabled());
        // Stored at once, not only shown.
        QCOMPARE(EventReader::load(document->file()).participant(1)->role, u"Chair of trustees"_s);
        const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + u"/participants.png"_s));
        document->undo();
        QVERIFY(EventReader::load(document->file()).participant(1)->role != u"Chair of trustees"_s);
        document->redo();
        QCOMPARE(EventReader::load(document->file()).participant(1)->role, u"Chair of trustees"_s);
    }

    void invalidInputIsShownAndNotApplied()
    {
        auto document = openGenerated(5);
        ParticipantsPage page(document.get());
        page.select(2);
        auto *form = page.findChild<ParticipantForm *>();
        QLineEdit *email = form->findChildren<QLineEdit *>().at(2);
        QCOMPARE(email->accessibleName(), u"E-mail"_s);
        email->clear();
        QTest::keyClicks(email, u"not an address"_s);
        QVERIFY(!button(form, u"Apply"_s)->isEnabled());
        const QLabel *problem = form->findChild<QLabel *>(u"problem"_s);
        QVERIFY2(problem->text().contains(u"not an e-mail address"_s), qPrintable(problem->text()));
        QCOMPARE(document->undoStack()->count(), 0);
    }

    void checkInUsesTheClockAndUndoes()
    {
        auto document = openGenerated(5);
        ParticipantsPage page(document.get());
        const QDateTime at(QDate(2027, 6, 15), QTime(9, 21));
        Clock::setFixed(at);
        page.select(3);
        QTest::mouseClick(button(&page, u"Check in"_s), Qt::LeftButton);
        const EventData after = EventReader::load(document->file());
        QCOMPARE(after.participant(3)->status, ParticipantStatus::Attended);
        QCOMPARE(after.participant(3)->checkedInAt, at);
        document->undo();
        QCOMPARE(EventReader::load(document->file()).participant(3)->status,
                 ParticipantStatus::Booked);
        Clock::setFixed({});
    }

    void importThroughTheDialogAndUndo()
    {
        EventGenerator::Options options;
        options.participants = 5;
        options.destinations = 2;
        EventData data = EventGenerator::generate(options);
        data.destinations[0].name = u"Salford"_s;
        data.destinations[1].name = u"Trafford"_s;
        const QString path = m_dir.filePath(u"import.fieldday"_s);
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        EventDocument document(EventFile::open(path, EventFile::Mode::ReadWrite));
        ImportDialog dialog(&document,
                            QStringLiteral(FIELDDAY_TEST_DATA) + u"/import/eventbrite-uk.csv"_s);
        QVERIFY(dialog.isReadable());
        QTRY_VERIFY(!dialog.isChecking()); // the preview works off the UI thread
        QCOMPARE(dialog.mapping().source(), ColumnMapping::Source::Eventbrite);
        QVERIFY2(dialog.problemsText().contains(u"3 to add"_s), qPrintable(dialog.problemsText()));
        QCOMPARE(EventReader::load(document.file()).participants.size(),
                 5); // the preview changed nothing
        dialog.import();
        EventData after = EventReader::load(document.file());
        QCOMPARE(after.participants.size(), 8);
        QCOMPARE(document.undoStack()->count(), 1);
        document.undo();
        QCOMPARE(EventReader::load(document.file()).participants.size(), 5);
        document.redo();
        after = EventReader::load(document.file());
        QCOMPARE(after.participants.size(), 8);
        bool sinead = false;
        for (const Participant &p : after.participants)
            sinead |= p.givenName == u"Sinéad"_s && !p.choices.isEmpty() &&
                      after.destination(p.choices[0])->name == u"Salford"_s;
        QVERIFY(sinead);
    }

    // A re-import shows field by field what it would change, and a conflict with a correction
    // made here with both values; the choice (keep mine / take the file's) is the dialog's,
    // and undo puts the values last imported back too.
    void reimportShowsChangesAndConflicts()
    {
        EventGenerator::Options options;
        options.participants = 3;
        options.destinations = 2;
        const EventData data = EventGenerator::generate(options);
        const QString path = m_dir.filePath(u"reimport.fieldday"_s);
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        EventDocument document(EventFile::open(path, EventFile::Mode::ReadWrite));
        const QString first = m_dir.filePath(u"partner-1.csv"_s);
        test::writeFile(first, "First name,Surname,Email,Mobile phone,Organisation\n"
                               "Ada,Lovelace,ada@example.org,0161 000,Salford CVS\n"
                               "Alan,Turing,alan@example.org,0161 001,Bletchley\n");
        {
            ImportDialog dialog(&document, first);
            QTRY_VERIFY(!dialog.isChecking());
            dialog.import();
        }
        const qint64 ada =
            ParticipantRepository(document.file()).idsByEmail().value(u"ada@example.org"_s);
        {
            ParticipantRepository repository(document.file());
            Participant p = *repository.find(ada);
            p.phone = u"07700 900123"_s; // corrected here
            repository.update(p);
        }
        const auto baseline = ImportBaselineRepository(document.file()).find(ada);
        const QString second = m_dir.filePath(u"partner-2.csv"_s);
        test::writeFile(second, "First name,Surname,Email,Mobile phone,Organisation\n"
                                "Ada,Lovelace,ada@example.org,0161 555,Salford CVS Ltd\n"
                                "Alan,Turing,alan@example.org,0161 001,Bletchley\n");
        ImportDialog dialog(&document, second);
        QTRY_VERIFY(!dialog.isChecking());
        const QString text = dialog.problemsText();
        QVERIFY2(text.contains(u"2 to update"_s), qPrintable(text));
        QVERIFY2(text.contains(u"To update: organisation (1)."_s), qPrintable(text));
        QVERIFY2(text.contains(u"1 of them already up to date"_s), qPrintable(text));
        QVERIFY2(text.contains(
                     u"1 fields changed both in the file and in Fieldday — yours will be kept"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"yours: “07700 900123”"_s) &&
                     text.contains(u"the file's: “0161 555”"_s),
                 qPrintable(text));
        QVERIFY2(text.contains(u"“Salford CVS” → “Salford CVS Ltd”"_s), qPrintable(text));
        const QString shots = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + u"/import-conflicts.png"_s));

        // Taking the file's: the preview says so, and the import does it.
        dialog.conflictBox()->setCurrentIndex(
            dialog.conflictBox()->findData(int(ConflictPolicy::TakeFile)));
        QTRY_VERIFY(!dialog.isChecking());
        QVERIFY2(dialog.problemsText().contains(u"the file's values will be taken"_s),
                 qPrintable(dialog.problemsText()));
        QVERIFY(dialog.problemsText().contains(u"To update: organisation (1), phone (1)."_s));
        dialog.conflictBox()->setCurrentIndex(
            dialog.conflictBox()->findData(int(ConflictPolicy::KeepMine)));
        QTRY_VERIFY(!dialog.isChecking());
        dialog.import();
        Participant now = *EventReader::participant(document.file(), ada);
        QCOMPARE(now.phone, u"07700 900123"_s); // the correction kept
        QCOMPARE(now.organisation, u"Salford CVS Ltd"_s);
        QVERIFY(ImportBaselineRepository(document.file()).find(ada) != baseline);
        QVERIFY(document.undo());
        now = *EventReader::participant(document.file(), ada);
        QCOMPARE(now.organisation, u"Salford CVS"_s);
        QCOMPARE(ImportBaselineRepository(document.file()).find(ada), baseline);
    }

    // Rows with problems stop the import until they are fixed or skipped; skipped, the good
    // rows go in as one undoable step.
    void badRowsAreSkippedOnlyWhenAsked()
    {
        EventGenerator::Options options;
        options.participants = 5;
        options.destinations = 2;
        const EventData data = EventGenerator::generate(options);
        const QString path = m_dir.filePath(u"bad-rows.fieldday"_s);
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        EventDocument document(EventFile::open(path, EventFile::Mode::ReadWrite));
        ImportDialog dialog(&document,
                            QStringLiteral(FIELDDAY_TEST_DATA) + u"/import/mixed-bad-rows.csv"_s);
        QVERIFY(!dialog.importButton()->isEnabled());
        QTRY_VERIFY(!dialog.isChecking());
        QVERIFY2(dialog.problemsText().contains(u"3 with problems"_s),
                 qPrintable(dialog.problemsText()));
        QTest::mouseClick(dialog.skipBadRowsBox(), Qt::LeftButton, {},
                          QPoint(8, dialog.skipBadRowsBox()->height() / 2));
        QVERIFY(dialog.skipBadRowsBox()->isChecked());
        QVERIFY(!dialog.importButton()->isEnabled()); // until the check for it is done
        QTRY_VERIFY(!dialog.isChecking());
        QVERIFY(dialog.importButton()->isEnabled());
        QVERIFY(dialog.problemsText().contains(u"left out"_s));
        const QString shots = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        QVERIFY(dialog.grab().save(shots + u"/import-dialog.png"_s));
        dialog.import();
        QCOMPARE(EventReader::load(document.file()).participants.size(), 7); // Ada, Katherine
        QCOMPARE(document.undoStack()->count(), 1);
        // The list of targets reads as words, not keys.
        const auto *goesTo = dialog.findChild<QTableWidget *>()->cellWidget(0, 1);
        QVERIFY(goesTo);
        QCOMPARE(qobject_cast<const QComboBox *>(goesTo)->currentText(), u"Given name"_s);
    }

    // A quote that never closes stops the reading: the dialog says how to fix the file, and
    // that skipping bad rows cannot help.
    void aFileThatCannotBeReadSaysHowToFixIt()
    {
        auto document = openGenerated(3);
        ImportDialog dialog(document.get(),
                            QStringLiteral(FIELDDAY_TEST_DATA) + u"/import/unbalanced-quote.csv"_s);
        QTRY_VERIFY(!dialog.isChecking());
        const QString text = dialog.problemsText();
        QVERIFY2(text.contains(u"row 3, field 2 (\"Surname\")"_s), qPrintable(text));
        QVERIFY2(text.contains(u"Remove the stray quote"_s), qPrintable(text));
        QVERIFY2(text.contains(u"skipping bad rows cannot help"_s), qPrintable(text));
        QVERIFY(!dialog.skipBadRowsBox()->isEnabled());
        QVERIFY(!dialog.importButton()->isEnabled());
    }

    void readOnlyCannotImportOrAdd()
    {
        QString path;
        {
            auto writable = openGenerated(3);
            path = writable->file().path();
            ParticipantsPage page(writable.get());
            QVERIFY(page.importButton()->isEnabled());
        }
        EventDocument document(EventFile::open(path, EventFile::Mode::ReadOnly));
        ParticipantsPage page(&document);
        QVERIFY(!page.importButton()->isEnabled());
        QPushButton *add = button(&page, u"Add…"_s);
        QVERIFY(add && !add->isEnabled());
    }

    // At 1280×720 the form's Apply and the Group and Status columns show without scrolling.
    void fitsASmallScreen()
    {
        auto document = openGenerated(300);
        QWidget window;
        window.resize(1280, 720 - 60 - 90); // less a panel, the title bar, menus and tabs
        auto *page = new ParticipantsPage(document.get(), &window);
        page->resize(window.size());
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        page->select(document->data().participants.first().id);
        const QRect inWindow = window.rect();
        for (const QString &name : {u"Apply"_s, u"Revert"_s}) {
            QPushButton *b = button(page->form(), name);
            QVERIFY(b && b->isVisible());
            const QRect at(b->mapTo(&window, QPoint(0, 0)), b->size());
            QVERIFY2(inWindow.contains(at), qPrintable(name));
        }
        QTableView *view = page->view();
        for (int column : {int(ParticipantTableModel::Group), int(ParticipantTableModel::Status)}) {
            QVERIFY(!view->isColumnHidden(column));
            const int right = view->columnViewportPosition(column) + view->columnWidth(column);
            QVERIFY2(view->columnViewportPosition(column) >= 0 &&
                         right <= view->viewport()->width(),
                     qPrintable(QString::number(right)));
        }
        window.grab().save(m_dir.filePath(u"participants-1280x720.png"_s));
    }

    void columnsChosenOnTheHeaderAreRemembered()
    {
        auto document = openGenerated(3);
        {
            ParticipantsPage page(document.get());
            QVERIFY(page.view()->isColumnHidden(ParticipantTableModel::Email)); // by default
            page.setColumnShown(ParticipantTableModel::Email, true);
            page.setColumnShown(ParticipantTableModel::Sector, false);
            page.setColumnShown(ParticipantTableModel::Name, false); // who it is always shows
            QVERIFY(!page.view()->isColumnHidden(ParticipantTableModel::Email));
            QVERIFY(page.view()->isColumnHidden(ParticipantTableModel::Sector));
            QVERIFY(!page.view()->isColumnHidden(ParticipantTableModel::Name));
        }
        ParticipantsPage again(document.get());
        QVERIFY(!again.view()->isColumnHidden(ParticipantTableModel::Email));
        QVERIFY(again.view()->isColumnHidden(ParticipantTableModel::Sector));
        again.setColumnShown(ParticipantTableModel::Sector, true);
        again.setColumnShown(ParticipantTableModel::Email, false);
    }

    void theFormShowsTheGroup()
    {
        auto document = openGenerated(30);
        ParticipantsPage page(document.get());
        const qint64 person = document->data().participants.first().id;
        page.select(person);
        const auto groupShown = [&page] {
            for (QLabel *label : page.form()->findChildren<QLabel *>()) {
                if (label->accessibleName() == u"Group"_s)
                    return label->text();
            }
            return u"(no group label)"_s;
        };
        QCOMPARE(groupShown(), u"No group yet"_s);
        const Destination group = document->data().destinations.first();
        QVERIFY(document->push(std::make_unique<MoveParticipantsCommand>(
            document.get(), QList<qint64>{person}, group.id, true)));
        QCOMPARE(groupShown(), u"%1 (placed by hand)"_s.arg(group.name));
        document->undo();
        QCOMPARE(groupShown(), u"No group yet"_s);
    }

    void searchAsYouType()
    {
        auto document = openGenerated(2000);
        ParticipantsPage page(document.get());
        QTest::keyClicks(page.searchField(), u"ashw"_s);
        QCOMPARE(page.filterModel()->rowCount(), 1);
        page.searchField()->clear();
        QCOMPARE(page.filterModel()->rowCount(), 2000);
    }
};

QTEST_MAIN(TestParticipantsPage)
#include "TestParticipantsPage.moc"
