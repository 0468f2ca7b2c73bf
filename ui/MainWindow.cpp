#include "MainWindow.h"

#include "EventDocument.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "OverviewPage.h"
#include "RecentFiles.h"
#include "StartPage.h"
#include "UserGuideDialog.h"
#include "WheelGuard.h"
#include "pages/AllocateDialog.h"
#include "pages/DayPlanPage.h"
#include "pages/EditForm.h"
#include "pages/GroupsPage.h"
#include "pages/ImportDialog.h"
#include "pages/MergeDialog.h"
#include "pages/MoveToGroupDialog.h"
#include "pages/OutputsPage.h"
#include "pages/PageWithPeople.h"
#include "pages/ParticipantsPage.h"
#include "pages/TreasurePage.h"
#include "sample/BlankEvent.h"
#include "sample/SampleEvent.h"
#include "storage/CopySharing.h"
#include "storage/ContentCheck.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace fieldday {

namespace {
QString eventFileFilter()
{
    return MainWindow::tr("Fieldday events (*.fieldday);;All files (*)");
}
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent), m_stack(new QStackedWidget(this)), m_startPage(new StartPage(this)),
      m_banner(new QLabel(this))
{
    setAttribute(Qt::WA_DeleteOnClose);
    WheelGuard::install();
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setStyleSheet(QStringLiteral(
        "#readOnlyBanner { background: #fff3cd; color: #533f03; padding: 8px 12px; }"));
    m_banner->setWordWrap(true);
    m_banner->hide();

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack);
    setCentralWidget(central);
    m_stack->addWidget(m_startPage);

    connect(m_startPage, &StartPage::newEventRequested, this, &MainWindow::newEvent);
    connect(m_startPage, &StartPage::openRequested, this, &MainWindow::open);
    connect(m_startPage, &StartPage::openSampleRequested, this, &MainWindow::openSample);
    connect(m_startPage, &StartPage::openFileRequested, this, &MainWindow::openFile);

    createActions();
    updateTitle();
    statusBar()->showMessage(tr("Ready"));

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // 1200×800, or less on a smaller screen (a 1280×720 laptop), leaving room for panels.
        QSize size(1200, 800);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 60));
        resize(size);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
}

MainWindow::~MainWindow() = default;

