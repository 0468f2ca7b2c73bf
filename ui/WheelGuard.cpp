#include "WheelGuard.h"

#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QApplication>
#include <QComboBox>
#include <QScrollBar>
#include <QWheelEvent>

namespace fieldday {

namespace {
// The value-changing widget `object` is or sits in (a spin box's line edit), if any.
QWidget *valueWidget(QObject *object)
{
    for (auto *widget = qobject_cast<QWidget *>(object); widget;
         widget = widget->parentWidget()) {
        if (qobject_cast<QAbstractSpinBox *>(widget) || qobject_cast<QComboBox *>(widget))
            return widget;
        if (widget->isWindow())
            break;
    }
    return nullptr;
}

// The scroll bar around `widget` that can move the way the wheel turned, if any.
QScrollBar *scrollBarFor(QWidget *widget, const QWheelEvent *wheel)
{
    const QPoint delta = wheel->angleDelta();
    const bool vertical = qAbs(delta.y()) >= qAbs(delta.x());
    const int turn = vertical ? delta.y() : delta.x();
    for (QWidget *w = widget->parentWidget(); w && !w->isWindow(); w = w->parentWidget()) {
        auto *area = qobject_cast<QAbstractScrollArea *>(w);
        if (!area)
            continue;
        QScrollBar *bar = vertical ? area->verticalScrollBar() : area->horizontalScrollBar();
        const bool canMove = turn > 0 ? bar->value() > bar->minimum()
                                      : bar->value() < bar->maximum();
        if (canMove)
            return bar;
    }
    return nullptr;
}
} // namespace

void WheelGuard::install()
{
    static WheelGuard *guard = nullptr;
    if (!guard) {
        guard = new WheelGuard(qApp);
        qApp->installEventFilter(guard);
    }
}

bool WheelGuard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Polish) {
        // A wheel over a widget with WheelFocus would give it focus before any filter saw it.
        auto *widget = qobject_cast<QWidget *>(watched);
        if (widget && (qobject_cast<QAbstractSpinBox *>(widget) ||
                       qobject_cast<QComboBox *>(widget)) &&
            widget->focusPolicy() == Qt::WheelFocus)
            widget->setFocusPolicy(Qt::StrongFocus);
        return false;
    }
    if (event->type() != QEvent::Wheel)
        return false;
    QWidget *target = valueWidget(watched);
    if (!target || target->hasFocus())
        return false;
    auto *wheel = static_cast<QWheelEvent *>(event);
    if (QScrollBar *bar = scrollBarFor(target, wheel)) {
        QWheelEvent scroll(bar->mapFromGlobal(wheel->globalPosition()), wheel->globalPosition(),
                           wheel->pixelDelta(), wheel->angleDelta(), wheel->buttons(),
                           wheel->modifiers(), wheel->phase(), wheel->inverted(),
                           wheel->source());
        QCoreApplication::sendEvent(bar, &scroll);
    }
    return true; // the value stays as it is
}

} // namespace fieldday
