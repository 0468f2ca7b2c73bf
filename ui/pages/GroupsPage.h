#pragma once

#include <QHash>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;

namespace fieldday {

class EventDocument;
class GroupColumn;

// The groups board: a column per destination and one for people without a group. Dragging a
// person to another column moves and pins them, as one undo step.
class GroupsPage : public QWidget
{
    Q_OBJECT

public:
    explicit GroupsPage(EventDocument *document, QWidget *parent = nullptr);

    GroupColumn *column(qint64 destinationId) const; // 0: no group
    void moveParticipant(qint64 participantId, qint64 destinationId);
    // Offers the group's next free place to the first suitable person without a group and,
    // if the organiser agrees, places them (pinned) as one undo step. False if nobody was placed.
    bool fillFromWaitlist(qint64 destinationId);
    QPushButton *fillButton(qint64 destinationId) const
    {
        return m_fillButtons.value(destinationId);
    }
    QPushButton *allocateButton() const { return m_allocate; }

signals:
    void allocateRequested();

private:
    void rebuild();

    EventDocument *m_document;
    QHBoxLayout *m_columns;
    QLabel *m_summary;
    QPushButton *m_allocate;
    QList<GroupColumn *> m_lists;
    QHash<qint64, QPushButton *> m_fillButtons; // only for groups with a place to offer
};

} // namespace fieldday
