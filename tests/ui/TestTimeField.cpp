#include "TimeField.h"

#include <QApplication>
#include <QLineEdit>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace fieldday;

// Time fields take a time as people type it.
class TestTimeField : public QObject
{
    Q_OBJECT

private slots:
    void parsesTheWaysPeopleWriteTimes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QTime>("time");
        QTest::newRow("colon") << u"10:00"_s << QTime(10, 0);
        QTest::newRow("dot") << u"10.00"_s << QTime(10, 0);
        QTest::newRow("digits") << u"1000"_s << QTime(10, 0);
        QTest::newRow("three digits") << u"930"_s << QTime(9, 30);
        QTest::newRow("am") << u"10am"_s << QTime(10, 0);
        QTest::newRow("pm with minutes") << u"2.30pm"_s << QTime(14, 30);
        QTest::newRow("PM, spaced") << u" 2:30 PM "_s << QTime(14, 30);
        QTest::newRow("p.m.") << u"4 p.m."_s << QTime(16, 0);
        QTest::newRow("noon") << u"12pm"_s << QTime(12, 0);
        QTest::newRow("midnight") << u"12am"_s << QTime(0, 0);
        QTest::newRow("hour only") << u"9"_s << QTime(9, 0);
        QTest::newRow("h") << u"14h15"_s << QTime(14, 15);
        QTest::newRow("25 o'clock") << u"25:00"_s << QTime();
        QTest::newRow("13pm") << u"13pm"_s << QTime();
        QTest::newRow("minutes 61") << u"10:61"_s << QTime();
        QTest::newRow("words") << u"ten"_s << QTime();
        QTest::newRow("empty") << QString() << QTime();
    }
    void parsesTheWaysPeopleWriteTimes()
    {
        QFETCH(QString, text);
        QFETCH(QTime, time);
        QCOMPARE(TimeField::parse(text), time);
    }

    void typingIntoTheField_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QTime>("time");
        QTest::newRow("1000") << u"1000"_s << QTime(10, 0);
        QTest::newRow("10.00") << u"10.00"_s << QTime(10, 0);
        QTest::newRow("10:00") << u"10:00"_s << QTime(10, 0);
        QTest::newRow("10am") << u"10am"_s << QTime(10, 0);
        QTest::newRow("2.45pm") << u"2.45pm"_s << QTime(14, 45);
    }
    void typingIntoTheField()
    {
        QFETCH(QString, typed);
        QFETCH(QTime, time);
        QWidget window;
        auto *field = new TimeField(QTime(9, 0), &window);
        auto *next = new QLineEdit(&window);
        next->move(0, 40);
        window.show();
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        field->setFocus();
        field->selectAll();
        QTest::keyClicks(field, typed);
        QCOMPARE(field->time(), QTime(9, 0)); // not "1" as 01:00 at the first key
        QTest::keyClick(field, Qt::Key_Tab);  // leave the field: it shows the time as HH:mm
        QCOMPARE(field->time(), time);
        QCOMPARE(QApplication::focusWidget(), next);
        QCOMPARE(field->findChild<QLineEdit *>()->text(), time.toString(u"HH:mm"_s));
    }

    void somethingElseKeepsTheTimeItHad()
    {
        TimeField field(QTime(9, 15));
        field.show();
        QApplication::setActiveWindow(&field);
        QVERIFY(QTest::qWaitForWindowActive(&field));
        field.selectAll();
        QTest::keyClicks(&field, u"xyz"_s);
        QTest::keyClick(&field, Qt::Key_Enter);
        QCOMPARE(field.time(), QTime(9, 15));
        QCOMPARE(field.findChild<QLineEdit *>()->text(), u"09:15"_s);
        // Enter takes a typed time too, and the arrows still step it.
        field.selectAll();
        QTest::keyClicks(&field, u"2pm"_s);
        QTest::keyClick(&field, Qt::Key_Return);
        QCOMPARE(field.time(), QTime(14, 0));
    }
};

QTEST_MAIN(TestTimeField)
#include "TestTimeField.moc"
