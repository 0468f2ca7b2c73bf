#include "ParticipantFilterModel.h"

#include "ParticipantTableModel.h"
#include "model/SearchKey.h"

namespace fieldday {

ParticipantFilterModel::ParticipantFilterModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void ParticipantFilterModel::setSearchText(const QString &text)
{
    // Every word must appear somewhere: "zoe salford" finds Zoë at Salford CVS.
    m_words = searchKey(text).split(u' ', Qt::SkipEmptyParts);
    invalidateRowsFilter();
}

void ParticipantFilterModel::setStatus(std::optional<ParticipantStatus> status)
{
    m_status = status;
    invalidateRowsFilter();
}

void ParticipantFilterModel::setDestination(qint64 destinationId)
{
    m_destination = destinationId;
    invalidateRowsFilter();
}

void ParticipantFilterModel::setSector(const QString &sector)
{
    m_sector = sector;
    invalidateRowsFilter();
}

bool ParticipantFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex index = sourceModel()->index(sourceRow, 0, sourceParent);
    if (m_status && index.data(ParticipantTableModel::StatusRole).toInt() != int(*m_status))
        return false;
    if (m_destination >= 0 &&
        index.data(ParticipantTableModel::DestinationIdRole).toLongLong() != m_destination)
        return false;
    if (!m_sector.isEmpty() && index.data(ParticipantTableModel::SectorRole).toString() != m_sector)
        return false;
    if (m_words.isEmpty())
        return true;
    const QString text = index.data(ParticipantTableModel::SearchTextRole).toString();
    for (const QString &word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

} // namespace fieldday
