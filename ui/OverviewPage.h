#pragma once

#include <QWidget>

class QGridLayout;
class QLabel;
class QListWidget;

namespace fieldday {

class EventDocument;
struct Problem;

// The event at a glance: its details, one card per destination, and who has booked.
class OverviewPage : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewPage(EventDocument *document, QWidget *parent = nullptr);
    QListWidget *problemList() const { return m_problems; }

signals:
    // The subject of a problem, to go and fix: kind is destination, leg or participant.
    void goTo(const QString &kind, qint64 id);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void documentChanged();
    void refresh();

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
    bool m_stale = false; // changed while hidden: the checks run again when shown
    QListWidget *m_problems;
    QLabel *m_noProblems;
};

} // namespace fieldday
