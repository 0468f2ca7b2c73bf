#pragma once

#include <QWidget>

class QListWidget;

namespace fieldday {

// What the window shows with no event open: the ways to start.
class StartPage : public QWidget
{
    Q_OBJECT

public:
    explicit StartPage(QWidget *parent = nullptr);
    void refreshRecentFiles();
    QListWidget *recentFiles() const { return m_recent; }

signals:
    void newEventRequested();
    void openRequested();
    void openSampleRequested();
    void openFileRequested(const QString &path);

private:
    QListWidget *m_recent;
};

} // namespace fieldday
