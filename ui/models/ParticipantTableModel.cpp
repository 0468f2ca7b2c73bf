#include "ParticipantTableModel.h"

#include "EventDocument.h"
#include "model/SearchKey.h"

#include <QColor>

namespace fieldday {

ParticipantTableModel::ParticipantTableModel(EventDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &EventDocument::changed, this, [this] {
        beginResetModel();
        rebuild();
        endResetModel();
    });
    rebuild();
}

void ParticipantTableModel::rebuild()
{
    const EventData &event = m_document->data();
    m_rows.clear();
    m_rows.reserve(event.participants.size());
    for (const Participant &p : event.participants) {
        QStringList choices;
        for (qint64 c : p.choices) {
            if (const Destination *d = event.destination(c))
                choices << d->name;
        }
        const Assignment *a = event.assignmentOf(p.id);
        const Destination *group = a ? event.destination(a->destinationId) : nullptr;
        const QString search =
            p.givenName + u' ' + p.familyName + u' ' + p.organisation + u' ' + p.email;
        m_rows.append({p.id, p.familyName + QStringLiteral(", ") + p.givenName, searchKey(search),
                       choices.join(QStringLiteral(" › ")), group ? group->name : QString(),
                       a ? a->destinationId : 0, a && a->pinned});
    }
}

int ParticipantTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ParticipantTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ParticipantTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[index.row()];
    const Participant &p = m_document->data().participants[index.row()];
    switch (role) {
    case IdRole:
        return row.id;
    case SearchTextRole:
        return row.searchText;
    case StatusRole:
        return int(p.status);
    case DestinationIdRole:
        return row.destinationId;
    case SectorRole:
        return p.sector;
    case Qt::ForegroundRole:
        if (p.status == ParticipantStatus::Cancelled || p.status == ParticipantStatus::NoShow)
            return QColor(Qt::gray);
        return {};
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return row.name;
    case Organisation:
        return p.organisation;
    case Email:
        return p.email;
    case Sector:
        return p.sector;
    case Status:
        switch (p.status) {
        case ParticipantStatus::Booked:
            return tr("Booked");
        case ParticipantStatus::Waitlisted:
            return tr("Waitlisted");
        case ParticipantStatus::Cancelled:
            return tr("Cancelled");
        case ParticipantStatus::Attended:
            return tr("Attended");
        case ParticipantStatus::NoShow:
            return tr("No-show");
        }
        return {};
    case Group:
        // Words, not an emoji: a laptop without an emoji font would show a box.
        return row.pinned ? tr("%1 (pinned)").arg(row.group) : row.group;
    case Choices:
        return row.choices;
    case Needs: {
        QStringList needs;
        if (p.needsStepFree)
            needs << tr("step-free");
        else if (!p.accessNeeds.isEmpty())
            needs << tr("access");
        if (!p.dietaryNeeds.isEmpty())
            needs << tr("diet");
        return needs.join(QStringLiteral(", "));
    }
    default:
        return {};
    }
}

QVariant ParticipantTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Organisation:
        return tr("Organisation");
    case Email:
        return tr("E-mail");
    case Sector:
        return tr("Sector");
    case Status:
        return tr("Status");
    case Group:
        return tr("Group");
    case Choices:
        return tr("Choices");
    case Needs:
        return tr("Needs");
    default:
        return {};
    }
}

int ParticipantTableModel::rowOf(qint64 participantId) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == participantId)
            return int(i);
    }
    return -1;
}

} // namespace fieldday
