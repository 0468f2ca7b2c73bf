#include "EventDocument.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PresentWindow.h"
#include "TestUtil.h"
#include "core/photos/ExifFixture.h"
#include "ThumbnailCache.h"
#include "documents/ShareOutDeck.h"
#include "models/TreasureListModel.h"
#include "pages/EventDetailsEditor.h"
#include "pages/FindingsEditor.h"
#include "pages/OutputsPage.h"
#include "pages/TreasureItemForm.h"
#include "pages/TreasurePage.h"
#include "plan/TreasureConsent.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/EventWriter.h"
#include "storage/TreasureRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDropEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The Treasure page: photos imported through the file-dialog seam and by a drop, a find edited
// and undone through the one edit path, consent refusing to show a photo (and saying why), the
// research questions edited with the event's details, and present mode driven by its keys.
class TestTreasurePage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    int m_count = 0;

    std::unique_ptr<EventDocument> openSample()
    {
        const QString path = m_dir.filePath(u"t%1.fieldday"_s.arg(++m_count));
        const EventData data = SampleEvent::data();
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        return std::make_unique<EventDocument>(EventFile::open(path, EventFile::Mode::ReadWrite));
    }

    // Phone photos with location and camera tags, in a folder of their own.
    QStringList writePhotos(const QString &folder, int count)
    {
        QDir().mkpath(m_dir.filePath(folder));
        QStringList paths;
        for (int i = 0; i < count; ++i) {
            QImage image(320, 240, QImage::Format_RGB32);
            image.fill(QColor::fromHsv((i * 67 + m_count * 13) % 360, 160, 200));
            QPainter(&image).fillRect(0, 0, 40 + i * 10, 30, Qt::black);
            test::ExifTags tags;
            tags.orientation = i == 0 ? 6 : 1; // the first held sideways
            tags.comment = folder.toUtf8(); // no two folders' files have the same bytes
            const QString path = m_dir.filePath(u"%1/IMG_%2.JPG"_s.arg(folder).arg(i));
            QFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return {};
            out.write(test::withExif(test::jpegOf(image), tags));
            paths << path;
        }
        return paths;
    }

    template <typename W> static W *named(QWidget *in, const QString &accessibleName)
    {
        for (W *w : in->findChildren<W *>()) {
            if (w->accessibleName() == accessibleName)
                return w;
        }
        return nullptr;
    }

    static qint64 groupId(const EventDocument &document, const QString &name)
    {
        for (const Destination &d : document.data().destinations) {
            if (d.name == name)
                return d.id;
        }
        return 0;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void importsPhotosThroughTheFileDialogAndUndoesThem()
    {
        auto document = openSample();
        TreasurePage page(document.get());
        const qint64 salford = groupId(*document, u"Salford"_s);
        page.showGroup(salford);
        QCOMPARE(page.currentGroup(), salford);
        const int before = page.model()->rowCount();
        const qsizetype inEvent = document->data().treasure.size();

        // Several files chosen at once.
        const QStringList files = writePhotos(u"card"_s, 3);
        FileDialog::setNextFileNames(files);
        page.addPhotos();
        QCOMPARE(page.model()->rowCount(), before + 3);
        QCOMPARE(document->data().treasure.size(), inEvent + 3);
        QCOMPARE(document->undoStack()->count(), 1); // one step for the whole import
        const TreasureItem *first = nullptr;
        for (const TreasureItem &item : document->data().treasure) {
            if (item.photo.sourceName == u"IMG_0.JPG"_s)
                first = &item;
        }
        QVERIFY(first);
        QCOMPARE(page.form()->itemId(), first->id); // shown at once, to say who is in it
        const qint64 firstId = first->id;
        // Stored without location or camera, turned as the camera meant (240 x 320), and
        // nothing shown anywhere until someone says so.
        const QByteArray stored = TreasureRepository(document->file()).photo(firstId);
        QVERIFY(test::exifEntries(stored).isEmpty());
        QCOMPARE(QImage::fromData(stored).size(), QSize(240, 320));
        QCOMPARE(first->consent, FinderConsent::None);
        QCOMPARE(first->identifiable, Identifiable::Unknown);
        QVERIFY(page.findChild<QLabel *>(u"status"_s)->text().contains(u"Added 3 photos"_s));

        // The same files again: nothing new, and no undo step.
        FileDialog::setNextFileNames(files);
        page.addPhotos();
        QCOMPARE(document->data().treasure.size(), inEvent + 3);
        QCOMPARE(document->undoStack()->count(), 1);
        QVERIFY(page.findChild<QLabel *>(u"status"_s)->text().contains(u"No new photos"_s));

        // Cancelled: nothing.
        FileDialog::setNextFileNames({});
        page.addPhotos();
        QCOMPARE(document->data().treasure.size(), inEvent + 3);

        // A folder.
        writePhotos(u"folder/sub"_s, 2);
        FileDialog::setNextFileName(m_dir.filePath(u"folder"_s));
        page.importFolder();
        QCOMPARE(document->data().treasure.size(), inEvent + 5);
        QCOMPARE(page.model()->rowCount(), before + 5);

        // Undo takes back the folder, then the files; redo brings them back under their ids.
        QVERIFY(document->undo());
        QVERIFY(document->undo());
        QCOMPARE(document->data().treasure.size(), inEvent);
        QCOMPARE(page.model()->rowCount(), before);
        QVERIFY(document->redo());
        QVERIFY(document->data().treasureItem(firstId));
        QCOMPARE(document->data().treasureItem(firstId)->photo.sourceName, u"IMG_0.JPG"_s);
        QCOMPARE(page.model()->rowCount(), before + 3);
        QCOMPARE(EventReader::load(document->file()).treasure, document->data().treasure);
    }

    void photosDroppedOnAGroupGoToThatGroup()
    {
        auto document = openSample();
        TreasurePage page(document.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        const qint64 trafford = groupId(*document, u"Trafford"_s);
        QVERIFY(trafford);
        QListWidget *groups = named<QListWidget>(&page, u"Groups"_s);
        QListWidgetItem *target = nullptr;
        for (int i = 0; i < groups->count(); ++i) {
            if (groups->item(i)->data(Qt::UserRole).toLongLong() == trafford)
                target = groups->item(i);
        }
        QVERIFY(target);
        const qsizetype before = document->data().treasureOf(trafford).size();
        const QStringList files = writePhotos(u"dropped"_s, 2);
        QMimeData mime;
        mime.setUrls({QUrl::fromLocalFile(files[0]), QUrl::fromLocalFile(files[1]),
                      QUrl::fromLocalFile(m_dir.filePath(u"notes.txt"_s))});
        const QPoint at = groups->visualItemRect(target).center();
        QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(groups->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(groups->viewport(), &drop);
        QVERIFY(drop.isAccepted());
        QTRY_COMPARE(document->data().treasureOf(trafford).size(), before + 2);
        QCOMPARE(page.currentGroup(), trafford);
    }

    void editsAFindAndUndoesIt()
    {
        auto document = openSample();
        TreasurePage page(document.get());
        const TreasureItem item = document->data().treasure.first();
        page.select(item.id);
        TreasureItemForm *form = page.form();
        QCOMPARE(form->itemId(), item.id);
        auto *caption = named<QPlainTextEdit>(form, u"Caption"_s);
        QVERIFY(caption);
        caption->setPlainText(u"A new caption, in the finder's words"_s);
        QVERIFY(form->hasChanges());
        // Meanwhile the find is changed elsewhere (the CLI, another step): what was typed is
        // written over it, and only that.
        TreasureItem elsewhere = item;
        elsewhere.showed[0] = u"Seen elsewhere"_s;
        TreasureRepository(document->file()).save(elsewhere);
        document->refresh(DocumentChange::treasure());
        QVERIFY(form->hasChanges()); // kept
        QVERIFY(form->apply());
        const TreasureItem *now = document->data().treasureItem(item.id);
        QCOMPARE(now->caption, u"A new caption, in the finder's words"_s);
        QCOMPARE(now->showed[0], u"Seen elsewhere"_s);
        QVERIFY(!form->hasChanges());
        QCOMPARE(document->undoStack()->count(), 1);

        QVERIFY(document->undo());
        QCOMPARE(document->data().treasureItem(item.id)->caption, item.caption);
        QCOMPARE(caption->toPlainText(), item.caption); // the form follows
        QVERIFY(document->redo());
        QCOMPARE(caption->toPlainText(), u"A new caption, in the finder's words"_s);

        // A quote added with Apply, and taken away by undo.
        const qsizetype count = document->data().treasure.size();
        page.showGroup(item.destinationId);
        page.addQuote();
        QVERIFY(form->isNew());
        auto *words = named<QPlainTextEdit>(form, u"Words"_s);
        words->setPlainText(u"We share the kitchen, so we share the news."_s);
        QVERIFY(form->apply());
        QCOMPARE(document->data().treasure.size(), count + 1);
        const qint64 quote = form->itemId();
        QCOMPARE(document->data().treasureItem(quote)->type, TreasureType::Quote);
        QVERIFY(page.model()->indexOf(quote).isValid());
        QVERIFY(document->undo());
        QVERIFY(!page.model()->indexOf(quote).isValid());
        QCOMPARE(document->data().treasure.size(), count);

        // Deleted, and brought back whole by undo.
        page.select(item.id);
        page.tiles()->selectionModel()->select(page.model()->indexOf(item.id),
                                               QItemSelectionModel::ClearAndSelect);
        const TreasureItem beforeDeletion = *document->data().treasureItem(item.id);
        MessageBox::setNextAnswer(QMessageBox::Yes);
        page.deleteSelected();
        QVERIFY(!document->data().treasureItem(item.id));
        QVERIFY(document->undo());
        QVERIFY(document->data().treasureItem(item.id));
        QCOMPARE(*document->data().treasureItem(item.id), beforeDeletion);
        if (item.isPhoto())
            QVERIFY(!TreasureRepository(document->file()).photo(item.id).isEmpty());
    }

    void aFindMovedToAnotherGroupOffersThatGroupsPeople()
    {
        auto document = openSample();
        TreasurePage page(document.get());
        const qint64 salford = groupId(*document, u"Salford"_s);
        const qint64 trafford = groupId(*document, u"Trafford"_s);
        const TreasureItem item = *document->data().treasureOf(salford).first();
        page.select(item.id);
        auto *group = named<QComboBox>(page.form(), u"Group"_s);
        auto *finder = named<QComboBox>(page.form(), u"Found by"_s);
        const Participant *traffordMember = document->data().members(trafford).first();
        QCOMPARE(finder->findText(traffordMember->displayName()), -1);
        group->setCurrentIndex(group->findData(trafford));
        QVERIFY(finder->findText(traffordMember->displayName()) >= 0);
        QCOMPARE(page.form()->edited().finderParticipantId, item.finderParticipantId); // kept
        QVERIFY(page.form()->apply());
        QCOMPARE(document->data().treasureItem(item.id)->destinationId, trafford);
        QCOMPARE(document->data().treasureItem(item.id)->finderParticipantId,
                 item.finderParticipantId);
        QVERIFY(document->undo());
        QCOMPARE(document->data().treasureItem(item.id)->destinationId, salford);
    }

    void leavingAFindWithTypedTextAsks()
    {
        auto document = openSample();
        TreasurePage page(document.get());
        const QList<const TreasureItem *> salford =
            document->data().treasureOf(groupId(*document, u"Salford"_s));
        QVERIFY(salford.size() >= 2);
        const qint64 a = salford[0]->id, b = salford[1]->id;
        page.select(a);
        auto *caption = named<QPlainTextEdit>(page.form(), u"Caption"_s);
        caption->setPlainText(u"Typed, not applied"_s);
        const int asked = MessageBox::shownCount();
        MessageBox::setNextAnswer(QMessageBox::Cancel);
        page.tiles()->setCurrentIndex(page.model()->indexOf(b));
        QCOMPARE(MessageBox::shownCount(), asked + 1);
        QCOMPARE(page.form()->itemId(), a); // stayed, with the text
        QTRY_COMPARE(page.tiles()->currentIndex(), page.model()->indexOf(a));
        QCOMPARE(caption->toPlainText(), u"Typed, not applied"_s);
        MessageBox::setNextAnswer(QMessageBox::Apply);
        page.tiles()->setCurrentIndex(page.model()->indexOf(b));
        QCOMPARE(page.form()->itemId(), b);
        QCOMPARE(document->data().treasureItem(a)->caption, u"Typed, not applied"_s);
        // The page says which form is active, so the window asks before another page.
        caption->setPlainText(u"Typed again"_s);
        QCOMPARE(page.activeForm(), page.form());
        QVERIFY(page.activeForm()->hasChanges());
    }

    void aPhotoOfSomeoneWithoutConsentIsHeldBackAndSaysWhy()
    {
        auto document = openSample();
        TreasurePage page(document.get());
        // A photo the finder agreed to publish, showing a member who gave no photo consent.
        const TreasureItem *photo = nullptr;
        const Participant *refused = nullptr;
        for (const TreasureItem &item : document->data().treasure) {
            if (!item.isPhoto() || photo)
                continue;
            for (const Participant *p : document->data().members(item.destinationId)) {
                if (!p->consentPhotos) {
                    photo = &item;
                    refused = p;
                    break;
                }
            }
        }
        QVERIFY(photo && refused);
        const qint64 id = photo->id;
        page.select(id);
        TreasureItemForm *form = page.form();
        auto *consent = named<QComboBox>(form, u"The finder's consent"_s);
        consent->setCurrentIndex(consent->findData(int(FinderConsent::Publish)));
        for (QCheckBox *box : form->findChildren<QCheckBox *>()) {
            if (box->text() == u"In the report"_s || box->text() == u"At the share-out"_s)
                box->setChecked(true);
        }
        auto *identifiable = named<QComboBox>(form, u"Who can be recognised"_s);
        identifiable->setCurrentIndex(identifiable->findData(int(Identifiable::Named)));
        auto *people = named<QListWidget>(form, u"People who can be recognised"_s);
        for (int i = 0; i < people->count(); ++i) {
            QListWidgetItem *person = people->item(i);
            person->setCheckState(person->data(Qt::UserRole).toLongLong() == refused->id
                                      ? Qt::Checked
                                      : Qt::Unchecked);
            if (person->data(Qt::UserRole).toLongLong() == refused->id)
                QVERIFY(person->text().contains(u"no photo consent"_s));
        }
        // Said before Apply, in words: held back from the report and the room alike.
        const QString verdict = form->findChild<QLabel *>(u"verdict"_s)->text();
        QVERIFY2(verdict.contains(u"In the report: held back"_s), qPrintable(verdict));
        QVERIFY2(verdict.contains(refused->displayName()), qPrintable(verdict));
        QVERIFY(form->apply());
        const TreasureItem *stored = document->data().treasureItem(id);
        QCOMPARE(stored->shows, QList<qint64>{refused->id});
        // The tile says so too, and the report leaves it out.
        const QString tip = page.model()->indexOf(id).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Chosen for the report, but held back"_s), qPrintable(tip));
        QVERIFY(!TreasureConsent::allowed(document->data(), *stored, Audience::Report));
        bool onASlide = false;
        for (const ShareOutDeck::Slide &slide : ShareOutDeck::slides(document->data()))
            onASlide = onASlide || (slide.item && slide.item->id == id);
        QVERIFY(!onASlide);
    }

    void researchQuestionsAreEditedWithTheEventDetails()
    {
        auto document = openSample();
        const QList<ResearchQuestion> before = document->data().details.questions;
        QVERIFY(before.size() >= 2);
        EventDetailsEditor editor(document.get());
        QPlainTextEdit *questions = nullptr;
        for (QPlainTextEdit *edit : editor.findChildren<QPlainTextEdit *>()) {
            if (edit->toPlainText().contains(before.first().text))
                questions = edit;
        }
        QVERIFY(questions);
        // The second reworded in its place; a new one at the end.
        QStringList lines;
        for (const ResearchQuestion &q : before)
            lines << q.text;
        lines[1] += u" (reworded)"_s;
        lines << u"Who was not in the room?"_s;
        questions->setPlainText(lines.join(u'\n'));
        QVERIFY(editor.hasChanges());
        QVERIFY(editor.apply());
        QList<ResearchQuestion> after = document->data().details.questions;
        QCOMPARE(after.size(), before.size() + 1);
        QCOMPARE(after[0], before[0]);
        QCOMPARE(after[1].id, before[1].id); // reworded: what speaks to it still does
        QCOMPARE(after[1].text, before[1].text + u" (reworded)"_s);
        QVERIFY(after.last().id != 0);
        // The first two swapped: each keeps its id.
        lines.swapItemsAt(0, 1);
        questions->setPlainText(lines.join(u'\n'));
        QVERIFY(editor.apply());
        const QList<ResearchQuestion> swapped = document->data().details.questions;
        QCOMPARE(swapped[0].id, before[1].id);
        QCOMPARE(swapped[1].id, before[0].id);
        QVERIFY(document->undo());
        QCOMPARE(document->data().details.questions, after);
        QVERIFY(document->undo());
        QCOMPARE(document->data().details.questions, before);
    }

    void presentModeMovesWithTheKeysAndEscapeLeaves()
    {
        auto document = openSample();
        QPointer<PresentWindow> window = new PresentWindow(document.get());
        window->resize(960, 540);
        window->show();
        window->showSlide(0);
        QVERIFY(QTest::qWaitForWindowExposed(window));
        QVERIFY(window->count() > 3);
        QCOMPARE(window->current(), 0);
        QTest::keyClick(window, Qt::Key_Right);
        QCOMPARE(window->current(), 1);
        QTest::keyClick(window, Qt::Key_Space);
        QCOMPARE(window->current(), 2);
        QTest::keyClick(window, Qt::Key_Left);
        QCOMPARE(window->current(), 1);
        QTest::keyClick(window, Qt::Key_End);
        QCOMPARE(window->current(), window->count() - 1);
        QTest::keyClick(window, Qt::Key_Right); // stays on the last
        QCOMPARE(window->current(), window->count() - 1);
        QTest::keyClick(window, Qt::Key_Home);
        QCOMPARE(window->current(), 0);
        QTest::keyClick(window, Qt::Key_Left); // and on the first
        QCOMPARE(window->current(), 0);
        // Every slide paints (photos decoded one at a time, at the size shown).
        const QString shots = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(shots);
        for (int i = 0; i < window->count(); ++i) {
            window->showSlide(i);
            const QImage shot = window->grab().toImage();
            QVERIFY(!shot.isNull());
            if (i < 3)
                QVERIFY(shot.save(shots + u"/present-%1.png"_s.arg(i)));
        }
        QTest::keyClick(window, Qt::Key_Escape);
        QTRY_VERIFY(window.isNull()); // closed and deleted
    }

    void thumbnailsAreDecodedWhenAskedForAndSmall()
    {
        auto document = openSample();
        ThumbnailCache cache(document.get(), 128);
        const auto found = std::find_if(document->data().treasure.cbegin(),
                                        document->data().treasure.cend(),
                                        [](const TreasureItem &t) { return t.isPhoto(); });
        QVERIFY(found != document->data().treasure.cend());
        const TreasureItem &photo = *found;
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QVERIFY(cache.thumbnail(photo.id).isNull()); // not yet: decoded off the GUI thread
        QTRY_COMPARE(ready.count(), 1);
        const QImage thumbnail = cache.thumbnail(photo.id);
        QVERIFY(!thumbnail.isNull());
        QCOMPARE(qMax(thumbnail.width(), thumbnail.height()), 128);
    }

    void outputsOfferTheDeckAndTheReport()
    {
        auto document = openSample();
        OutputsPage page(document.get());
        QComboBox *documents = nullptr;
        for (QComboBox *combo : page.findChildren<QComboBox *>()) {
            if (combo->findText(u"Event report"_s) >= 0)
                documents = combo;
        }
        QVERIFY(documents);
        documents->setCurrentIndex(documents->findText(u"Event report"_s));
        const QString odt = m_dir.filePath(u"report.odt"_s);
        FileDialog::setNextFileName(odt);
        QVERIFY(page.saveAsPdf());
        QVERIFY(QFileInfo(odt).size() > 10000);
        documents->setCurrentIndex(documents->findText(u"Share-out deck (16:9 slides)"_s));
        const QString pdf = m_dir.filePath(u"deck.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(page.saveAsPdf());
        QProcess info;
        info.start(u"pdfinfo"_s, {pdf});
        QVERIFY(info.waitForFinished());
        QVERIFY(QString::fromUtf8(info.readAllStandardOutput()).contains(u"Pages:"_s));
    }
};

QTEST_MAIN(TestTreasurePage)
#include "TestTreasurePage.moc"
