#include "ParticipantTableModel.h"

#include "EventDocument.h"
#include "model/SearchKey.h"

#include <QColor>

namespace fieldday {

ParticipantTableModel::ParticipantTableModel(EventDocument *document, QObject *parent)
    : QAbstractTableModel(parent), m_document(document)
{
    connect(document, &EventDocument::changed, this, &ParticipantTableModel::documentChanged);
    rebuild();
}

ParticipantTableModel::Row ParticipantTableModel::rowFor(const Participant &p) const
{
    const EventData &event = m_document->data();
    QStringList choices;
    for (qint64 c : p.choices) {
        if (const Destination *d = event.destination(c))
            choices << d->name;
    }
    const Assignment *a = event.assignmentOf(p.id);
    const Destination *group = a ? event.destination(a->destinationId) : nullptr;
    const QString search =
        p.givenName + u' ' + p.familyName + u' ' + p.organisation + u' ' + p.email;
    return {p,
            p.familyName + QStringLiteral(", ") + p.givenName,
            searchKey(search),
            choices.join(QStringLiteral(" › ")),
            group ? group->name : QString(),
            a ? a->destinationId : 0,
            a && a->pinned};
}

void ParticipantTableModel::rebuild()
{
    const EventData &event = m_document->data();
    m_rows.clear();
    m_rowOfId.clear();
    m_rows.reserve(event.participants.size());
    m_rowOfId.reserve(event.participants.size());
    for (const Participant &p : event.participants) {
        m_rowOfId.insert(p.id, int(m_rows.size()));
        m_rows.append(rowFor(p));
    }
}

void ParticipantTableModel::documentChanged(const DocumentChange &change)
{
    switch (change.scope) {
    case DocumentChange::Scope::People:
        updatePeople(change.participantIds);
        break;
    case DocumentChange::Scope::Plan:
        updateGroupNames(); // a group renamed, added or removed
        break;
    case DocumentChange::Scope::Treasure:
        break; // nothing a person's row shows
    case DocumentChange::Scope::Everything:
        syncAll();
        break;
    }
}

void ParticipantTableModel::updatePeople(const QList<qint64> &ids)
{
    const EventData &event = m_document->data();
    for (qint64 id : ids) {
        const Participant *p = event.participant(id);
        const int row = m_rowOfId.value(id, -1);
        if (p && row >= 0) {
            m_rows[row] = rowFor(*p);
            emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        } else if (p) {
            const int at = int(m_rows.size());
            beginInsertRows({}, at, at);
            m_rowOfId.insert(id, at);
            m_rows.append(rowFor(*p));
            endInsertRows();
        } else if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_rowOfId.remove(id);
            for (auto it = m_rowOfId.begin(); it != m_rowOfId.end(); ++it) {
                if (*it > row)
                    --*it;
            }
            endRemoveRows();
        }
    }
}

void ParticipantTableModel::updateGroupNames()
{
    if (m_rows.isEmpty())
        return;
    for (Row &row : m_rows) {
        const Row now = rowFor(row.person);
        row.choices = now.choices;
        row.group = now.group;
    }
    emit dataChanged(index(0, Group), index(int(m_rows.size()) - 1, Choices));
}

void ParticipantTableModel::syncAll()
{
    // A large change (an import, an allocation, a group deleted): rows stay rows where the same
    // people remain, so the view keeps its place; a change of who is there at all resets.
    const EventData &event = m_document->data();
    bool samePeople = event.participants.size() == m_rows.size();
    for (qsizetype i = 0; samePeople && i < m_rows.size(); ++i)
        samePeople = event.participant(m_rows[i].person.id) != nullptr;
    if (!samePeople) {
        beginResetModel();
        rebuild();
        endResetModel();
        return;
    }
    for (Row &row : m_rows)
        row = rowFor(*event.participant(row.person.id));
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
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
    const Participant &p = row.person;
    switch (role) {
    case IdRole:
        return p.id;
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
    return m_rowOfId.value(participantId, -1);
}

} // namespace fieldday