QString MainWindow::samplePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir().mkpath(dir);
    return dir + QStringLiteral("/sample.fieldday");
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *newAction = file->addAction(tr("&New Event…"), this, &MainWindow::newEvent);
    newAction->setShortcut(QKeySequence::New);
    file->addAction(tr("New from the &Sample Event"), this, &MainWindow::openSample);
    QAction *openAction = file->addAction(tr("&Open…"), this, &MainWindow::open);
    openAction->setShortcut(QKeySequence::Open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    file->addSeparator();
    m_backUp = file->addAction(tr("&Back Up a Copy…"), this, &MainWindow::backUp);
    file->addSeparator();
    m_share = file->addAction(tr("S&hare a Copy…"), this, &MainWindow::shareCopy);
    m_share->setStatusTip(tr("Write a copy for another organiser to work on, to merge back later"));
    m_mergeFrom = file->addAction(tr("&Merge Changes From…"), this, &MainWindow::mergeFrom);
    m_mergeFrom->setStatusTip(tr("Bring in what changed in a shared copy"));
    file->addSeparator();
    m_saveClean = file->addAction(tr("Save a C&lean Copy…"), this, &MainWindow::saveCleanCopy);
    m_saveClean->setStatusTip(tr("A copy of the event without anything Fieldday cannot trust "
                                 "(rows another program wrote, triggers, views)"));
    m_close = file->addAction(tr("&Close"), this, &MainWindow::closeWindow);
    m_close->setShortcut(QKeySequence::Close);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_undo = edit->addAction(tr("&Undo"));
    m_undo->setShortcut(QKeySequence::Undo);
    m_redo = edit->addAction(tr("&Redo"));
    m_redo->setShortcut(QKeySequence::Redo);
    m_undo->setEnabled(false); // until an event is open and something was done
    m_redo->setEnabled(false);
    edit->addSeparator();
    m_find = edit->addAction(tr("&Find a participant"), this, [this] {
        if (!m_pages)
            return;
        auto *participants = m_pages->findChild<ParticipantsPage *>();
        m_pages->setCurrentWidget(participants);
        if (m_pages->currentWidget() == participants) { // not if the organiser stayed on a form
            participants->searchField()->setFocus(Qt::ShortcutFocusReason);
            participants->searchField()->selectAll();
        }
    });
    m_find->setShortcut(QKeySequence::Find);
    m_moveToGroup = edit->addAction(tr("&Move to group…"), this, [this] {
        if (!m_pages || !m_document)
            return;
        if (auto *page = dynamic_cast<PageWithPeople *>(m_pages->currentWidget())) {
            if (page->selectedPeople().isEmpty())
                statusBar()->showMessage(tr("Select the people to move first."), 4000);
            else
                MoveToGroupDialog::moveSelected(m_document, page->selectedPeople(), this);
        } else {
            statusBar()->showMessage(
                tr("Move to group works on the Participants and Groups pages."), 4000);
        }
    });
    m_moveToGroup->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *overview = view->addAction(tr("&Overview"));
    overview->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(overview, &QAction::triggered, this, [this] {
        if (m_pages)
            m_pages->setCurrentIndex(0);
    });
    const QStringList pageNames = {tr("&Participants"), tr("&Groups"), tr("&Day plan"),
                                   tr("&Treasure"), tr("O&utputs")};
    for (int i = 0; i < pageNames.size(); ++i) {
        QAction *page = view->addAction(pageNames[i]);
        page->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_2 + i)));
        connect(page, &QAction::triggered, this, [this, i] {
            if (m_pages)
                m_pages->setCurrentIndex(i + 1);
        });
    }

    m_eventMenu = menuBar()->addMenu(tr("Eve&nt"));
    m_import = m_eventMenu->addAction(tr("&Import Bookings…"));
    m_import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    m_allocate = m_eventMenu->addAction(tr("&Allocate to Groups…"));
    m_allocate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    m_outputs = m_eventMenu->addAction(tr("&Print and Export…"));
    m_outputs->setShortcut(QKeySequence::Print);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("Fieldday &User Guide"), this, [this] {
        // Beside the window, not blocking it: read while doing.
        auto *dialog = new UserGuideDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->show();
    });
    guide->setShortcut(QKeySequence::HelpContents);
    help->addSeparator();
    help->addAction(tr("&About Fieldday"), this, [this] {
        // The version is CMake's project VERSION; the licence is LICENSE's.
        QMessageBox::about(
            this, tr("About Fieldday"),
            tr("<p><b>Fieldday</b> %1</p>"
               "<p>An offline-first planner for event days made of site visits.</p>"
               "<p>Copyright &copy; 2026 The Fieldday developers.<br>"
               "Fieldday is free software: you may share and change it under the terms of the "
               "<a href=\"https://www.gnu.org/licenses/gpl-3.0.html\">GNU General Public "
               "License</a>, version 3 or (at your option) any later version. "
               "It comes with no warranty.</p>"
               "<p>It uses Qt %2, under the GNU Lesser General Public License.</p>")
                .arg(QApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    });
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);

    QToolBar *toolBar = addToolBar(tr("Main"));
    toolBar->setObjectName(QStringLiteral("mainToolBar"));
    toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolBar->addAction(openAction);
    toolBar->addSeparator();
    toolBar->addAction(m_import);
    toolBar->addAction(m_allocate);
    toolBar->addAction(m_outputs);
    toolBar->addSeparator();
    toolBar->addAction(m_undo);
    toolBar->addAction(m_redo);
    updateTitle();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = RecentFiles::list();
    for (const QString &path : files) {
        QAction *action = m_recentMenu->addAction(QFileInfo(path).fileName());
        action->setToolTip(path);
        connect(action, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("No recent events"))->setEnabled(false);
}

void MainWindow::updateTitle()
{
    if (m_document) {
        // A shared copy says whose it is: two windows, the original and a copy, look alike.
        const QString copyName = m_document->file().copyName();
        const QString file = copyName.isEmpty()
                                 ? m_document->fileName()
                                 : tr("%1, %2's copy").arg(m_document->fileName(), copyName);
        setWindowTitle(tr("%1 — %2 — Fieldday").arg(m_document->data().details.title, file));
    } else {
        setWindowTitle(tr("Fieldday"));
    }
    const bool open = m_document != nullptr;
    if (m_saveClean)
        m_saveClean->setEnabled(open);
    if (m_backUp) {
        m_backUp->setEnabled(open);
        m_close->setEnabled(open);
        const bool writable = open && !m_document->isReadOnly();
        m_import->setEnabled(writable);
        m_allocate->setEnabled(writable);
        m_moveToGroup->setEnabled(writable);
        m_find->setEnabled(open);
        m_outputs->setEnabled(open);
        // A shared copy is shared from and merged into its original only.
        const bool original = writable && m_document->file().idSpace() == 0;
        m_share->setEnabled(original);
        m_mergeFrom->setEnabled(original);
    }
}

void MainWindow::showDocument(EventDocument *document)
{
    m_document = document;
    document->setParent(this);
    m_pages = new QTabWidget(this);
    m_pages->setDocumentMode(true);
    auto *overview = new OverviewPage(document, m_pages);
    auto *participants = new ParticipantsPage(document, m_pages);
    m_pages->addTab(overview, tr("Overview"));
    m_pages->addTab(participants, tr("Participants"));
    // The tab says how many errors there are, whichever page is shown.
    const auto showErrors = [this, overview](int errors) {
        const int tab = m_pages->indexOf(overview);
        m_pages->setTabText(tab, errors > 0 ? tr("Overview (%n errors)", nullptr, errors)
                                            : tr("Overview"));
        m_pages->setTabIcon(tab, errors > 0 ? style()->standardIcon(QStyle::SP_MessageBoxCritical)
                                            : QIcon());
    };
    connect(overview, &OverviewPage::errorCountChanged, this, showErrors);
    showErrors(overview->errorCount());
    connect(participants, &ParticipantsPage::importRequested, this, [this] {
        const QString path = FileDialog::getOpenFileName(
            this, tr("Import bookings"), tr("Booking exports (*.csv *.txt);;All files (*)"));
        if (path.isEmpty() || !m_document)
            return;
        ImportDialog dialog(m_document, path, this);
        if (dialog.exec() == QDialog::Accepted)
            statusBar()->showMessage(dialog.doneMessage(), 15000);
    });
    auto *groups = new GroupsPage(document, m_pages);
    m_pages->addTab(groups, tr("Groups"));
    connect(m_import, &QAction::triggered, participants, &ParticipantsPage::importRequested);
    connect(m_allocate, &QAction::triggered, groups, &GroupsPage::allocateRequested);
    connect(groups, &GroupsPage::allocateRequested, this, [this] {
        if (!m_document)
            return;
        AllocateDialog dialog(m_document, this);
        dialog.exec();
    });
    auto *dayPlan = new DayPlanPage(document, m_pages);
    m_pages->addTab(dayPlan, tr("Day plan"));
    auto *treasure = new TreasurePage(document, m_pages);
    m_pages->addTab(treasure, tr("Treasure"));
    // A problem on the overview takes you to the thing to fix.
    connect(overview, &OverviewPage::goTo, this,
            [this, participants, dayPlan, treasure](const QString &kind, qint64 id) {
                if (kind == QStringLiteral("participant")) {
                    m_pages->setCurrentWidget(participants);
                    participants->select(id);
                    return;
                }
                if (kind == QStringLiteral("treasure") ||
                    kind == QStringLiteral("treasure-group")) {
                    m_pages->setCurrentWidget(treasure);
                    if (kind == QStringLiteral("treasure"))
                        treasure->select(id);
                    else
                        treasure->showGroup(id);
                    return;
                }
                qint64 destination = kind == QStringLiteral("destination") ? id : 0;
                for (const TransportLeg &leg : m_document->data().legs) {
                    if (kind == QStringLiteral("leg") && leg.id == id)
                        destination = leg.destinationId;
                }
                m_pages->setCurrentWidget(dayPlan);
                dayPlan->showDestination(destination);
            });
    auto *outputs = new OutputsPage(document, m_pages);
    m_pages->addTab(outputs, tr("Outputs"));
    connect(m_outputs, &QAction::triggered, this,
            [this, outputs] { m_pages->setCurrentWidget(outputs); });
    m_stack->addWidget(m_pages);
    m_stack->setCurrentWidget(m_pages);
    // Another page is not shown over a form with typed changes before asking about them. The
    // tab bar has already moved by the time it tells: show the form again, ask, then move on.
    m_shownPage = m_pages->currentWidget();
    connect(m_pages, &QTabWidget::currentChanged, this, [this] {
        QWidget *wanted = m_pages->currentWidget();
        if (wanted == m_shownPage || !m_shownPage)
            return;
        {
            const QSignalBlocker blocker(m_pages);
            m_pages->setCurrentWidget(m_shownPage);
        }
        if (!confirmLeavePage(m_shownPage))
            return;
        m_shownPage = wanted;
        const QSignalBlocker blocker(m_pages);
        m_pages->setCurrentWidget(wanted);
    });

    const QUndoStack *stack = document->undoStack();
    connect(m_undo, &QAction::triggered, document, &EventDocument::undo);
    connect(m_redo, &QAction::triggered, document, &EventDocument::redo);
    connect(stack, &QUndoStack::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::canRedoChanged, m_redo, &QAction::setEnabled);
    m_undo->setEnabled(stack->canUndo());
    m_redo->setEnabled(stack->canRedo());
    // The menu says what Undo and Redo will do ("Undo Allocate 45 people"); the toolbar
    // keeps the short word (its icon text). Each has its action as the context: the stack
    // outlives them when the window closes.
    auto nameUndo = [undo = m_undo, stack] {
        undo->setText(stack->canUndo() ? tr("&Undo %1").arg(stack->undoText()) : tr("&Undo"));
        undo->setIconText(tr("Undo"));
        undo->setToolTip(undo->text().remove(u'&'));
    };
    auto nameRedo = [redo = m_redo, stack] {
        redo->setText(stack->canRedo() ? tr("&Redo %1").arg(stack->redoText()) : tr("&Redo"));
        redo->setIconText(tr("Redo"));
        redo->setToolTip(redo->text().remove(u'&'));
    };
    connect(stack, &QUndoStack::indexChanged, m_undo, nameUndo);
    connect(stack, &QUndoStack::indexChanged, m_redo, nameRedo);
    nameUndo();
    nameRedo();
    connect(document, &EventDocument::changed, this, &MainWindow::updateTitle);
    connect(document, &EventDocument::errorOccurred, this, [this](const QString &message) {
        MessageBox::warning(this, tr("The change was not saved"), message);
    });

    if (const QList<UnsoundRow> &unsound = document->file().unsoundRows(); !unsound.isEmpty()) {
        m_banner->setText(tr("Read-only: %1 holds %2. They are left out of what you see here. "
                             "File ▸ Save a Clean Copy… writes a copy without them that you "
                             "can change.")
                              .arg(document->fileName(), ContentCheck::summary(unsound)));
        m_banner->show();
    } else if (document->isReadOnly()) {
        m_banner->setText(tr("Read-only: %1 cannot be changed here (it is open elsewhere, or the "
                             "file or its folder is read-only). You can look, print and export.")
                              .arg(document->fileName()));
        m_banner->show();
    }
    updateTitle();
    statusBar()->showMessage(tr("Opened %1").arg(document->file().path()), 5000);
}

bool MainWindow::confirmLeavePage(QWidget *page)
{
    const auto *withForm = dynamic_cast<const PageWithForm *>(page);
    return !withForm || !m_document ||
           EditForm::confirmLeave(this, withForm->activeForm(), m_document->isReadOnly());
}

MainWindow *MainWindow::windowShowing(const QString &path)
{
    const QString wanted = QFileInfo(path).canonicalFilePath();
    if (wanted.isEmpty())
        return nullptr;
    for (QWidget *widget : QApplication::topLevelWidgets()) {
        auto *window = qobject_cast<MainWindow *>(widget);
        if (window && window->m_document &&
            QFileInfo(window->m_document->file().path()).canonicalFilePath() == wanted)
            return window;
    }
    return nullptr;
}

bool MainWindow::openFile(const QString &path)
{
    if (path.isEmpty())
        return false;
    // Already open in this program: that window comes forward (opening it a second time
    // would find its own lock and call it "another program").
    if (MainWindow *window = windowShowing(path)) {
        window->show();
        window->raise();
        window->activateWindow();
        return true;
    }
    if (hasDocument()) {
        auto *window = new MainWindow;
        if (!window->openFile(path)) {
            window->close();
            return false;
        }
        window->show();
        return true;
    }
    std::unique_ptr<EventFile> file;
    try {
        file = EventFile::open(path, EventFile::Mode::ReadWrite);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::ForeignSchema) {
            // Made by something else than Fieldday: never opened. What it holds besides
            // Fieldday's own schema can be left out of a clean copy, if its tables are ours.
            std::unique_ptr<EventFile> salvaged;
            try {
                salvaged = EventFile::openToSalvage(path);
            } catch (const Error &) {
                MessageBox::warning(this, tr("Cannot open the event"), error.message());
                return false;
            }
            if (!MessageBox::confirm(this, tr("The event was not opened"),
                                     error.message() + QStringLiteral("\n\n") +
                                         tr("Save a Clean Copy… writes that copy and opens it; "
                                            "this file stays as it is."),
                                     tr("Save a Clean Copy…")))
                return false;
            return saveCleanCopyOf(path, std::move(salvaged));
        }
        if (error.kind() != Error::Kind::UnsoundContent &&
            error.kind() != Error::Kind::AlreadyOpen && error.kind() != Error::Kind::ReadOnly) {
            MessageBox::warning(this, tr("Cannot open the event"), error.message());
            if (error.kind() == Error::Kind::NotFound)
                RecentFiles::remove(path);
            return false;
        }
        // Read-only, it can still be looked at, printed and exported.
        const QString readOnly =
            error.kind() == Error::Kind::UnsoundContent
                ? tr("You can open it read-only, without those rows: look, print and "
                     "export. File ▸ Save a Clean Copy… then writes a copy without them "
                     "that you can change.")
                : tr("You can open it read-only: look, print and export, but change nothing.");
        if (!MessageBox::confirm(this, tr("Open read-only?"),
                                 error.message() + QStringLiteral("\n\n") + readOnly,
                                 tr("Open read-only")))
            return false;
        try {
            file = EventFile::open(path, EventFile::Mode::ReadOnly);
        } catch (const Error &again) {
            MessageBox::warning(this, tr("Cannot open the event"), again.message());
            return false;
        }
    }
    try {
        showDocument(new EventDocument(std::move(file), this));
    } catch (const Error &error) {
        MessageBox::warning(this, tr("Cannot open the event"), error.message());
        return false;
    }
    RecentFiles::add(path);
    m_startPage->refreshRecentFiles();
    return true;
}

