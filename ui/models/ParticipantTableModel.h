#pragma once

#include "model/Participant.h"

#include <QAbstractTableModel>
#include <QHash>

namespace fieldday {

class EventDocument;
struct DocumentChange;

// The participants of an open event as a table. Read-only: edits go through undo commands,
// and the model follows the document when it changes: the rows a change touched are updated,
// inserted or removed (selection and scroll stay); only a change of many people resets it.
class ParticipantTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        // What a small screen shows first: who, where they go, and how they stand.
        Name,
        Group,
        Status,
        Organisation,
        Sector,
        Needs,
        Choices,
        Email,
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
    struct Row
    {
        Participant person;
        QString name;
        QString searchText;
        QString choices;
        QString group;
        qint64 destinationId = 0;
        bool pinned = false;
    };
    Row rowFor(const Participant &person) const;
    void documentChanged(const DocumentChange &change);
    void updatePeople(const QList<qint64> &ids);
    void updateGroupNames();
    void syncAll();
    void rebuild();

    EventDocument *m_document;
    QList<Row> m_rows;            // in the order people came: the view sorts
    QHash<qint64, int> m_rowOfId; // person id → row
};

} // namespace fieldday
