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

// The translation built into the app: US English, whose spellings differ from the source's.
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

private slots:
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
