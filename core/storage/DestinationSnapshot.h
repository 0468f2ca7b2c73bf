#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace fieldday {

class EventFile;

// Everything removing a destination takes with it: its own row, its leads, its transport legs
// and agenda items, the choices people made of it and the places people held in its group.
// Taken before the removal, it lets an undo put every row back exactly as it was, under the
// same ids and ranks.
class DestinationSnapshot
{
public:
    static DestinationSnapshot take(const EventFile &file, qint64 destinationId);

    // Puts every row back, in one transaction. Throws Error if any of them cannot go back
    // (the destination's name was taken again meanwhile, say); then nothing is written.
    void restore(EventFile &file) const;

    qint64 destinationId() const { return m_destinationId; }
    bool isEmpty() const { return m_tables.isEmpty() || m_tables.first().rows.isEmpty(); }
    // How many people ranked it, and how many held a place in its group.
    qsizetype choiceCount() const;
    qsizetype assignmentCount() const;

private:
    struct Table
    {
        QString name;
        QStringList columns;
        QList<QVariantList> rows;
    };
    qsizetype rowCount(const QString &table) const;

    qint64 m_destinationId = 0;
    QList<Table> m_tables; // parents first: the order restore() writes them in
};

} // namespace fieldday
