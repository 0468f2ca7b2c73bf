#include "EventDocument.h"
#include "FileDialog.h"
#include "WorkProgress.h"
#include "documents/RosterDocument.h"
#include "pages/OutputsPage.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewWidget>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The outputs page: papers saved as PDF and lists exported, through the file-dialog seam.
class TestOutputsPage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<EventDocument> m_document;

private slots:
    void initTestCase()
    {
        const QString path = m_dir.filePath(u"o.fieldday"_s);
        const EventData data = SampleEvent::data();
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        m_document =
            std::make_unique<EventDocument>(EventFile::open(path, EventFile::Mode::ReadOnly));
    }

    void saveRostersAsPdf()
    {
        OutputsPage page(m_document.get());
        const QString pdf = m_dir.filePath(u"rosters.pdf"_s);
        FileDialog::setNextFileName(pdf);
        QVERIFY(page.saveAsPdf());
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        const QString content = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY(content.contains(u"Group roster"_s));
        QVERIFY(content.contains(u"Siobhán"_s));
        page.resize(1000, 760);
        const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + u"/outputs.png"_s));
    }

    // A roster is printed for someone: the lead's copy (the default) or the host's, which keeps
    // the consent rule; both say whose copy they are, in the heading and the footer.
    void rosterForTheLeadOrTheHost()
    {
        OutputsPage page(m_document.get());
        QVERIFY(page.audienceBox()->isEnabled());
        QCOMPARE(RosterDocument::Audience(page.audienceBox()->currentData().toInt()),
                 RosterDocument::Audience::Lead);
        const EventData &event = m_document->data();
        for (const auto audience :
             {RosterDocument::Audience::Lead, RosterDocument::Audience::Host}) {
            page.audienceBox()->setCurrentIndex(page.audienceBox()->findData(int(audience)));
            const QString pdf =
                m_dir.filePath(u"roster-%1.pdf"_s.arg(RosterDocument::audienceName(audience)));
            FileDialog::setNextFileName(pdf);
            QVERIFY(page.saveAsPdf());
            QProcess text;
            text.start(u"pdftotext"_s, {pdf, u"-"_s});
            QVERIFY(text.waitForFinished());
            const QString content = QString::fromUtf8(text.readAllStandardOutput()).simplified();
            const bool lead = audience == RosterDocument::Audience::Lead;
            QVERIFY(content.contains(lead ? u"For the group lead"_s : u"For the host"_s));
            QVERIFY2(content.contains(lead ? u"Group roster for the group lead"_s
                                           : u"Group roster for the host"_s),
                     qPrintable(content.right(300)));
            for (const Participant &p : event.participants) {
                if (event.destinationOf(p.id) && p.status == ParticipantStatus::Booked)
                    QCOMPARE(content.contains(p.phone), lead || p.consentShareContact);
            }
        }
        // Only a roster is for someone.
        auto *kind = page.findChildren<QComboBox *>().first();
        kind->setCurrentIndex(kind->findText(u"Day sheet"_s));
        QVERIFY(!page.audienceBox()->isEnabled());
        page.audienceBox()->setCurrentIndex(0);
        kind->setCurrentIndex(0);
        page.audienceBox()->setCurrentIndex(1);
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTRY_COMPARE(page.previewWidget()->pageCount(), OutputsPage::previewPages);
        const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + u"/outputs-host-roster.png"_s));
    }

    // Beside the options: the chosen paper's first pages, drawn only while the page is shown.
    void previewShowsTheFirstPages()
    {
        OutputsPage page(m_document.get());
        QCOMPARE(page.previewWidget()->pageCount(), 0); // not shown yet: nothing drawn
        page.resize(1300, 800);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Rosters: three groups, a page each; the preview stops after its first pages.
        QTRY_COMPARE(page.previewWidget()->pageCount(), OutputsPage::previewPages);
        auto *kind = page.findChildren<QComboBox *>().first();
        kind->setCurrentIndex(kind->findText(u"Day sheet"_s));
        QTRY_COMPARE(page.previewWidget()->pageCount(), 1);
        QCOMPARE(page.previewWidget()->orientation(), QPageLayout::Landscape);
        const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + u"/screenshots"_s;
        QDir().mkpath(dir);
        QVERIFY(page.grab().save(dir + u"/outputs-day-sheet.png"_s));
    }

    void cancelledDialogWritesNothing()
    {
        OutputsPage page(m_document.get());
        FileDialog::setNextFileName(QString());
        QVERIFY(!page.exportList());
    }

    void cancellingAPdfLeavesNoFile()
    {
        OutputsPage page(m_document.get());
        for (QComboBox *combo : page.findChildren<QComboBox *>()) {
            if (combo->accessibleName() == u"Document"_s)
                combo->setCurrentIndex(combo->findText(u"Name badges"_s));
        }
        const QString pdf = m_dir.filePath(u"badges.pdf"_s);
        WorkProgress::cancelNextAt(2); // while the pages are being laid out
        FileDialog::setNextFileName(pdf);
        QVERIFY(!page.saveAsPdf());
        QVERIFY(!QFile::exists(pdf));
        auto *status = page.findChild<QLabel *>(u"status"_s);
        QVERIFY2(status->text().contains(u"Cancelled"_s), qPrintable(status->text()));
        // Not cancelled: every page is saved.
        FileDialog::setNextFileName(pdf);
        QVERIFY(page.saveAsPdf());
        QVERIFY(QFile::exists(pdf));
        QVERIFY2(status->text().contains(u"pages)"_s), qPrintable(status->text()));
    }

    void cancellingAnExportKeepsTheOldFile()
    {
        OutputsPage page(m_document.get());
        const QString csv = m_dir.filePath(u"kept.csv"_s);
        QFile old(csv);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("yesterday's list\n");
        old.close();
        WorkProgress::cancelNextAt(1);
        FileDialog::setNextFileName(csv);
        QVERIFY(!page.exportList());
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("yesterday's list\n"));
    }

    void exportWarnsForSpecialCategoryColumns()
    {
        OutputsPage page(m_document.get());
        auto *columns = page.findChild<QListWidget *>();
        auto *warning = page.findChild<QLabel *>(u"specialCategoryWarning"_s);
        QVERIFY(warning->text().isEmpty());
        for (int i = 0; i < columns->count(); ++i) {
            if (columns->item(i)->data(Qt::UserRole).toString() == u"dietary_needs"_s)
                columns->item(i)->setCheckState(Qt::Checked);
        }
        QVERIFY(warning->text().contains(u"special-category"_s));
        const QString csv = m_dir.filePath(u"list.csv"_s);
        FileDialog::setNextFileName(csv);
        QVERIFY(page.exportList());
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(file.readAll().contains("Dietary needs"));
    }
};

QTEST_MAIN(TestOutputsPage)
#include "TestOutputsPage.moc"
