#include "DestinationSnapshot.h"

#include "EventFile.h"
#include "SqlUtil.h"
#include "WriteTransaction.h"

#include <QSqlQuery>
#include <QSqlRecord>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

// Every table whose rows go when a destination goes (ON DELETE CASCADE in the schema), parents
// first. The statements are fixed text: only the id is a parameter.
struct Dependent
{
    const char *table;
    const char *select;
};
constexpr Dependent dependents[] = {
    {"destination", "SELECT * FROM destination WHERE id = ?"},
    {"group_lead", "SELECT * FROM group_lead WHERE destination_id = ?"},
    {"transport_leg", "SELECT * FROM transport_leg WHERE destination_id = ?"},
    {"agenda_item", "SELECT * FROM agenda_item WHERE destination_id = ?"},
    {"participant_choice", "SELECT * FROM participant_choice WHERE destination_id = ?"},
    {"assignment", "SELECT * FROM assignment WHERE destination_id = ?"},
};

} // namespace

DestinationSnapshot DestinationSnapshot::take(const EventFile &file, qint64 destinationId)
{
    DestinationSnapshot snapshot;
    snapshot.m_destinationId = destinationId;
    for (const Dependent &dependent : dependents) {
        QSqlQuery q = sql::prepare(file.database(), QString::fromLatin1(dependent.select));
        q.setForwardOnly(true);
        q.addBindValue(destinationId);
        sql::exec(q);
        Table table;
        table.name = QString::fromLatin1(dependent.table);
        const QSqlRecord record = q.record();
        for (int c = 0; c < record.count(); ++c)
            table.columns.append(record.fieldName(c));
        while (q.next()) {
            QVariantList row;
            row.reserve(record.count());
            for (int c = 0; c < record.count(); ++c)
                row.append(q.value(c));
            table.rows.append(row);
        }
        snapshot.m_tables.append(table);
    }
    return snapshot;
}

void DestinationSnapshot::restore(EventFile &file) const
{
    WriteTransaction transaction(file);
    for (const Table &table : m_tables) {
        if (table.rows.isEmpty())
            continue;
        // Table and column names come from the schema (see dependents), never from input.
        QStringList placeholders;
        placeholders.fill(u"?"_s, table.columns.size());
        QSqlQuery insert = sql::prepare(
            file.database(), u"INSERT INTO %1 (%2) VALUES (%3)"_s.arg(
                                 table.name, table.columns.join(u", "), placeholders.join(u", ")));
        for (const QVariantList &row : table.rows) {
            for (qsizetype c = 0; c < row.size(); ++c)
                insert.bindValue(int(c), row[c]);
            sql::exec(insert);
        }
    }
    transaction.commit();
}

qsizetype DestinationSnapshot::rowCount(const QString &table) const
{
    for (const Table &t : m_tables) {
        if (t.name == table)
            return t.rows.size();
    }
    return 0;
}

qsizetype DestinationSnapshot::choiceCount() const
{
    return rowCount(u"participant_choice"_s);
}

qsizetype DestinationSnapshot::assignmentCount() const
{
    return rowCount(u"assignment"_s);
}

} // namespace fieldday
