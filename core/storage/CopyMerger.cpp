#include "CopyMerger.h"

#include "ContentCheck.h"
#include "CopySharing.h"
#include "Error.h"
#include "EventFile.h"
#include "Schema.h"
#include "SharedState.h"
#include "SharedTables.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "WriteTransaction.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QScopeGuard>
#include <QSet>
#include <QTemporaryDir>
#include <QtEndian>

// The session extension's declarations; Debian's libsqlite3 is built with both.
#ifndef SQLITE_ENABLE_SESSION
#define SQLITE_ENABLE_SESSION
#endif
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <cstring>
#include <future>
#include <map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QVariant fromSqlite(sqlite3_value *v)
{
    if (!v)
        return {};
    switch (sqlite3_value_type(v)) {
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_value_int64(v)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_value_double(v));
    case SQLITE_TEXT:
        return QVariant(QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_value_text(v)),
                                          sqlite3_value_bytes(v)));
    case SQLITE_BLOB:
        return QVariant(
            QByteArray(static_cast<const char *>(sqlite3_value_blob(v)), sqlite3_value_bytes(v)));
    default:
        return {};
    }
}

// Equal as SQLite stores them: the same type and value (NULL equals NULL here).
bool same(const QVariant &a, const QVariant &b)
{
    if (a.isValid() != b.isValid())
        return false;
    return !a.isValid() || (a.typeId() == b.typeId() && a == b);
}

bool blank(const QVariant &v)
{
    return !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty());
}

QVariant prevailing(const SharedTable &rules, const QString &column)
{
    for (const QString &rule : rules.prevailing) {
        if (rule.startsWith(column + u'='))
            return rule.mid(column.size() + 1);
    }
    return {};
}

