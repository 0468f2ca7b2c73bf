#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QTimer;
class QTreeWidget;

namespace fieldday {

class EventDocument;
struct EventData;

// The event at a glance: its details, one card per destination, and who has booked.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(EventDocument *document, QWidget *parent = nullptr);
    // Errors first; problems of one code share a line with a count that expands.
    QTreeWidget *problemList() const { return m_problems; }
    int errorCount() const { return m_errorCount; }

signals:
    // The subject of a problem, to go and fix: kind is destination, leg or participant.
    void goTo(const QString &kind, qint64 id);
    void errorCountChanged(int errors);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void documentChanged();
    void refresh();
    void fillProblems(const EventData &event);
    void fitProblems();

    EventDocument *m_document;
    QLabel *m_title;
    QLabel *m_when;
    QLabel *m_where;
    QLabel *m_organisers;
    QLabel *m_description;
    QLabel *m_themes;
    QGridLayout *m_cards;
    QLabel *m_participants;
    QLabel *m_emptyDestinations;
    bool m_stale = false; // changed while hidden: the page is filled again when shown
    QTimer *m_recheck;    // while hidden, the checks still run (later) for the tab's count
    int m_errorCount = -1;
    QTreeWidget *m_problems;
    QLabel *m_noProblems;
};

} // namespace fieldday
