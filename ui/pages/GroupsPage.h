#pragma once

#include "PageWithPeople.h"

#include <QHash>
#include <QLabel>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace fieldday {

class EventDocument;
class GroupColumn;

// The groups board: a column per destination and one for people without a group. Dragging a
// person to another column moves and pins them, as one undo step.
class GroupsPage : public QWidget, public PageWithPeople
{
    Q_OBJECT

public:
    explicit GroupsPage(EventDocument *document, QWidget *parent = nullptr);

    // The board is built when first shown and rebuilt on changes while shown (tens of thousands
    // of cards are too many to build at start-up for a page nobody has opened); these build
    // it first if it is out of date.
    GroupColumn *column(qint64 destinationId); // 0: no group
    void moveParticipant(qint64 participantId, qint64 destinationId);
    void moveParticipants(const QList<qint64> &participantIds, qint64 destinationId);
    QList<qint64> selectedPeople() const override; // in the column where people are selected
    void moveSelected();                           // asks where to (Move to group…)
    // Offers the group's next free place to the first suitable person without a group and,
    // if the organiser agrees, places them (pinned) as one undo step. False if nobody was placed.
    bool fillFromWaitlist(qint64 destinationId);
    QPushButton *fillButton(qint64 destinationId)
    {
        ensureBuilt();
        return m_fillButtons.value(destinationId);
    }
    QPushButton *allocateButton() const { return m_allocate; }
    QString summaryText()
    {
        ensureBuilt();
        return m_summary->text();
    }

signals:
    void allocateRequested();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void documentChanged();
    void dragFinished();
    void ensureBuilt();
    void rebuild();

    EventDocument *m_document;
    QHBoxLayout *m_columns;
    QLabel *m_summary;
    QPushButton *m_allocate;
    QList<GroupColumn *> m_lists;
    QHash<qint64, QPushButton *> m_fillButtons; // only for groups with a place to offer
    bool m_stale = true;                        // the board does not show the event as it is
};

} // namespace fieldday