void MainWindow::newEvent()
{
    const QString path = FileDialog::getSaveFileName(
        this, tr("New event"), eventFileFilter(),
        QDir::home().filePath(tr("New event") + QStringLiteral(".fieldday")));
    if (path.isEmpty())
        return;
    try {
        const EventData event =
            BlankEvent::data(QFileInfo(path).completeBaseName(), QDate::currentDate());
        EventFile::create(path, [&event](EventFile &file) { EventWriter::writeAll(file, event); });
    } catch (const Error &error) {
        MessageBox::warning(this, tr("Cannot create the event"), error.message());
        return;
    }
    openFile(path);
}

void MainWindow::open()
{
    openFile(FileDialog::getOpenFileName(this, tr("Open event"), eventFileFilter()));
}

void MainWindow::openSample()
{
    const QString path = samplePath();
    if (!QFileInfo::exists(path)) {
        try {
            const EventData event = SampleEvent::data();
            EventFile::create(path,
                              [&event](EventFile &file) { EventWriter::writeAll(file, event); });
        } catch (const Error &error) {
            MessageBox::warning(this, tr("Cannot create the sample event"), error.message());
            return;
        }
    }
    openFile(path);
}

void MainWindow::backUp()
{
    if (!m_document || !settleFormEdits())
        return;
    const QFileInfo info(m_document->file().path());
    const QString suggested =
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
        QStringLiteral(" backup ") +
        QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HHmm")) +
        QStringLiteral(".fieldday");
    const QString path =
        FileDialog::getSaveFileName(this, tr("Back up a copy"), eventFileFilter(), suggested);
    if (path.isEmpty())
        return;
    try {
        m_document->file().backupTo(path);
        statusBar()->showMessage(tr("Backed up to %1").arg(path), 5000);
    } catch (const Error &error) {
        MessageBox::warning(this, tr("Backup failed"), error.message());
    }
}

