#pragma once

#include <QList>
#include <QStringList>
#include <QVariant>

namespace fieldday {

class EventFile;

// Everything removing a thing from the plan takes with it, kept so an undo can put it all back
// exactly as it was, under the same ids and ranks:
// - a destination: its row, its leads, legs and agenda items, the choices people made of it
//   and their places in its group (all deleted with it: ON DELETE CASCADE);
// - a place: its row, and every reference to it (the hub, destinations, legs, the reconvene,
//   agenda items), which the removal clears (ON DELETE SET NULL).
// - a treasure item: its row, its photo (the image's bytes too), its links to kinds of
//   treasure, questions and people, and findings' links to it.
// Take it before the removal, in the same transaction.
class RemovalSnapshot
{
public:
    static RemovalSnapshot ofDestination(const EventFile &file, qint64 destinationId);
    static RemovalSnapshot ofPlace(const EventFile &file, qint64 placeId);
    static RemovalSnapshot ofTreasureItem(const EventFile &file, qint64 itemId);

    // Puts every row and reference back, in one transaction. Throws Error if any of it cannot
    // go back (the id was taken again meanwhile, say); then nothing is written.
    void restore(EventFile &file) const;

    qint64 id() const { return m_id; }
    bool isEmpty() const { return m_rows.isEmpty() || m_rows.first().rows.isEmpty(); }
    // How many rows of a table went with it, or referred to it.
    qsizetype count(const QString &table) const;

private:
    struct Rows // whole rows, inserted again
    {
        QString table;
        QStringList columns;
        QList<QVariantList> rows;
    };
    struct References // a column that pointed at the removed row, set again by row id
    {
        QString table;
        QString column;
        QList<qint64> rowIds;
    };

    static Rows selectRows(const EventFile &file, const char *table, const char *select, qint64 id);

    qint64 m_id = 0;
    QList<Rows> m_rows; // parents first: the order restore() writes them in
    QList<References> m_references;
};

} // namespace fieldday
