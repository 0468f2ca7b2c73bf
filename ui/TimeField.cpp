#include "TimeField.h"

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

QValidator::State TimeField::validate(QString &input, int &pos) const
{
    if (parse(input).isValid())
        return QValidator::Acceptable;
    // On the way to one of the forms: digits, a separator, the start of am or pm.
    static const QRegularExpression partial(
        QStringLiteral(R"(^\s*\d{0,2}[:.h]?\d{0,2}\s*([ap]\.?m?\.?)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (partial.match(input).hasMatch())
        return QValidator::Intermediate;
    return QTimeEdit::validate(input, pos);
}

void TimeField::fixup(QString &input) const
{
    if (const QTime time = parse(input); time.isValid())
        input = time.toString(displayFormat());
    else
        QTimeEdit::fixup(input);
}

QDateTime TimeField::dateTimeFromText(const QString &text) const
{
    if (const QTime time = parse(text); time.isValid())
        return QDateTime(date(), time);
    return QTimeEdit::dateTimeFromText(text);
}

} // namespace fieldday