// A statement on a raw connection: the merge works on two connections at once (the original
// and the copy with the shared state attached), below Qt Sql.
class Query
{
public:
    Query(sqlite3 *db, const QString &statement) : m_db(db)
    {
        const QByteArray utf8 = statement.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), int(utf8.size()), &m_statement, nullptr) !=
            SQLITE_OK)
            fail();
    }
    ~Query() { sqlite3_finalize(m_statement); }
    Query(const Query &) = delete;
    Query &operator=(const Query &) = delete;

    void bind(int index, const QVariant &v)
    {
        switch (v.typeId()) {
        case QMetaType::LongLong:
        case QMetaType::Int:
            sqlite3_bind_int64(m_statement, index, v.toLongLong());
            break;
        case QMetaType::Double:
            sqlite3_bind_double(m_statement, index, v.toDouble());
            break;
        case QMetaType::QString: {
            const QByteArray utf8 = v.toString().toUtf8();
            sqlite3_bind_text(m_statement, index, utf8.constData(), int(utf8.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        case QMetaType::QByteArray: {
            const QByteArray bytes = v.toByteArray();
            sqlite3_bind_blob(m_statement, index, bytes.constData(), int(bytes.size()),
                              SQLITE_TRANSIENT);
            break;
        }
        default:
            sqlite3_bind_null(m_statement, index);
        }
    }
    void bindAll(const QVariantList &values, int from = 1)
    {
        for (qsizetype i = 0; i < values.size(); ++i)
            bind(from + int(i), values[i]);
    }
    bool next()
    {
        const int result = sqlite3_step(m_statement);
        if (result == SQLITE_ROW)
            return true;
        if (result != SQLITE_DONE)
            fail();
        return false;
    }
    // Runs a change; false when a constraint refused it (the statement is then undone).
    bool tryRun()
    {
        const int result = sqlite3_step(m_statement);
        reset();
        if (result == SQLITE_DONE || result == SQLITE_ROW)
            return true;
        if ((result & 0xff) == SQLITE_CONSTRAINT)
            return false;
        fail();
    }
    void run()
    {
        while (next()) {
        }
        reset();
    }
    void reset()
    {
        sqlite3_reset(m_statement);
        sqlite3_clear_bindings(m_statement);
    }
    QVariant value(int column) const
    {
        return fromSqlite(sqlite3_column_value(m_statement, column));
    }
    QVariantList row() const
    {
        QVariantList values;
        for (int i = 0; i < sqlite3_column_count(m_statement); ++i)
            values.append(value(i));
        return values;
    }

private:
    [[noreturn]] void fail() const
    {
        sql::fail(sqlite3_extended_errcode(m_db), QString::fromUtf8(sqlite3_errmsg(m_db)),
                  u"merge"_s);
    }

    sqlite3 *m_db;
    sqlite3_stmt *m_statement = nullptr;
};

void exec(sqlite3 *db, const QString &statement)
{
    Query(db, statement).run();
}

// A table as the merge sees it: its columns, key and links, read from the schema itself.
struct TableInfo
{
    const SharedTable *shared = nullptr;
    QStringList columns;
    QList<int> key; // column indexes, in the key's order
    struct Link
    {
        QString table;  // the other table
        QString column; // the column holding the other row's key
        bool cascade = false;
    };
    QList<Link> parents;  // rows this one points at
    QList<Link> children; // rows pointing at this one

    QString where() const
    {
        QStringList parts;
        for (int k : key)
            parts << columns[k] + u" = ?"_s;
        return parts.join(u" AND "_s);
    }
};

using Tables = std::map<QString, TableInfo>;

Tables readTables(sqlite3 *db)
{
    Tables tables;
    for (const SharedTable &shared : SharedTables::all()) {
        if (!shared.merged())
            continue;
        TableInfo &info = tables[shared.name];
        info.shared = &shared;
        std::map<int, int> key;
        Query columns(db, u"SELECT name, pk FROM pragma_table_info(?)"_s);
        columns.bind(1, shared.name);
        while (columns.next()) {
            if (columns.value(1).toInt() > 0)
                key[columns.value(1).toInt()] = int(info.columns.size());
            info.columns << columns.value(0).toString();
        }
        for (const auto &[order, index] : key)
            info.key << index;
    }
    for (auto &[name, info] : tables) {
        Query links(db, u"SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)"_s);
        links.bind(1, name);
        while (links.next()) {
            const QString parent = links.value(0).toString();
            const QString column = links.value(1).toString();
            const bool cascade = links.value(2).toString() == u"CASCADE"_s;
            info.parents.append({parent, column, cascade});
            if (auto it = tables.find(parent); it != tables.end())
                it->second.children.append({name, column, cascade});
        }
    }
    return tables;
}

QString keyText(const QVariantList &key)
{
    QStringList parts;
    for (const QVariant &v : key)
        parts << v.toString();
    return parts.join(u'/');
}

struct Identity
{
    QString eventUid, sharingUid, copyName;
    int idSpace = 0;
};

Identity identityOf(const EventFile &file)
{
    QSqlQuery q = sql::prepare(file.database(), u"SELECT event_uid, coalesce(sharing_uid, ''), "
                                                "copy_name, id_space FROM replica WHERE id = 1"_s);
    sql::exec(q);
    if (!q.next())
        throw Error(Error::Kind::Corrupt, file.describe(u"has no identity (replica)"_s));
    return {q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toInt()};
}

// Everything one merge works with. `target` is the original, or a private copy of it for a
// dry run; `copy` is a private copy of the shared copy, with the shared state attached as
// "base", both with the same rows renumbered where a person was found on both sides.
class Merge
{
public:
    Merge(sqlite3 *target, sqlite3 *copy, const Tables &tables, const CopyMerger::Options &options,
          MergeReport &report)
        : m_target(target), m_copy(copy), m_tables(tables), m_options(options), m_report(report)
    {
    }

    void prepare(const QByteArray &changeset);
    void keepChangedDependents();
    void apply(const QByteArray &changeset);
    void finish();

private:
    static int onConflict(void *context, int kind, sqlite3_changeset_iter *it);
    int conflict(int kind, sqlite3_changeset_iter *it);

    const TableInfo &table(const char *name) const
    {
        const auto it = m_tables.find(QString::fromUtf8(name));
        if (it == m_tables.end())
            throw Error(Error::Kind::Storage,
                        u"merge: unknown table %1"_s.arg(QString::fromUtf8(name)));
        return it->second;
    }
    static QVariantList keyOf(const TableInfo &t, sqlite3_changeset_iter *it, bool fromNew);
    bool exists(sqlite3 *db, const QString &schema, const TableInfo &t, const QVariantList &key);
    QVariantList rowOf(sqlite3 *db, const QString &schema, const TableInfo &t,
                       const QVariantList &key);
    bool insert(const TableInfo &t, const QVariantList &row);
    bool restore(const TableInfo &t, const QVariantList &key, int depth);
    void restoreChildren(const TableInfo &t, const QVariantList &key);
    QString label(const TableInfo &t, const QVariantList &key);
    MergeConflict &record(MergeConflict::Kind kind, const TableInfo &t, const QVariantList &key,
                          const QString &column = {});
    MergeTake decide(MergeConflict &c) const;
    void write(const TableInfo &t, const QVariantList &key, const QString &column,
               const QVariant &value);

    sqlite3 *m_target;
    sqlite3 *m_copy;
    const Tables &m_tables;
    const CopyMerger::Options &m_options;
    MergeReport &m_report;

    struct Write
    {
        const TableInfo *table;
        QVariantList key;
        QString column;
        QVariant value;
    };
    QList<Write> m_writes;
    QList<std::pair<const TableInfo *, QVariantList>> m_keptDeletes;
    std::map<QString, QList<QVariantList>> m_deletedRows; // the copy's deletions, whole rows
    QSet<QString> m_restored;
    int m_foreignKeyConflicts = 0;
    // Rows the copy deleted whose dependent rows changed here (a person's group): kept, with
    // those dependents as they are here.
    struct KeptRow
    {
        const TableInfo *table;
        QVariantList row;
        QList<std::pair<const TableInfo *, QVariantList>> dependents;
    };
    QList<KeptRow> m_keptRows;
    std::map<std::pair<sqlite3 *, QString>, std::unique_ptr<Query>> m_statements;
};

QVariantList Merge::keyOf(const TableInfo &t, sqlite3_changeset_iter *it, bool fromNew)
{
    QVariantList key;
    for (int k : t.key) {
        sqlite3_value *v = nullptr;
        if (fromNew)
            sqlite3changeset_new(it, k, &v);
        else
            sqlite3changeset_old(it, k, &v);
        key << fromSqlite(v);
    }
    return key;
}

bool Merge::exists(sqlite3 *db, const QString &schema, const TableInfo &t, const QVariantList &key)
{
    const QString statement =
        u"SELECT 1 FROM "_s + schema + u'.' + t.shared->name + u" WHERE "_s + t.where();
    auto &cached = m_statements[{db, statement}];
    if (!cached)
        cached = std::make_unique<Query>(db, statement);
    Query &q = *cached;
    q.bindAll(key);
    const bool found = q.next();
    q.reset();
    return found;
}

QVariantList Merge::rowOf(sqlite3 *db, const QString &schema, const TableInfo &t,
                          const QVariantList &key)
{
    Query q(db, u"SELECT "_s + t.columns.join(u", "_s) + u" FROM "_s + schema + u'.' +
                    t.shared->name + u" WHERE "_s + t.where());
    q.bindAll(key);
    return q.next() ? q.row() : QVariantList();
}

bool Merge::insert(const TableInfo &t, const QVariantList &row)
{
    Query q(m_target, u"INSERT OR IGNORE INTO "_s + t.shared->name + u" ("_s +
                          t.columns.join(u", "_s) + u") VALUES (?"_s +
                          u", ?"_s.repeated(t.columns.size() - 1) + u')');
    q.bindAll(row);
    return q.tryRun();
}

// Brings back the copy's row (and the rows it needs) that the original deleted.
bool Merge::restore(const TableInfo &t, const QVariantList &key, int depth)
{
    if (exists(m_target, u"main"_s, t, key))
        return true;
    const QVariantList row = rowOf(m_copy, u"main"_s, t, key);
    if (row.isEmpty() || depth > 4)
        return false;
    for (const TableInfo::Link &link : t.parents) {
        const QVariant value = row[t.columns.indexOf(link.column)];
        const auto parent = m_tables.find(link.table);
        if (blank(value) || parent == m_tables.end())
            continue;
        if (!exists(m_target, u"main"_s, parent->second, {value}) &&
            restore(parent->second, {value}, depth + 1))
            record(MergeConflict::Kind::DeletedHereChangedThere, parent->second, {value});
    }
    if (!insert(t, row) || !exists(m_target, u"main"_s, t, key))
        return false;
    m_restored.insert(t.shared->name + u'/' + keyText(key));
    restoreChildren(t, key);
    return true;
}

void Merge::restoreChildren(const TableInfo &t, const QVariantList &key)
{
    if (t.key.size() != 1)
        return;
    for (const TableInfo::Link &link : t.children) {
        const TableInfo &child = m_tables.at(link.table);
        Query rows(m_copy, u"SELECT "_s + child.columns.join(u", "_s) + u" FROM main."_s +
                               child.shared->name + u" WHERE "_s + link.column + u" = ?"_s);
        rows.bind(1, key.first());
        while (rows.next())
            insert(child, rows.row()); // one that needs another deleted row stays out
    }
}

QString Merge::label(const TableInfo &t, const QVariantList &key)
{
    const QString what = t.shared->singular + u' ' + keyText(key);
    QString name;
    QString expression;
    if (t.columns.contains(u"given_name"_s))
        expression = u"trim(given_name || ' ' || family_name)"_s;
    else if (t.columns.contains(u"name"_s))
        expression = u"name"_s;
    else if (t.columns.contains(u"title"_s))
        expression = u"title"_s;
    else if (t.columns.contains(u"participant_id"_s))
        return what; // the person's own row says who
    if (!expression.isEmpty()) {
        for (sqlite3 *db : {m_target, m_copy}) {
            Query q(db, u"SELECT "_s + expression + u" FROM main."_s + t.shared->name +
                            u" WHERE "_s + t.where());
            q.bindAll(key);
            if (q.next() && !(name = q.value(0).toString()).isEmpty())
                break;
        }
    }
    return name.isEmpty() ? what : name + u" ("_s + what + u')';
}

MergeConflict &Merge::record(MergeConflict::Kind kind, const TableInfo &t, const QVariantList &key,
                             const QString &column)
{
    MergeConflict c;
    c.kind = kind;
    c.table = t.shared->name;
    c.key = keyText(key);
    c.row = label(t, key);
    c.column = column;
    c.resolution = kind == MergeConflict::Kind::DeletedThereChangedHere ||
                           kind == MergeConflict::Kind::NotApplied
                       ? MergeTake::Mine
                       : MergeTake::Theirs;
    m_report.conflicts.append(c);
    return m_report.conflicts.last();
}

MergeTake Merge::decide(MergeConflict &c) const
{
    const auto it = m_options.choices.find(c.id());
    c.resolution = it != m_options.choices.end() ? *it : m_options.take;
    return c.resolution;
}

void Merge::write(const TableInfo &t, const QVariantList &key, const QString &column,
                  const QVariant &value)
{
    m_writes.append({&t, key, column, value});
}

// Before anything is applied: counts for the preview, the copy's deletions remembered whole,
// and rows the original deleted but the copy changed or points at brought back.
void Merge::prepare(const QByteArray &changeset)
{
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()),
                               const_cast<char *>(changeset.constData())) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: the copy's changes cannot be read"_s);
    const auto finalize = qScopeGuard([it] { sqlite3changeset_finalize(it); });
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *name = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &name, &columns, &op, &indirect);
        const TableInfo &t = table(name);
        MergeReport::Count &count = m_report.tables[t.shared->name];
        const bool people = t.shared->name == u"participant"_s;
        if (op == SQLITE_INSERT) {
            ++count.added;
            m_report.walkIns += people;
        } else if (op == SQLITE_DELETE) {
            ++count.deleted;
            QVariantList row;
            for (int i = 0; i < columns; ++i) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_old(it, i, &v);
                row << fromSqlite(v);
            }
            m_deletedRows[t.shared->name].append(row);
            continue;
        } else {
            ++count.changed;
            if (people) {
                sqlite3_value *before = nullptr, *after = nullptr;
                const int checkedIn = int(t.columns.indexOf(u"checked_in_at"_s));
                sqlite3changeset_old(it, checkedIn, &before);
                sqlite3changeset_new(it, checkedIn, &after);
                m_report.checkIns += after && sqlite3_value_type(after) != SQLITE_NULL &&
                                     (!before || sqlite3_value_type(before) == SQLITE_NULL);
            }
            const QVariantList key = keyOf(t, it, false);
            if (!exists(m_target, u"main"_s, t, key) && restore(t, key, 0))
                record(MergeConflict::Kind::DeletedHereChangedThere, t, key);
        }
        // A row the copy added or changed that points at a row the original deleted.
        for (const TableInfo::Link &link : t.parents) {
            sqlite3_value *v = nullptr;
            sqlite3changeset_new(it, int(t.columns.indexOf(link.column)), &v);
            const QVariant value = fromSqlite(v);
            const auto parent = m_tables.find(link.table);
            if (blank(value) || parent == m_tables.end())
                continue;
            const TableInfo &p = parent->second;
            if (!exists(m_target, u"main"_s, p, {value}) && exists(m_copy, u"base"_s, p, {value}) &&
                restore(p, {value}, 0))
                record(MergeConflict::Kind::DeletedHereChangedThere, p, {value});
        }
    }
}

