#include "EventDocument.h"
#include "Translations.h"
#include "pages/DestinationEditor.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QApplication>
#include <QLabel>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace Qt::StringLiterals;
using namespace fieldday;

// The translations built into the app: English plural forms under every language, and US
// English, whose spellings differ from the source's.
class TestTranslations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    QStringList labelsOfADestinationEditor()
    {
        const QString path = m_dir.filePath(u"t%1.fieldday"_s.arg(++m_count));
        const EventData data = SampleEvent::data();
        EventFile::create(path, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        EventDocument document(EventFile::open(path, EventFile::Mode::ReadOnly));
        DestinationEditor editor(&document);
        editor.setDestination(data.destinations.first().id);
        QStringList texts;
        for (const QLabel *label : editor.findChildren<QLabel *>())
            texts << label->text();
        return texts;
    }
    int m_count = 0;

    static QString peopleOf(int n)
    {
        return QCoreApplication::translate("fieldday::ParticipantsPage", "%1 of %n people", nullptr,
                                           n)
            .arg(n);
    }

private slots:
    // Each test starts without any translator installed.
    void cleanup()
    {
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
    }

    void withoutTranslationsPluralsReadWrong()
    {
        QCOMPARE(peopleOf(1), u"1 of 1 people"_s); // what the English plurals are there for
    }

    void englishPluralsUnderEveryLanguage()
    {
        for (const QLocale &locale : {QLocale(QLocale::English, QLocale::UnitedKingdom),
                                      QLocale(QLocale::English, QLocale::UnitedStates),
                                      QLocale(QLocale::German, QLocale::Germany)}) {
            Translations::install(qApp, locale);
            QCOMPARE(peopleOf(1), u"1 of 1 person"_s);
            QCOMPARE(peopleOf(2), u"2 of 2 people"_s);
            QCOMPARE(QCoreApplication::translate("fieldday::GroupsPage",
                                                 "%n booked people have no group yet. Drag "
                                                 "people to move them (a move by hand is "
                                                 "pinned), or allocate everyone.",
                                                 nullptr, 1)
                         .left(36),
                     u"1 booked person has no group yet. Dr"_s);
            cleanup();
        }
    }

    void sourceLanguageNeedsNoTranslation()
    {
        QVERIFY(!Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedKingdom)));
        const QStringList labels = labelsOfADestinationEditor();
        QVERIFY2(labels.contains(u"Host organisation:"_s), qPrintable(labels.join(u" | ")));
        QVERIFY(labels.contains(u"Colour:"_s));
    }

    void usEnglishIsInstalledAndUsed()
    {
        QVERIFY(Translations::install(qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
        const QStringList labels = labelsOfADestinationEditor();
        QVERIFY2(labels.contains(u"Host organization:"_s), qPrintable(labels.join(u" | ")));
        QVERIFY(labels.contains(u"Color:"_s));
        QVERIFY(labels.contains(u"Contact email:"_s));
        // Text with no American spelling falls back to the source.
        QVERIFY(labels.contains(u"Group name:"_s));
    }
};

QTEST_MAIN(TestTranslations)
#include "TestTranslations.moc"
