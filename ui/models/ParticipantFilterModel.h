#pragma once

#include "model/ParticipantStatus.h"

#include <QSortFilterProxyModel>
#include <optional>

namespace fieldday {

// Search as you type over name, organisation and e-mail, and filters by status, group and
// sector, on top of ParticipantTableModel.
class ParticipantFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit ParticipantFilterModel(QObject *parent = nullptr);

    void setSearchText(const QString &text);
    void setStatus(std::optional<ParticipantStatus> status);
    // -1: any group; 0: people with no group; otherwise a destination id.
    void setDestination(qint64 destinationId);
    void setSector(const QString &sector); // empty: any

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QStringList m_words;
    std::optional<ParticipantStatus> m_status;
    qint64 m_destination = -1;
    QString m_sector;
};

} // namespace fieldday
