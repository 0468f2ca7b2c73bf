#pragma once

#include <QObject>

namespace fieldday {

// Scrolling a page never changes a value: spin boxes, combo boxes and time edits take the
// mouse wheel only once they have focus (a click or Tab). Without focus, the wheel scrolls
// what they sit in. One filter for the whole application, installed by the main window.
class WheelGuard : public QObject
{
    Q_OBJECT

public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace fieldday
