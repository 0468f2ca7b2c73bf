#pragma once

#include <QAbstractTableModel>

namespace fieldday {

class EventDocument;

// The participants of an open event as a table. Read-only: edits go through undo commands,
// and the model follows the document when it changes.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Organisation,
        Email,
        Sector,
        Status,
        Group,
        Choices,
        Needs,
        ColumnCount
    };
    enum Role
    {
        IdRole = Qt::UserRole + 1,
        SearchTextRole,    // lower-case name, organisation and e-mail, for search as you type
        StatusRole,        // ParticipantStatus as int
        DestinationIdRole, // 0: no group
        SectorRole,
    };

    explicit ParticipantTableModel(EventDocument *document, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    int rowOf(qint64 participantId) const;

private:
    void rebuild();

    struct Row
    {
        qint64 id;
        QString name;
        QString searchText;
        QString choices;
        QString group;
        qint64 destinationId;
        bool pinned;
    };

    EventDocument *m_document;
    QList<Row> m_rows; // parallel to the document's participants
};

} // namespace fieldday