QStringList sorted(const QList<QVariantList> &rows)
{
    QStringList out;
    for (const QVariantList &row : rows) {
        QStringList values;
        for (const QVariant &v : row)
            values << (v.isValid() ? v.toString() : u"\u2400"_s);
        out << values.join(u'\x1f');
    }
    out.sort();
    return out;
}

void Merge::keepChangedDependents()
{
    for (const auto &[name, deleted] : m_deletedRows) {
        const TableInfo &t = m_tables.at(name);
        if (t.key.size() != 1)
            continue;
        for (const QVariantList &row : deleted) {
            const QVariant id = row[t.key.first()];
            KeptRow kept{&t, row, {}};
            bool changed = false;
            for (const TableInfo::Link &link : t.children) {
                if (!link.cascade)
                    continue;
                const TableInfo &child = m_tables.at(link.table);
                const qsizetype column = child.columns.indexOf(link.column);
                QList<QVariantList> ours;
                Query q(m_target, u"SELECT "_s + child.columns.join(u", "_s) + u" FROM main."_s +
                                      child.shared->name + u" WHERE "_s + link.column + u" = ?"_s);
                q.bind(1, id);
                while (q.next())
                    ours.append(q.row());
                QList<QVariantList> theirs;
                if (const auto it = m_deletedRows.find(link.table); it != m_deletedRows.end()) {
                    for (const QVariantList &r : it->second) {
                        if (same(r[column], id))
                            theirs.append(r);
                    }
                }
                for (const QVariantList &r : ours)
                    kept.dependents.append({&child, r});
                if (child.shared->bothAdded != SharedTable::BothAdded::KeepMine &&
                    sorted(ours) != sorted(theirs))
                    changed = true;
            }
            if (changed)
                m_keptRows.append(kept);
        }
    }
}

