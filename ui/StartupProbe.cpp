#include "StartupProbe.h"

#include "EventDocument.h"
#include "MainWindow.h"
#include "models/ParticipantTableModel.h"
#include "pages/ParticipantForm.h"
#include "pages/ParticipantsPage.h"

#include <QApplication>
#include <QEvent>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <cstdio>

namespace fieldday {

StartupProbe::StartupProbe(MainWindow *window, const QElapsedTimer &sinceStart)
    : QObject(window), m_window(window), m_sinceStart(sinceStart)
{
    auto *page = window->findChild<ParticipantsPage *>();
    if (!page) {
        std::printf("first-paint-ms -1\n");
        QTimer::singleShot(0, qApp, &QApplication::quit);
        return;
    }
    window->findChild<QTabWidget *>()->setCurrentWidget(page);
    page->view()->viewport()->installEventFilter(this);
}

bool StartupProbe::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Paint && !m_painted) {
        auto *page = m_window->findChild<ParticipantsPage *>();
        if (page->view()->model()->rowCount() > 0) {
            m_painted = true;
            // After this paint has finished.
            QTimer::singleShot(0, this, [this] {
                std::printf("first-paint-ms %lld\n",
                            static_cast<long long>(m_sinceStart.elapsed()));
                std::fflush(stdout);
                typeAndQuit();
            });
        }
    }
    return QObject::eventFilter(watched, event);
}

void StartupProbe::typeAndQuit()
{
    auto *page = m_window->findChild<ParticipantsPage *>();
    QLineEdit *search = page->searchField();
    const QString typed = QStringLiteral("zoe salford");
    for (qsizetype i = 1; i <= typed.size(); ++i) {
        QElapsedTimer keystroke;
        keystroke.start();
        search->setText(typed.left(i));
        page->view()->viewport()->repaint(); // the filtered rows, painted
        std::printf("keystroke-ms %.2f\n", double(keystroke.nsecsElapsed()) / 1e6);
    }
    std::fflush(stdout);
    search->clear();
    timeOneEdit();
    QTimer::singleShot(0, qApp, &QApplication::quit);
}

void StartupProbe::timeOneEdit()
{
    auto *page = m_window->findChild<ParticipantsPage *>();
    EventDocument *document = m_window->document();
    if (document->data().participants.isEmpty() || document->isReadOnly()) {
        std::printf("edit-ms -1\n");
        return;
    }
    const qint64 id = document->data().participants.at(document->data().participants.size() / 2).id;
    page->select(id);
    QLineEdit *organisation = nullptr;
    for (QLineEdit *edit : page->form()->findChildren<QLineEdit *>()) {
        if (edit->accessibleName() == tr("Organisation"))
            organisation = edit;
    }
    const QString typed = organisation->text() + QStringLiteral(" (probe)");
    organisation->setText(typed);
    QElapsedTimer edit;
    edit.start();
    page->form()->apply();
    page->view()->viewport()->repaint(); // the edited row, painted
    const bool shown = page->view()->model()->match(page->view()->model()->index(0, 0),
                                                    ParticipantTableModel::IdRole, id, 1,
                                                    Qt::MatchExactly)
                           .value(0)
                           .siblingAtColumn(ParticipantTableModel::Organisation)
                           .data()
                           .toString() == typed;
    std::printf("edit-ms %.2f\n", shown ? double(edit.nsecsElapsed()) / 1e6 : -1.0);
    std::fflush(stdout);
    document->undo();
}

} // namespace fieldday
