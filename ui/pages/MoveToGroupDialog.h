#pragma once

#include <QDialog>

class QListWidget;

namespace fieldday {

class EventDocument;

// "Move to group…": puts the chosen people in one group (or in none), pinned, as one undo
// step. Works from the keyboard: type to find a group, arrows, Enter.
class MoveToGroupDialog : public QDialog
{
    Q_OBJECT

public:
    MoveToGroupDialog(EventDocument *document, const QList<qint64> &participantIds,
                      QWidget *parent = nullptr);

    QListWidget *groupList() const { return m_groups; }
    qint64 chosenDestination() const; // 0: no group

    // Asks, then moves; false when nothing moved (cancelled, refused, nobody chosen).
    static bool moveSelected(EventDocument *document, const QList<qint64> &participantIds,
                             QWidget *parent);
    // Moves them to `to` (0: no group), pinned, asking first when that goes over the group's
    // maximum: the one way people move by hand (this dialog, a drag on the groups board).
    static bool move(EventDocument *document, const QList<qint64> &participantIds, qint64 to,
                     QWidget *parent);

private:
    EventDocument *m_document;
    QList<qint64> m_ids;
    QListWidget *m_groups;
};

} // namespace fieldday