void MainWindow::shareCopy()
{
    // What is typed but not applied would be missing from the copy.
    if (!m_document || !settleFormEdits())
        return;
    const QFileInfo info(m_document->file().path());
    const QString path = FileDialog::getNewFileName(
        this, tr("Share a copy"), eventFileFilter(),
        info.absolutePath() + QLatin1Char('/') + info.completeBaseName() + tr(" - copy") +
            QStringLiteral(".fieldday"));
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("Share a copy"),
        tr("Whose copy is it? Merges will name it, e.g. \"Wigan lead\" or \"Hub desk\"."),
        QLineEdit::Normal, QFileInfo(path).completeBaseName(), &ok);
    if (!ok || name.trimmed().isEmpty())
        return;
    try {
        CopySharing::share(m_document->file(), path, name);
        statusBar()->showMessage(
            tr("Shared a copy for %1 as %2; merge it back with File ▸ Merge Changes From…")
                .arg(name.trimmed(), QDir::toNativeSeparators(path)),
            8000);
    } catch (const Error &error) {
        MessageBox::warning(this, tr("Cannot share a copy"), error.message());
    }
}

void MainWindow::mergeFrom()
{
    // A form still holding typed values would, applied after the merge, overwrite what it
    // brought in; and the dialog's "Mine" is what is applied.
    if (!m_document || !settleFormEdits())
        return;
    const QString path =
        FileDialog::getOpenFileName(this, tr("Merge changes from a shared copy"), eventFileFilter());
    if (path.isEmpty() || !m_document)
        return;
    MergeDialog dialog(m_document, path, this);
    if (!dialog.refusal().isEmpty()) {
        MessageBox::warning(this, tr("Cannot merge this file"), dialog.refusal());
        return;
    }
    if (dialog.exec() == QDialog::Accepted)
        statusBar()->showMessage(tr("Merged: %1. The event as it was is kept in %2.")
                                     .arg(dialog.preview().summary(),
                                          QFileInfo(dialog.backupPath()).fileName()),
                                 10000);
}

