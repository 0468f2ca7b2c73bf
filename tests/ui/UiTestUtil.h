#pragma once

#include <QAction>
#include <QDir>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QString>
#include <QWidget>

namespace fieldday::test {

// A widget as drawn, to build/screenshots/NAME.png, to look at after a run.
inline bool saveScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = QStringLiteral(FIELDDAY_BINARY_DIR) + QStringLiteral("/screenshots");
    QDir().mkpath(dir);
    return widget.grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// The action of a window's menus whose text, without its mnemonic, is `text`.
inline QAction *menuAction(const QMainWindow &window, const QString &text)
{
    for (QAction *menu : window.menuBar()->actions()) {
        if (!menu->menu())
            continue;
        for (QAction *action : menu->menu()->actions()) {
            if (action->text().remove(u'&') == text)
                return action;
        }
    }
    return nullptr;
}

} // namespace fieldday::test
