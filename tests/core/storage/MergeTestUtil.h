#pragma once

#include "sample/SampleEvent.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>
#include <QVariant>

// Helpers shared by the merge tests: a sample original, plain SQL on a file, and a dump of
// every row of every table to compare whole files with.
namespace fieldday::mergetest {

using namespace Qt::StringLiterals;

inline std::unique_ptr<EventFile> createSample(const QString &path)
{
    return EventFile::create(path,
                             [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
}

inline QVariant scalar(const EventFile &file, const QString &statement,
                       const QVariantList &values = {})
{
    QSqlQuery q(file.database());
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec() || !q.next())
        return {};
    return q.value(0);
}

inline bool run(const EventFile &file, const QString &statement, const QVariantList &values = {})
{
    QSqlQuery q(file.database());
    q.prepare(statement);
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

inline QStringList rows(const EventFile &file, const QString &statement)
{
    QStringList out;
    QSqlQuery q(file.database());
    if (!q.exec(statement))
        return {u"error: "_s + statement};
    while (q.next()) {
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i)
            values << (q.isNull(i) ? u"NULL"_s : q.value(i).toString());
        out << values.join(u'|');
    }
    out.sort();
    return out;
}

// Every row of the event's tables (not the file's own bookkeeping of copies).
inline QStringList dump(const EventFile &file, const QStringList &skip = {})
{
    QStringList out;
    const QStringList local = {u"replica"_s, u"sharing"_s, u"sharing_state"_s, u"sharing_id"_s};
    for (const QString &table : rows(file, u"SELECT name FROM sqlite_schema WHERE type = 'table' "
                                           "AND name NOT LIKE 'sqlite_%'"_s)) {
        if (local.contains(table) || skip.contains(table))
            continue;
        for (const QString &row : rows(file, u"SELECT * FROM "_s + table))
            out << table + u": "_s + row;
    }
    return out;
}

inline bool clean(const EventFile &file)
{
    return rows(file, u"PRAGMA foreign_key_check"_s).isEmpty() &&
           rows(file, u"PRAGMA integrity_check"_s) == QStringList{u"ok"_s};
}

} // namespace fieldday::mergetest
