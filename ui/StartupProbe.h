#pragma once

#include <QElapsedTimer>
#include <QObject>

namespace fieldday {

class MainWindow;

// `fieldday --startup-probe FILE`: opens the window on the participants page, prints
// "first-paint-ms N" once the table has painted its rows, then times search as you type
// ("keystroke-ms N" per key) and one edit of a person from Apply to the table showing it
// ("edit-ms N"; undone again, so the file ends as it was), and quits. For docs/performance.md.
class StartupProbe : public QObject
{
    Q_OBJECT

public:
    StartupProbe(MainWindow *window, const QElapsedTimer &sinceStart);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void typeAndQuit();
    void timeOneEdit();

    MainWindow *m_window;
    QElapsedTimer m_sinceStart;
    bool m_painted = false;
};

} // namespace fieldday
