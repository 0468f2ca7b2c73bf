#include "RemovalSnapshot.h"

#include "EventFile.h"
#include "SqlUtil.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

// What goes with a destination (ON DELETE CASCADE in the schema), parents first. The statements
// are fixed text: only the id is a parameter.
struct Dependent
{
    const char *table;
    const char *select;
};
constexpr Dependent destinationRows[] = {
    {"destination", "SELECT * FROM destination WHERE id = ?"},
    {"group_lead", "SELECT * FROM group_lead WHERE destination_id = ?"},
    {"transport_leg", "SELECT * FROM transport_leg WHERE destination_id = ?"},
    {"agenda_item", "SELECT * FROM agenda_item WHERE destination_id = ?"},
    {"participant_choice", "SELECT * FROM participant_choice WHERE destination_id = ?"},
    {"assignment", "SELECT * FROM assignment WHERE destination_id = ?"},
};

// What refers to a place (ON DELETE SET NULL in the schema).
struct Reference
{
    const char *table;
    const char *column;
    const char *select;
};
constexpr Reference placeReferences[] = {
    {"event", "hub_place_id", "SELECT id FROM event WHERE hub_place_id = ?"},
    {"destination", "place_id", "SELECT id FROM destination WHERE place_id = ?"},
    {"transport_leg", "from_place_id", "SELECT id FROM transport_leg WHERE from_place_id = ?"},
    {"transport_leg", "to_place_id", "SELECT id FROM transport_leg WHERE to_place_id = ?"},
    {"reconvene", "place_id", "SELECT id FROM reconvene WHERE place_id = ?"},
    {"agenda_item", "place_id", "SELECT id FROM agenda_item WHERE place_id = ?"},
    {"treasure_item", "place_id", "SELECT id FROM treasure_item WHERE place_id = ?"},
};

// What goes with a treasure item: its photo (the image too), its links, and findings' links
// to it.
constexpr Dependent treasureRows[] = {
    {"treasure_item", "SELECT * FROM treasure_item WHERE id = ?"},
    {"treasure_photo", "SELECT * FROM treasure_photo WHERE item_id = ?"},
    {"treasure_theme", "SELECT * FROM treasure_theme WHERE item_id = ?"},
    {"treasure_question", "SELECT * FROM treasure_question WHERE item_id = ?"},
    {"treasure_person", "SELECT * FROM treasure_person WHERE item_id = ?"},
    {"finding_item", "SELECT * FROM finding_item WHERE item_id = ?"},
};

} // namespace

RemovalSnapshot::Rows RemovalSnapshot::selectRows(const EventFile &file, const char *table,
                                                  const char *select, qint64 id)
{
    QSqlQuery q = sql::prepare(file.database(), QString::fromLatin1(select));
    q.setForwardOnly(true);
    q.addBindValue(id);
    sql::exec(q);
    Rows rows;
    rows.table = QString::fromLatin1(table);
    const QSqlRecord record = q.record();
    for (int c = 0; c < record.count(); ++c)
        rows.columns.append(record.fieldName(c));
    while (q.next()) {
        QVariantList row;
        row.reserve(record.count());
        for (int c = 0; c < record.count(); ++c)
            row.append(q.value(c));
        rows.rows.append(row);
    }
    return rows;
}

RemovalSnapshot RemovalSnapshot::ofDestination(const EventFile &file, qint64 destinationId)
{
    RemovalSnapshot snapshot;
    snapshot.m_id = destinationId;
    for (const Dependent &dependent : destinationRows)
        snapshot.m_rows.append(selectRows(file, dependent.table, dependent.select, destinationId));
    return snapshot;
}

RemovalSnapshot RemovalSnapshot::ofTreasureItem(const EventFile &file, qint64 itemId)
{
    RemovalSnapshot snapshot;
    snapshot.m_id = itemId;
    for (const Dependent &dependent : treasureRows)
        snapshot.m_rows.append(selectRows(file, dependent.table, dependent.select, itemId));
    return snapshot;
}

RemovalSnapshot RemovalSnapshot::ofPlace(const EventFile &file, qint64 placeId)
{
    RemovalSnapshot snapshot;
    snapshot.m_id = placeId;
    snapshot.m_rows.append(selectRows(file, "place", "SELECT * FROM place WHERE id = ?", placeId));
    for (const Reference &reference : placeReferences) {
        QSqlQuery q = sql::prepare(file.database(), QString::fromLatin1(reference.select));
        q.addBindValue(placeId);
        sql::exec(q);
        References references{
            QString::fromLatin1(reference.table), QString::fromLatin1(reference.column), {}};
        while (q.next())
            references.rowIds.append(q.value(0).toLongLong());
        snapshot.m_references.append(references);
    }
    return snapshot;
}

void RemovalSnapshot::restore(EventFile &file) const
{
    WriteTransaction transaction(file);
    // Table and column names come from the schema (the lists above), never from input.
    for (const Rows &rows : m_rows) {
        if (rows.rows.isEmpty())
            continue;
        QStringList placeholders;
        placeholders.fill(u"?"_s, rows.columns.size());
        QSqlQuery insert = sql::prepare(
            file.database(), u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                                 rows.table, rows.columns.join(u", "), placeholders.join(u", ")));
        for (const QVariantList &row : rows.rows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                insert.bindValue(int(c), row[c]);
            sql::exec(insert);
        }
    }
    for (const References &references : m_references) {
        if (references.rowIds.isEmpty())
            continue;
        QSqlQuery update = sql::prepare(file.database(), u"UPDATE %1 SET %2 = ? WHERE id = ?"_s.arg(
                                                             references.table, references.column));
        for (qint64 rowId : references.rowIds) {
            update.bindValue(0, m_id);
            update.bindValue(1, rowId);
            sql::exec(update);
        }
    }
    transaction.commit();
}

qsizetype RemovalSnapshot::count(const QString &table) const
{
    qsizetype n = 0;
    for (const Rows &rows : m_rows) {
        if (rows.table == table)
            n += rows.rows.size();
    }
    for (const References &references : m_references) {
        if (references.table == table)
            n += references.rowIds.size();
    }
    return n;
}

} // namespace fieldday
