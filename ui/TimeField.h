#pragma once

#include <QTimeEdit>

namespace fieldday {

// A time as people type it: "10:00", "10.00", "1000", "930", "10am", "2.30pm". Shown as HH:mm.
// What is typed is read when the field is left (Tab, Enter, a click elsewhere); until then
// QTimeEdit's hour-and-minute sections stay out of the way (they would take "1" as 01:00).
// Tab leaves the field; the arrows step the time as in any QTimeEdit.
class TimeField : public QTimeEdit
{
    Q_OBJECT

public:
    explicit TimeField(const QTime &time = QTime(0, 0), QWidget *parent = nullptr);

    // An invalid time when the text is not one of the forms above.
    static QTime parse(const QString &text);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    void commitTyped(); // the typed text becomes the time, or the time it had comes back

    bool m_typing = false;
};

} // namespace fieldday
