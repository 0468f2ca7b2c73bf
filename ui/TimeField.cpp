#include "TimeField.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace fieldday {

TimeField::TimeField(const QTime &time, QWidget *parent) : QTimeEdit(time, parent)
{
    setDisplayFormat(QStringLiteral("HH:mm"));
}

QTime TimeField::parse(const QString &text)
{
    // Hours; minutes after ":", "." or "h", or straight after (1000, 930); then am or pm.
    static const QRegularExpression form(
        QStringLiteral(R"(^(\d{1,2})(?:[:.h]?(\d{2}))?\s*(?:([ap])\.?m?\.?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = form.match(text.trimmed());
    if (!m.hasMatch())
        return {};
    int hour = m.captured(1).toInt();
    const int minute = m.captured(2).isEmpty() ? 0 : m.captured(2).toInt();
    if (const QString meridiem = m.captured(3).toLower(); !meridiem.isEmpty()) {
        if (hour < 1 || hour > 12)
            return {};
        hour = hour % 12 + (meridiem == u'p' ? 12 : 0);
    }
    return QTime(hour, minute); // invalid past 23:59
}

void TimeField::keyPressEvent(QKeyEvent *event)
{
    const QString text = event->text();
    const bool printable = !text.isEmpty() && text.at(0).isPrint() &&
                           !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier));
    const bool erase = event->key() == Qt::Key_Backspace || event->key() == Qt::Key_Delete;
    if (printable || (m_typing && erase)) {
        // Straight into the text, with the sections' handlers not told: read when left.
        // (The spin box's validator would rewrite "1" as "01:00": it is set aside meanwhile.)
        QLineEdit *edit = lineEdit();
        const QSignalBlocker blocker(edit);
        const QValidator *validator = edit->validator();
        edit->setValidator(nullptr);
        if (printable)
            edit->insert(text);
        else if (event->key() == Qt::Key_Backspace)
            edit->backspace();
        else
            edit->del();
        edit->setValidator(validator);
        m_typing = true;
        event->accept();
        return;
    }
    if (m_typing)
        commitTyped(); // Enter, an arrow, Escape: the time first, then the key as usual
    QTimeEdit::keyPressEvent(event);
}

bool TimeField::focusNextPrevChild(bool next)
{
    // Tab leaves the field, as it leaves every other; the arrows move between hours and minutes.
    if (m_typing)
        commitTyped();
    return QWidget::focusNextPrevChild(next);
}

void TimeField::focusOutEvent(QFocusEvent *event)
{
    if (m_typing)
        commitTyped();
    QTimeEdit::focusOutEvent(event);
}

void TimeField::commitTyped()
{
    m_typing = false;
    const QTime typed = parse(lineEdit()->text());
    const QTime shown = typed.isValid() ? typed : time();
    {
        // The text as the field would show it, so QTimeEdit reads back what it holds.
        const QSignalBlocker blocker(lineEdit());
        lineEdit()->setText(shown.toString(displayFormat()));
    }
    setTime(shown);
}

} // namespace fieldday
