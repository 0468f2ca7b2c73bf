#pragma once

#include <QTimeEdit>

namespace fieldday {

// A time as people type it: "10:00", "10.00", "1000", "930", "10am", "2.30pm". Shown as HH:mm.
class TimeField : public QTimeEdit
{
    Q_OBJECT

public:
    explicit TimeField(const QTime &time = QTime(0, 0), QWidget *parent = nullptr);

    // An invalid time when the text is not one of the forms above.
    static QTime parse(const QString &text);

protected:
    QValidator::State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;
    QDateTime dateTimeFromText(const QString &text) const override;
};

} // namespace fieldday
