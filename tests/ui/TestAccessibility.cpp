#include "EventDocument.h"
#include "MainWindow.h"
#include "TestUtil.h"
#include "pages/DayPlanPage.h"
#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QComboBox>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Keyboard and screen-reader use: every control on every page has a name a screen reader can
// say (its own, or its form label's), and Tab reaches every input of a page.
class TestAccessibility : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static bool isInput(QWidget *w)
    {
        return qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
               qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPlainTextEdit *>(w) ||
               qobject_cast<QAbstractItemView *>(w) || qobject_cast<QAbstractButton *>(w);
    }
    static QString spokenName(QWidget *w)
    {
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(w);
        return a ? a->text(QAccessible::Name) : QString();
    }
    static QString describe(QWidget *w)
    {
        QStringList path;
        for (QWidget *p = w; p; p = p->parentWidget())
            path.prepend(QString::fromLatin1(p->metaObject()->className()));
        return path.join(u" > ");
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"FielddayAccessibility"_s);
        test::useTemporarySettings(m_dir.filePath(u"settings"_s));
    }

    void everyControlHasANameAndTabReachesIt()
    {
        const QString file = m_dir.filePath(u"a.fieldday"_s);
        const EventData data = SampleEvent::data();
        EventFile::create(file, [&data](EventFile &f) { EventWriter::writeAll(f, data); });
        MainWindow window;
        window.resize(1440, 900);
        QVERIFY(window.openFile(file));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>();
        QStringList unnamed, unreachable;
        // Every page, and on the day plan every part of the day in turn.
        QList<std::pair<int, int>> views;
        for (int page = 0; page < tabs->count(); ++page) {
            const int parts =
                tabs->tabText(page) == u"Day plan"_s
                    ? window.findChild<DayPlanPage *>()->findChild<QListWidget *>()->count()
                    : 1;
            for (int part = 0; part < parts; ++part)
                views.append({page, part});
        }
        for (const auto &[page, part] : views) {
            tabs->setCurrentIndex(page);
            if (tabs->tabText(page) == u"Day plan"_s)
                window.findChild<DayPlanPage *>()->findChild<QListWidget *>()->setCurrentRow(part);
            QWidget *current = tabs->currentWidget();
            QList<QWidget *> inputs;
            for (QWidget *w : current->findChildren<QWidget *>()) {
                if (isInput(w) && w->isVisibleTo(current) && w->isEnabled() &&
                    w->focusPolicy() & Qt::TabFocus && !w->parentWidget()->inherits("QTableView") &&
                    !w->inherits("QTabBar") && !w->objectName().startsWith(u"qt_"_s))
                    inputs.append(w);
            }
            QVERIFY(!inputs.isEmpty());
            for (QWidget *w : inputs) {
                if (spokenName(w).trimmed().isEmpty())
                    unnamed << u"%1 %2: %3"_s.arg(tabs->tabText(page)).arg(part).arg(describe(w));
            }
            // Walk the focus chain from the page's first input: it must come round to them all.
            QSet<QWidget *> reached;
            QWidget *start = inputs.first();
            QWidget *w = start;
            for (int step = 0; step < 2000; ++step) {
                reached.insert(w);
                w = w->nextInFocusChain();
                if (w == start)
                    break;
            }
            for (QWidget *input : inputs) {
                if (!reached.contains(input))
                    unreachable
                        << u"%1 %2: %3"_s.arg(tabs->tabText(page)).arg(part).arg(describe(input));
            }
        }
        // One line each: QTest cuts long failure messages short.
        for (const QString &line : std::as_const(unnamed))
            qWarning("no accessible name: %s", qPrintable(line));
        for (const QString &line : std::as_const(unreachable))
            qWarning("not reached by Tab: %s", qPrintable(line));
        QCOMPARE(unnamed.size(), 0);
        QCOMPARE(unreachable.size(), 0);
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
