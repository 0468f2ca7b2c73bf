#pragma once

#include <QListWidget>

namespace fieldday {

// One column of the groups board: the people in one destination (or in none). People are
// dragged between columns; the drop is reported, and the board turns it into a command.
class GroupColumn : public QListWidget
{
    Q_OBJECT

public:
    GroupColumn(qint64 destinationId, QWidget *parent = nullptr);
    qint64 destinationId() const { return m_destinationId; }
    QList<qint64> selectedPeople() const;

    static constexpr int ParticipantIdRole = Qt::UserRole + 1;
    static QString mimeType() { return QStringLiteral("application/x-fieldday-participant"); }

    // Whether a card is being dragged from a column: the board must not delete its columns
    // then, since the drag's source (and the drop's target) are still on the call stack.
    static bool dragInProgress() { return s_dragging > 0; }

signals:
    // Reported once the drop event is over, never from inside it.
    void participantsDropped(const QList<qint64> &participantIds, qint64 destinationId);
    void dragFinished();

protected:
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QList<QListWidgetItem *> &items) const override;
    bool dropMimeData(int index, const QMimeData *mime, Qt::DropAction action) override;
    Qt::DropActions supportedDropActions() const override;
    void startDrag(Qt::DropActions supportedActions) override;

private:
    qint64 m_destinationId;
    static inline int s_dragging = 0;
};

} // namespace fieldday