void MainWindow::saveCleanCopy()
{
    if (m_document)
        saveCleanCopyOf(m_document->file().path());
}

bool MainWindow::saveCleanCopyOf(const QString &path, std::unique_ptr<EventFile> salvaged)
{
    try {
        if (!salvaged)
            salvaged = EventFile::openToSalvage(path);
    } catch (const Error &error) {
        MessageBox::warning(this, tr("Cannot save a clean copy"), error.message());
        return false;
    }
    const QFileInfo info(path);
    const QString suggested = info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
                              QStringLiteral(" clean.fieldday");
    const QString out =
        FileDialog::getSaveFileName(this, tr("Save a clean copy"), eventFileFilter(), suggested);
    if (out.isEmpty())
        return false;
    try {
        salvaged->writeCleanCopy(out);
    } catch (const Error &error) {
        MessageBox::warning(this, tr("Cannot save a clean copy"), error.message());
        return false;
    }
    QStringList leftOut;
    if (!salvaged->droppedObjects().isEmpty())
        leftOut << tr("Left out, as Fieldday did not make them: %1.")
                       .arg(salvaged->droppedObjects().join(QStringLiteral(", ")));
    if (!salvaged->unsoundRows().isEmpty())
        leftOut << tr("Left out: %1.").arg(ContentCheck::summary(salvaged->unsoundRows()));
    if (leftOut.isEmpty())
        leftOut << tr("Nothing had to be left out.");
    statusBar()->showMessage(tr("Saved a clean copy to %1").arg(out), 5000);
    if (!MessageBox::confirm(this, tr("Clean copy saved"),
                             tr("Saved a clean copy of %1 to %2.").arg(info.fileName(), out) +
                                 QStringLiteral("\n\n") + leftOut.join(QLatin1Char('\n')) +
                                 QStringLiteral("\n\n") +
                                 tr("'fieldday-cli salvage' gives the full list. Open the copy?"),
                             tr("Open the Copy")))
        return false;
    return openFile(out);
}

void MainWindow::closeWindow()
{
    close();
}

bool MainWindow::settleFormEdits()
{
    // Each page with changes typed in a form but not applied is shown and asked about (Apply,
    // Discard or Cancel).
    for (int i = 0; m_pages && i < m_pages->count(); ++i) {
        QWidget *page = m_pages->widget(i);
        const auto *withForm = dynamic_cast<const PageWithForm *>(page);
        if (!withForm || !withForm->activeForm() || !withForm->activeForm()->hasChanges())
            continue;
        {
            const QSignalBlocker blocker(m_pages);
            m_pages->setCurrentWidget(page);
            m_shownPage = page;
        }
        if (!confirmLeavePage(page))
            return false;
    }
    return true;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Changes typed in a form but not applied are not dropped by closing or quitting.
    if (!settleFormEdits()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    event->accept();
}

} // namespace fieldday