int Merge::onConflict(void *context, int kind, sqlite3_changeset_iter *it)
{
    try {
        return static_cast<Merge *>(context)->conflict(kind, it);
    } catch (...) {
        return SQLITE_CHANGESET_ABORT; // reported by apply()
    }
}

// The rules of docs/file-format.md, "Merging": decisions are written after the changeset is
// applied; the changeset's own change is always omitted here.
int Merge::conflict(int kind, sqlite3_changeset_iter *it)
{
    const char *name = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &name, &columns, &op, &indirect);
    const TableInfo &t = table(name);
    const SharedTable &rules = *t.shared;
    using Kind = MergeConflict::Kind;

    switch (kind) {
    case SQLITE_CHANGESET_DATA:
        if (op == SQLITE_DELETE) {
            // Deleted in the copy, changed here: kept.
            const QVariantList key = keyOf(t, it, false);
            record(Kind::DeletedThereChangedHere, t, key);
            m_keptDeletes.append({&t, key});
            return SQLITE_CHANGESET_OMIT;
        }
        [[fallthrough]];
    case SQLITE_CHANGESET_CONFLICT: {
        const bool added = op == SQLITE_INSERT;
        if (added && rules.bothAdded == SharedTable::BothAdded::KeepMine)
            return SQLITE_CHANGESET_OMIT;
        const QVariantList key = keyOf(t, it, added);
        for (int i = 0; i < columns; ++i) {
            if (t.key.contains(i))
                continue;
            sqlite3_value *before = nullptr, *after = nullptr, *current = nullptr;
            if (!added)
                sqlite3changeset_old(it, i, &before);
            sqlite3changeset_new(it, i, &after);
            sqlite3changeset_conflict(it, i, &current);
            if (!after)
                continue; // the copy left this field alone
            const QVariant shared = fromSqlite(before), theirs = fromSqlite(after),
                           mine = fromSqlite(current);
            if (same(mine, theirs))
                continue;
            const QString &column = t.columns[i];
            if (rules.earliest.contains(column)) {
                // Checked in on either side is checked in, at the earlier time.
                const QVariant earliest =
                    blank(mine)     ? theirs
                    : blank(theirs) ? mine
                                    : (theirs.toString() < mine.toString() ? theirs : mine);
                if (!same(earliest, mine))
                    write(t, key, column, earliest);
                continue;
            }
            if (const QVariant wins = prevailing(rules, column);
                wins.isValid() && (same(mine, wins) || same(theirs, wins))) {
                if (!same(mine, wins))
                    write(t, key, column, wins); // checked in on either side: attended
                continue;
            }
            if (!added && same(mine, shared)) {
                write(t, key, column, theirs); // only the copy changed it
                continue;
            }
            if (added && blank(mine)) {
                write(t, key, column, theirs); // one side left it empty
                continue;
            }
            if (added && blank(theirs))
                continue;
            if (added && rules.sameWhenEqual.contains(column) &&
                mine.toString().trimmed().toCaseFolded() ==
                    theirs.toString().trimmed().toCaseFolded()) {
                // How the one person was found. One spelling for any merge order: the first.
                if (theirs.toString() < mine.toString())
                    write(t, key, column, theirs);
                continue;
            }

            MergeConflict &c = record(added ? Kind::BothAdded : Kind::BothChanged, t, key, column);
            c.shared = shared;
            c.mine = mine;
            c.theirs = theirs;
            if (decide(c) == MergeTake::Theirs)
                write(t, key, column, theirs);
        }
        return SQLITE_CHANGESET_OMIT;
    }
    case SQLITE_CHANGESET_NOTFOUND:
        // Deleted on both sides: nothing to do. Changed there and deleted here: restored
        // beforehand, unless it could not be (a name now taken).
        if (op == SQLITE_UPDATE) {
            const QVariantList key = keyOf(t, it, false);
            if (!m_restored.contains(t.shared->name + u'/' + keyText(key)))
                record(Kind::NotApplied, t, key);
        }
        return SQLITE_CHANGESET_OMIT;
    case SQLITE_CHANGESET_CONSTRAINT:
        record(Kind::NotApplied, t, keyOf(t, it, op != SQLITE_DELETE && op != SQLITE_UPDATE));
        return SQLITE_CHANGESET_OMIT;
    case SQLITE_CHANGESET_FOREIGN_KEY:
    default:
        // Omitting would commit rows that point nowhere.
        sqlite3changeset_fk_conflicts(it, &m_foreignKeyConflicts);
        return SQLITE_CHANGESET_ABORT;
    }
}

