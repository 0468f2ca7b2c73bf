#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QMenu;
class QStackedWidget;
class QTabWidget;

namespace fieldday {

class EventDocument;
class EventFile;
class StartPage;

// One window per open event; with no event it shows the start page.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    // Opens `path` here, or in a new window if this one already shows an event.
    // Reports failures to the user; returns whether an event is now open.
    bool openFile(const QString &path);
    EventDocument *document() const { return m_document; }
    // Where "Open the sample event" keeps its copy.
    static QString samplePath();

public slots:
    void newEvent();
    void open();
    void openSample();
    void backUp();
    void shareCopy();
    void mergeFrom();
    // File ▸ Save a Clean Copy…: the open event without what Fieldday cannot trust.
    void saveCleanCopy();
    void closeWindow();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createActions();
    void showDocument(EventDocument *document);
    void updateTitle();
    void updateRecentMenu();
    bool hasDocument() const { return m_document != nullptr; }
    // Asks about what was typed on `page` and not applied; false to stay on it.
    bool confirmLeavePage(QWidget *page);
    // Every form with typed changes settled (asked about); false when the user cancels.
    bool settleFormEdits();
    // Writes a clean copy of the event at `path` (from `salvaged`, if already opened to
    // salvage), says what was left out, and offers to open it. False if nothing was written.
    bool saveCleanCopyOf(const QString &path, std::unique_ptr<EventFile> salvaged = {});
    // The window of this program that has `path` open, if any.
    static MainWindow *windowShowing(const QString &path);

    EventDocument *m_document = nullptr;
    QStackedWidget *m_stack;
    StartPage *m_startPage;
    QTabWidget *m_pages = nullptr;
    QWidget *m_shownPage = nullptr; // the page shown before the tab bar moved
    QLabel *m_banner;
    QMenu *m_recentMenu = nullptr;
    QAction *m_undo = nullptr;
    QAction *m_redo = nullptr;
    QAction *m_backUp = nullptr;
    QAction *m_share = nullptr;
    QAction *m_mergeFrom = nullptr;
    QAction *m_saveClean = nullptr;
    QAction *m_close = nullptr;
    QAction *m_import = nullptr;
    QAction *m_allocate = nullptr;
    QAction *m_outputs = nullptr;
    QAction *m_find = nullptr;
    QAction *m_moveToGroup = nullptr;
    QMenu *m_eventMenu = nullptr;
};

} // namespace fieldday
