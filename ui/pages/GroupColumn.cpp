#include "GroupColumn.h"

#include <QMimeData>
#include <QScopeGuard>
#include <QTimer>

namespace fieldday {

GroupColumn::GroupColumn(qint64 destinationId, QWidget *parent)
    : QListWidget(parent), m_destinationId(destinationId)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setSelectionMode(QAbstractItemView::ExtendedSelection); // several people move together
    setContextMenuPolicy(Qt::CustomContextMenu);
    // Cards are cut to the column's width by the board (GroupsPage): no wrapping, and no
    // sideways scrolling inside a column.
    setWordWrap(false);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setSpacing(3);
    setUniformItemSizes(true);
    setStyleSheet(QStringLiteral(
        "QListWidget { background: palette(window); border: none; }"
        "QListWidget::item { background: palette(base); border: 1px solid palette(mid); "
        "border-radius: 5px; padding: 6px; color: palette(text); }"
        // The same border and padding in all, so a selected card keeps room for its lines.
        "QListWidget::item:selected { border: 1px solid palette(highlight); "
        "background: palette(alternate-base); color: palette(text); }"));
}

QStringList GroupColumn::mimeTypes() const
{
    return {mimeType()};
}

QMimeData *GroupColumn::mimeData(const QList<QListWidgetItem *> &items) const
{
    if (items.isEmpty())
        return nullptr;
    QList<QByteArray> ids;
    for (const QListWidgetItem *item : items)
        ids << QByteArray::number(item->data(ParticipantIdRole).toLongLong());
    auto *mime = new QMimeData;
    mime->setData(mimeType(), ids.join(','));
    return mime;
}

bool GroupColumn::dropMimeData(int index, const QMimeData *mime, Qt::DropAction action)
{
    Q_UNUSED(index);
    Q_UNUSED(action);
    if (!mime->hasFormat(mimeType()))
        return false;
    QList<qint64> ids;
    for (const QByteArray &id : mime->data(mimeType()).split(','))
        ids << id.toLongLong();
    // The board rebuilds from the event after the command, which deletes this list: so the
    // drop is reported after the view's dropEvent has returned. The list itself is not edited.
    QTimer::singleShot(0, this, [this, ids] { emit participantsDropped(ids, m_destinationId); });
    return false;
}

void GroupColumn::startDrag(Qt::DropActions supportedActions)
{
    ++s_dragging;
    {
        const auto done = qScopeGuard([] { --s_dragging; });
        QListWidget::startDrag(supportedActions);
    }
    emit dragFinished();
}

Qt::DropActions GroupColumn::supportedDropActions() const
{
    return Qt::MoveAction;
}

QList<qint64> GroupColumn::selectedPeople() const
{
    QList<qint64> ids;
    for (const QListWidgetItem *item : selectedItems())
        ids << item->data(ParticipantIdRole).toLongLong();
    return ids;
}

} // namespace fieldday