void Merge::apply(const QByteArray &changeset)
{
    // Triggers stay quiet: what they would record here comes with the changeset itself (the
    // copy's own triggers recorded it), and 2,000 check-ins should not run 2,000 of them.
    int triggers = 1;
    sqlite3_db_config(m_target, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &triggers);
    sqlite3_db_config(m_target, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    const auto restoreTriggers = qScopeGuard([this, triggers] {
        sqlite3_db_config(m_target, SQLITE_DBCONFIG_ENABLE_TRIGGER, triggers, nullptr);
    });
    const int result = sqlite3changeset_apply_v2(m_target, int(changeset.size()),
                                                 const_cast<char *>(changeset.constData()), nullptr,
                                                 &Merge::onConflict, this, nullptr, nullptr, 0);
    if (result != SQLITE_OK) {
        if (m_foreignKeyConflicts)
            throw Error(Error::Kind::Storage,
                        u"merge: %1 of the copy's rows would point at rows that are gone; "
                        "nothing was changed"_s.arg(m_foreignKeyConflicts));
        sql::fail(result, QString::fromUtf8(sqlite3_errmsg(m_target)), u"merge"_s);
    }
}

void Merge::finish()
{
    for (const KeptRow &kept : m_keptRows) {
        const QVariantList key{kept.row[kept.table->key.first()]};
        if (exists(m_target, u"main"_s, *kept.table, key))
            continue; // its own change kept it already
        if (!insert(*kept.table, kept.row))
            continue;
        for (const auto &[child, row] : kept.dependents)
            insert(*child, row);
        record(MergeConflict::Kind::DeletedThereChangedHere, *kept.table, key);
    }
    for (const Write &w : m_writes) {
        Query q(m_target, u"UPDATE "_s + w.table->shared->name + u" SET "_s + w.column +
                              u" = ? WHERE "_s + w.table->where());
        q.bind(1, w.value);
        q.bindAll(w.key, 2);
        if (!q.tryRun()) {
            MergeConflict &c = record(MergeConflict::Kind::NotApplied, *w.table, w.key, w.column);
            c.theirs = w.value;
        }
    }
    // A row the copy deleted but the original changed stays, and so do the rows that went
    // with it in the copy.
    for (const auto &[t, key] : m_keptDeletes) {
        if (t->key.size() != 1)
            continue;
        for (const TableInfo::Link &link : t->children) {
            const TableInfo &child = m_tables.at(link.table);
            const qsizetype column = child.columns.indexOf(link.column);
            for (const QVariantList &row : m_deletedRows[link.table]) {
                if (same(row[column], key.first()))
                    insert(child, row);
            }
        }
    }
}

// Renumbers a row of the copy (in the copy and its shared state alike) to the original's id
// for the same thing, and every row pointing at it.
void renumber(sqlite3 *db, const Tables &tables, const QString &table, const QVariant &from,
              const QVariant &to)
{
    const TableInfo &t = tables.at(table);
    for (const QString &schema : {u"main"_s, u"base"_s}) {
        Query q(db, u"UPDATE "_s + schema + u'.' + table + u" SET "_s + t.columns[t.key.first()] +
                        u" = ? WHERE "_s + t.where());
        q.bind(1, to);
        q.bind(2, from);
        q.run();
        for (const TableInfo::Link &link : t.children) {
            Query c(db, u"UPDATE "_s + schema + u'.' + link.table + u" SET "_s + link.column +
                            u" = ? WHERE "_s + link.column + u" = ?"_s);
            c.bind(1, to);
            c.bind(2, from);
            c.run();
        }
    }
}

struct Mapping
{
    QString table;
    QVariant copyId, originalId;
};

QString sameKey(const Query &q, int first, int count)
{
    QStringList parts;
    for (int i = first; i < first + count; ++i)
        parts << q.value(i).toString().trimmed().toCaseFolded();
    return parts.join(QChar(0x1f));
}

// New rows of the copy that are new rows of the original as well (the same walk-in added on
// both sides): by the table's `sameWhenEqual` columns, the first of them not empty.
QList<Mapping> findSameRows(sqlite3 *target, sqlite3 *copy, const Tables &tables,
                            const QSet<QString> &alreadyMapped)
{
    QList<Mapping> found;
    for (const auto &[name, t] : tables) {
        const QStringList &same = t.shared->sameWhenEqual;
        if (same.isEmpty() || t.key.size() != 1)
            continue;
        const QString id = t.columns[t.key.first()];
        const QString columns = same.join(u", "_s);
        // A few new rows in the copy, each looked up here by its first column (an index):
        // cheap however large the event.
        Query ours(target, u"SELECT "_s + id + u", "_s + columns + u" FROM main."_s + name +
                               u" WHERE "_s + same.first() + u" = ? COLLATE NOCASE ORDER BY "_s +
                               id);
        Query shared(copy, u"SELECT 1 FROM base."_s + name + u" WHERE "_s + id + u" = ?"_s);
        Query theirs(copy, u"SELECT "_s + id + u", "_s + columns + u" FROM main."_s + name +
                               u" WHERE trim("_s + same.first() + u") <> '' AND "_s + id +
                               u" NOT IN (SELECT "_s + id + u" FROM base."_s + name + u')');
        QSet<qint64> taken;
        while (theirs.next()) {
            if (alreadyMapped.contains(name + u'/' + theirs.value(0).toString()))
                continue;
            const QString key = sameKey(theirs, 1, int(same.size()));
            ours.bind(1, theirs.value(1).toString().trimmed());
            while (ours.next()) {
                const qint64 candidate = ours.value(0).toLongLong();
                if (taken.contains(candidate) || sameKey(ours, 1, int(same.size())) != key)
                    continue;
                shared.bind(1, candidate);
                const bool inShared = shared.next();
                shared.reset();
                if (inShared)
                    continue; // there before the sharing: not a new row here
                taken.insert(candidate);
                found.append({name, theirs.value(0), candidate});
                break;
            }
            ours.reset();
        }
    }
    return found;
}

// The original as it is, page by page through SQLite's online backup (faster than VACUUM
// INTO, which rebuilds every table and index), under a temporary name and then renamed.
void backUp(const EventFile &original, const QString &path)
{
    const QFileInfo target(path);
    const QString temporary = target.absolutePath() + u"/."_s + target.fileName() + u".partial"_s;
    QFile::remove(temporary);
    // Read through a connection of its own: the original's may already hold the merge's write
    // transaction (the app's undo step), and what is committed is what the backup must hold.
    sqlite3 *source = nullptr;
    sqlite3 *db = nullptr;
    const QByteArray sourceName = QFile::encodeName(original.path());
    const QByteArray name = QFile::encodeName(temporary);
    int result = sqlite3_open_v2(sourceName.constData(), &source, SQLITE_OPEN_READONLY, nullptr);
    if (result == SQLITE_OK)
        result = sqlite3_open_v2(name.constData(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                                 nullptr);
    if (result == SQLITE_OK) {
        sqlite3_backup *backup = sqlite3_backup_init(db, "main", source, "main");
        result = backup ? sqlite3_backup_step(backup, -1) : sqlite3_errcode(db);
        const int finished = backup ? sqlite3_backup_finish(backup) : result;
        if (result == SQLITE_DONE)
            result = finished;
    }
    sqlite3_close(db);
    sqlite3_close(source);
    if (result != SQLITE_OK || !QFile::rename(temporary, path)) {
        QFile::remove(temporary);
        throw Error(Error::Kind::Storage,
                    QDir::toNativeSeparators(path) +
                        u": the backup before merging could not be written; nothing was merged"_s);
    }
}

// The shared state straight into the attached "base" when it is of this Fieldday's version
// (the usual case) and sound; false when it must be read as an older file.
bool attachCurrent(sqlite3 *db, const QByteArray &state)
{
    const auto header = [&state](int offset) {
        return state.size() < offset + 4 ? -1 : qFromBigEndian<qint32>(state.constData() + offset);
    };
    if (header(68) != Schema::applicationId || header(60) != Schema::currentVersion())
        return false;
    auto *data = static_cast<unsigned char *>(sqlite3_malloc64(sqlite3_uint64(state.size())));
    if (!data)
        throw Error(Error::Kind::Storage, u"merge: no memory for the shared state"_s);
    memcpy(data, state.constData(), size_t(state.size()));
    // A snapshot of a file in WAL mode holds every page already; in memory it has no WAL.
    data[18] = data[19] = 1;
    if (sqlite3_deserialize(db, "base", data, state.size(), state.size(),
                            SQLITE_DESERIALIZE_FREEONCLOSE | SQLITE_DESERIALIZE_RESIZEABLE) !=
        SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: cannot read the shared state"_s);
    // Its own checksum (zlib's) already proved it whole.
    return true;
}

QByteArray diff(sqlite3 *copy, const Tables &tables)
{
    sqlite3_session *session = nullptr;
    if (sqlite3session_create(copy, "main", &session) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: the session extension is not available"_s);
    const auto drop = qScopeGuard([session] { sqlite3session_delete(session); });
    // Parents first: the changeset lists tables in the order they were attached.
    for (const SharedTable &shared : SharedTables::all()) {
        if (!tables.count(shared.name))
            continue;
        const QByteArray name = shared.name.toUtf8();
        char *message = nullptr;
        if (sqlite3session_attach(session, name.constData()) != SQLITE_OK ||
            sqlite3session_diff(session, "base", name.constData(), &message) != SQLITE_OK) {
            const QString detail = QString::fromUtf8(message ? message : sqlite3_errmsg(copy));
            sqlite3_free(message);
            throw Error(Error::Kind::Storage,
                        u"merge: cannot compare %1: %2"_s.arg(shared.name, detail));
        }
    }
    int size = 0;
    void *data = nullptr;
    if (sqlite3session_changeset(session, &size, &data) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: cannot list the copy's changes"_s);
    QByteArray changeset(static_cast<const char *>(data), size);
    sqlite3_free(data);
    return changeset;
}

// The token of the last change saved in a copy (replica_edit), or NULL before its first.
QVariant lastToken(const EventFile &copy)
{
    QSqlQuery q = sql::prepare(copy.database(),
                               u"SELECT token FROM replica_edit ORDER BY seq DESC LIMIT 1"_s);
    sql::exec(q);
    return q.next() ? q.value(0) : QVariant(QMetaType::fromType<QString>());
}

bool holdsToken(const EventFile &copy, const QString &token)
{
    QSqlQuery q = sql::prepare(copy.database(), u"SELECT 1 FROM replica_edit WHERE token = ?"_s);
    q.addBindValue(token);
    sql::exec(q);
    return q.next();
}

// The rows the changeset adds or changes, by table: each one's key.
ContentCheck::RowKeys rowsTaken(const QByteArray &changeset, const Tables &tables)
{
    ContentCheck::RowKeys rows;
    sqlite3_changeset_iter *it = nullptr;
    if (sqlite3changeset_start(&it, int(changeset.size()),
                               const_cast<char *>(changeset.constData())) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: the copy's changes cannot be read"_s);
    const auto finalize = qScopeGuard([it] { sqlite3changeset_finalize(it); });
    while (sqlite3changeset_next(it) == SQLITE_ROW) {
        const char *name = nullptr;
        int columns = 0, op = 0, indirect = 0;
        sqlite3changeset_op(it, &name, &columns, &op, &indirect);
        if (op == SQLITE_DELETE)
            continue;
        const auto table = tables.find(QString::fromUtf8(name));
        if (table == tables.end())
            continue;
        QVariantList key;
        for (int k : table->second.key) {
            sqlite3_value *v = nullptr;
            if (op == SQLITE_INSERT)
                sqlite3changeset_new(it, k, &v);
            else
                sqlite3changeset_old(it, k, &v); // an update's key is among its old values
            key << fromSqlite(v);
        }
        rows[table->first.toLower()].append(key);
    }
    return rows;
}

} // namespace

MergeReport CopyMerger::merge(EventFile &original, const QString &copyPath, const Options &options)
{
    MergeReport report;
    report.copyPath = copyPath;
    const QString shown = QDir::toNativeSeparators(copyPath);
    if (!QFileInfo::exists(copyPath))
        throw Error(Error::Kind::NotFound, shown + u": no such file"_s);
    if (QFileInfo(copyPath).canonicalFilePath() == QFileInfo(original.path()).canonicalFilePath())
        throw Error(Error::Kind::BadInput,
                    shown + u": is the original itself; merge a copy shared from it"_s);
    if (!options.dryRun && original.isReadOnly())
        throw Error(Error::Kind::ReadOnly, original.describe(u"is open read-only"_s));

    // Damaged, foreign or newer files are refused here; an older copy is read migrated.
    const auto copy = EventFile::openCopyToMerge(copyPath);
    // A copy read without rows Fieldday cannot trust would look as if it had deleted them.
    if (!copy->unsoundRows().isEmpty())
        throw Error(Error::Kind::BadInput,
                    shown + u": holds rows Fieldday cannot trust (written by another program); "
                            "nothing was merged. 'fieldday-cli salvage' lists them."_s);
    const Identity ours = identityOf(original);
    const Identity theirs = identityOf(*copy);
    if (theirs.eventUid != ours.eventUid)
        throw Error(Error::Kind::BadInput,
                    shown + u": is a copy of another event, not of %1; nothing was merged"_s.arg(
                                QDir::toNativeSeparators(original.path())));
    if (theirs.sharingUid.isEmpty())
        throw Error(Error::Kind::BadInput,
                    shown + u": is not a shared copy but this event's original or a backup of "
                            "it; nothing was merged"_s);
    QByteArray sharedState;
    {
        QSqlQuery q = sql::prepare(original.database(),
                                   u"SELECT name, coalesce(merged_token, '') FROM sharing "
                                   "WHERE uid = ?"_s);
        q.addBindValue(theirs.sharingUid);
        sql::exec(q);
        if (!q.next())
            throw Error(Error::Kind::BadInput,
                        shown +
                            u": was shared from another copy of this event, not from %1; "
                            "nothing was merged"_s.arg(QDir::toNativeSeparators(original.path())));
        report.copyName = q.value(0).toString();
        const QString mergedToken = q.value(1).toString();
        if (!mergedToken.isEmpty() && !holdsToken(*copy, mergedToken))
            throw Error(Error::Kind::BadInput,
                        shown + u": is not the copy last merged from \"%1\" but another file "
                                "made from it (a file copy?) and changed beside it; merging it "
                                "would undo changes already merged, so nothing was merged. Share "
                                "a copy of its own with each person."_s.arg(report.copyName));
        sharedState = qUncompress(SharedState::read(original, theirs.sharingUid));
    }
    if (sharedState.isEmpty())
        throw Error(
            Error::Kind::Corrupt,
            original.describe(u"the state shared with \"%1\" is damaged"_s.arg(report.copyName)));

    // The copy as it is now: the shared state once this merge is in. Compressing it takes a
    // while; it runs on another core while the merge works.
    std::future<QByteArray> copyState = CopySharing::snapshotLater(*copy);

    // The shared state, read (and migrated if older) like any event file, attached to the
    // copy's private connection as "base", so that the session extension can compare them.
    sqlite3 *copyDb = SqliteStatement::handleOf(*copy);
    exec(copyDb, u"ATTACH ':memory:' AS base"_s);
    if (!attachCurrent(copyDb, sharedState)) {
        // Shared by an earlier Fieldday: read and migrated as any older event file is.
        QTemporaryDir dir;
        const QString basePath = dir.filePath(u"shared.fieldday"_s);
        {
            QFile file(basePath);
            if (!file.open(QIODevice::WriteOnly) || file.write(sharedState) != sharedState.size())
                throw Error(Error::Kind::Storage, u"merge: no room for the shared state"_s);
        }
        const auto base = EventFile::openPrivateCopy(basePath);
        sqlite3_backup *backup =
            sqlite3_backup_init(copyDb, "base", SqliteStatement::handleOf(*base), "main");
        const int stepped = backup ? sqlite3_backup_step(backup, -1) : SQLITE_ERROR;
        if (sqlite3_backup_finish(backup) != SQLITE_OK || stepped != SQLITE_DONE)
            throw Error(Error::Kind::Storage, u"merge: cannot read the shared state"_s);
    }
    // Renumbering in the private copy: no links to check, and no triggers to record it.
    exec(copyDb, u"PRAGMA foreign_keys = OFF"_s);
    sqlite3_db_config(copyDb, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);

    const Tables tables = readTables(SqliteStatement::handleOf(original));
    QList<Mapping> mappings;
    QSet<QString> mapped;
    {
        QSqlQuery q = sql::prepare(original.database(),
                                   u"SELECT table_name, copy_id, original_id FROM sharing_id "
                                   "WHERE sharing_uid = ?"_s);
        q.addBindValue(theirs.sharingUid);
        sql::exec(q);
        while (q.next()) {
            mappings.append({q.value(0).toString(), q.value(1), q.value(2)});
            mapped.insert(q.value(0).toString() + u'/' + q.value(1).toString());
        }
    }
    for (const Mapping &m : mappings)
        renumber(copyDb, tables, m.table, m.copyId, m.originalId);
    const QList<Mapping> found =
        findSameRows(SqliteStatement::handleOf(original), copyDb, tables, mapped);
    for (const Mapping &m : found)
        renumber(copyDb, tables, m.table, m.copyId, m.originalId);
    report.samePeople = int(found.size());

    const QByteArray changeset = diff(copyDb, tables);
    if (changeset.isEmpty()) {
        report.nothingNew = true;
        return report;
    }
    // What the copy holds besides is the shared state, checked when it was the original's.
    if (const QList<UnsoundRow> unsound = ContentCheck::inspectRows(
            copy->database(), Schema::currentVersion(), rowsTaken(changeset, tables));
        !unsound.isEmpty())
        throw Error(Error::Kind::BadInput,
                    shown + u": holds "_s + ContentCheck::summary(unsound) +
                        u" (written by another program); nothing was merged. 'fieldday-cli "
                        "salvage' writes a clean copy."_s);

    // A dry run works on a private copy of the original: the same code, nothing written.
    std::unique_ptr<EventFile> preview;
    if (options.dryRun)
        preview = EventFile::openPrivateCopy(original.path());
    EventFile &target = options.dryRun ? *preview : original;
    if (!options.dryRun && options.backUp) {
        const QFileInfo info(original.path());
        report.backupPath =
            info.absolutePath() + u'/' + info.completeBaseName() + u".before-merge-"_s +
            QDateTime::currentDateTimeUtc().toString(u"yyyyMMdd-HHmmsszzz"_s) + u".fieldday"_s;
        backUp(original, report.backupPath);
    }

    // Nothing changed after all (a dry run, a decision missing, a failure): no backup either.
    auto dropBackup = qScopeGuard([&report] {
        if (!report.backupPath.isEmpty())
            QFile::remove(report.backupPath);
        report.backupPath.clear();
    });
    WriteTransaction transaction(target);
    // Recording what the merge writes (for undo): a session on the original's connection for
    // the length of this transaction.
    sqlite3_session *recording = nullptr;
    const auto stopRecording = qScopeGuard([&recording] {
        if (recording)
            sqlite3session_delete(recording);
    });
    if (options.record && !options.dryRun) {
        if (sqlite3session_create(SqliteStatement::handleOf(target), "main", &recording) !=
                SQLITE_OK ||
            sqlite3session_attach(recording, nullptr) != SQLITE_OK)
            throw Error(Error::Kind::Storage, u"merge: cannot record the change for undo"_s);
    }
    Merge merge(SqliteStatement::handleOf(target), copyDb, tables, options, report);
    merge.prepare(changeset);
    merge.keepChangedDependents();
    merge.apply(changeset);
    merge.finish();
    {
        QSqlQuery check(target.database());
        if (!check.exec(u"PRAGMA foreign_key_check"_s))
            sql::fail(check.lastError(), u"merge"_s);
        if (check.next())
            throw Error(Error::Kind::Storage,
                        u"merge: the result would have rows of %1 pointing at rows that are "
                        "gone; nothing was changed"_s.arg(check.value(0).toString()));
    }
    if (options.dryRun || report.undecided() > 0)
        return report; // rolled back
    {
        QSqlQuery q = sql::prepare(original.database(), u"UPDATE sharing SET merged_at = ?, "
                                                        "merges = merges + 1 WHERE uid = ?"_s);
        q.addBindValue(QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
        q.addBindValue(theirs.sharingUid);
        sql::exec(q);
        QSqlQuery token = sql::prepare(original.database(),
                                       u"UPDATE sharing SET merged_token = ? WHERE uid = ?"_s);
        token.addBindValue(lastToken(*copy));
        token.addBindValue(theirs.sharingUid);
        sql::exec(token);
        SharedState::write(original, theirs.sharingUid, copyState.get());
        QSqlQuery m = sql::prepare(original.database(),
                                   u"INSERT OR IGNORE INTO sharing_id (sharing_uid, table_name, "
                                   "copy_id, original_id) VALUES (?, ?, ?, ?)"_s);
        for (const Mapping &mapping : found) {
            m.bindValue(0, theirs.sharingUid);
            m.bindValue(1, mapping.table);
            m.bindValue(2, mapping.copyId);
            m.bindValue(3, mapping.originalId);
            sql::exec(m);
        }
    }
    if (recording) {
        int size = 0;
        void *data = nullptr;
        if (sqlite3session_changeset(recording, &size, &data) != SQLITE_OK)
            throw Error(Error::Kind::Storage, u"merge: cannot record the change for undo"_s);
        report.written = QByteArray(static_cast<const char *>(data), size);
        sqlite3_free(data);
    }
    transaction.commit();
    dropBackup.dismiss();
    report.applied = true;
    return report;
}

void CopyMerger::replay(EventFile &file, const QByteArray &written, bool undo)
{
    QByteArray changeset = written;
    if (undo) {
        int size = 0;
        void *data = nullptr;
        if (sqlite3changeset_invert(int(written.size()), written.constData(), &size, &data) !=
            SQLITE_OK)
            throw Error(Error::Kind::Storage, u"merge: the recorded change cannot be read"_s);
        changeset = QByteArray(static_cast<const char *>(data), size);
        sqlite3_free(data);
    }
    sqlite3 *db = SqliteStatement::handleOf(file);
    WriteTransaction transaction(file);
    // The recording holds what triggers wrote as well.
    int triggers = 1;
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &triggers);
    sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
    const auto restoreTriggers = qScopeGuard([db, triggers] {
        sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, triggers, nullptr);
    });
    const int result = sqlite3changeset_apply_v2(
        db, int(changeset.size()), changeset.data(), nullptr,
        [](void *, int kind, sqlite3_changeset_iter *it) {
            // A row already gone with the row it belonged to (ON DELETE CASCADE) is fine;
            // anything else means the event is not as the recording expects.
            const char *table = nullptr;
            int columns = 0, op = 0, indirect = 0;
            sqlite3changeset_op(it, &table, &columns, &op, &indirect);
            return kind == SQLITE_CHANGESET_NOTFOUND && op == SQLITE_DELETE
                       ? SQLITE_CHANGESET_OMIT
                       : SQLITE_CHANGESET_ABORT;
        },
        nullptr, nullptr, nullptr, 0);
    if (result != SQLITE_OK)
        throw Error(Error::Kind::Storage,
                    file.describe(u"the event changed since the merge; it cannot be %1"_s.arg(
                        undo ? u"undone"_s : u"done again"_s)));
    transaction.commit();
}

} // namespace fieldday
