#include "MoveToGroupDialog.h"

#include "EventDocument.h"
#include "MessageBox.h"
#include "commands/MoveParticipantsCommand.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace fieldday {

MoveToGroupDialog::MoveToGroupDialog(EventDocument *document, const QList<qint64> &participantIds,
                                     QWidget *parent)
    : QDialog(parent), m_document(document), m_ids(participantIds), m_groups(new QListWidget(this))
{
    const EventData &event = document->data();
    const Participant *only = m_ids.size() == 1 ? event.participant(m_ids.first()) : nullptr;
    setWindowTitle(tr("Move to group"));
    auto *question = new QLabel(only ? tr("Move %1 to:").arg(only->displayName())
                                     : tr("Move %n people to:", nullptr, int(m_ids.size())),
                                this);
    question->setBuddy(m_groups);

    // Where each group stands, so the choice is made knowing what is full.
    QHash<qint64, int> members;
    for (const Assignment &a : event.assignments)
        ++members[a.destinationId];
    const qint64 current = m_ids.isEmpty() ? 0 : event.destinationOf(m_ids.first());
    for (const Destination &d : event.destinations) {
        const int count = members.value(d.id);
        auto *item = new QListWidgetItem(
            d.maxSize > 0 ? tr("%1 (%2 of %3)").arg(d.name).arg(count).arg(d.maxSize)
                          : tr("%1 (%2)").arg(d.name).arg(count),
            m_groups);
        item->setData(Qt::UserRole, d.id);
        if (d.id == current)
            m_groups->setCurrentItem(item);
    }
    auto *none = new QListWidgetItem(tr("No group (take them out of their group)"), m_groups);
    none->setData(Qt::UserRole, qint64(0));
    if (!m_groups->currentItem())
        m_groups->setCurrentRow(0);
    m_groups->setAccessibleName(tr("Groups"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Move"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_groups, &QListWidget::itemActivated, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(question);
    layout->addWidget(m_groups);
    layout->addWidget(buttons);
    m_groups->setFocus();
}

qint64 MoveToGroupDialog::chosenDestination() const
{
    const QListWidgetItem *item = m_groups->currentItem();
    return item ? item->data(Qt::UserRole).toLongLong() : 0;
}

bool MoveToGroupDialog::moveSelected(EventDocument *document, const QList<qint64> &participantIds,
                                     QWidget *parent)
{
    if (participantIds.isEmpty() || document->isReadOnly())
        return false;
    MoveToGroupDialog dialog(document, participantIds, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    return move(document, participantIds, dialog.chosenDestination(), parent);
}

bool MoveToGroupDialog::move(EventDocument *document, const QList<qint64> &participantIds,
                             qint64 to, QWidget *parent)
{
    const EventData &event = document->data();
    QList<qint64> moving;
    for (qint64 id : participantIds) {
        if (event.participant(id) && event.destinationOf(id) != to)
            moving << id;
    }
    if (document->isReadOnly() || moving.isEmpty())
        return false;
    const Destination *group = event.destination(to);
    // Over a group's maximum only on purpose: the organiser may know of a spare seat.
    if (group && group->maxSize > 0) {
        const auto members =
            std::count_if(event.assignments.cbegin(), event.assignments.cend(),
                          [to](const Assignment &a) { return a.destinationId == to; });
        const QString who = moving.size() == 1 ? event.participant(moving.first())->displayName()
                                               : tr("%n people", nullptr, int(moving.size()));
        if (members + moving.size() > group->maxSize &&
            !MessageBox::confirm(parent, tr("%1 is full").arg(group->name),
                                 tr("%1 is full (%2 of at most %3). Put %4 there anyway, over "
                                    "its maximum?")
                                     .arg(group->name)
                                     .arg(members)
                                     .arg(group->maxSize)
                                     .arg(who),
                                 tr("Put in %1 anyway").arg(group->name)))
            return false;
    }
    const QString text =
        moving.size() == 1 ? QString() // the command names the person
        : group ? tr("Move %n people to %1", nullptr, int(moving.size())).arg(group->name)
                : tr("Take %n people out of their group", nullptr, int(moving.size()));
    return bool(document->push(
        std::make_unique<MoveParticipantsCommand>(document, moving, to, to != 0, text)));
}

} // namespace fieldday
