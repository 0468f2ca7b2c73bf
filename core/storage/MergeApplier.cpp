#include "MergeApplier.h"

#include "ChangesetIterator.h"
#include "ConnectionHardening.h"
#include "Error.h"
#include "SharedTables.h"
#include "SqlUtil.h"
#include "SqliteQuery.h"
#include "SqliteSession.h"

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

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

} // namespace

MergeApplier::MergeApplier(sqlite3 *target, sqlite3 *copy, const MergeTables &tables,
                           const CopyMerger::Options &options, MergeReport &report)
    : m_target(target), m_copy(copy), m_tables(tables), m_options(options), m_report(report)
{
}

MergeApplier::~MergeApplier() = default;

const MergeTable &MergeApplier::table(const char *name) const
{
    const auto it = m_tables.find(QString::fromUtf8(name));
    if (it == m_tables.end())
        throw Error(Error::Kind::Storage,
                    u"merge: unknown table %1"_s.arg(QString::fromUtf8(name)));
    return it->second;
}

bool MergeApplier::exists(sqlite3 *db, const QString &schema, const MergeTable &t,
                          const QVariantList &key)
{
    const QString statement =
        u"SELECT 1 FROM "_s + schema + u'.' + t.shared->name + u" WHERE "_s + t.where();
    auto &cached = m_statements[{db, statement}];
    if (!cached)
        cached = std::make_unique<SqliteQuery>(db, statement);
    SqliteQuery &q = *cached;
    q.bindAll(key);
    const bool found = q.next();
    q.reset();
    return found;
}

QVariantList MergeApplier::rowOf(sqlite3 *db, const QString &schema, const MergeTable &t,
                                 const QVariantList &key)
{
    SqliteQuery q(db, u"SELECT "_s + t.columns.join(u", "_s) + u" FROM "_s + schema + u'.' +
                          t.shared->name + u" WHERE "_s + t.where());
    q.bindAll(key);
    return q.next() ? q.row() : QVariantList();
}

bool MergeApplier::insert(const MergeTable &t, const QVariantList &row)
{
    SqliteQuery q(m_target, u"INSERT OR IGNORE INTO "_s + t.shared->name + u" ("_s +
                                t.columns.join(u", "_s) + u") VALUES (?"_s +
                                u", ?"_s.repeated(t.columns.size() - 1) + u')');
    q.bindAll(row);
    return q.tryRun();
}

// Brings back the copy's row (and the rows it needs) that the original deleted.
bool MergeApplier::restore(const MergeTable &t, const QVariantList &key, int depth)
{
    if (exists(m_target, u"main"_s, t, key))
        return true;
    const QVariantList row = rowOf(m_copy, u"main"_s, t, key);
    if (row.isEmpty() || depth > 4)
        return false;
    for (const MergeTable::Link &link : t.parents) {
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
    m_restored.insert(t.shared->name + u'/' + MergeTable::keyText(key));
    restoreChildren(t, key);
    return true;
}

void MergeApplier::restoreChildren(const MergeTable &t, const QVariantList &key)
{
    if (t.key.size() != 1)
        return;
    for (const MergeTable::Link &link : t.children) {
        const MergeTable &child = m_tables.at(link.table);
        SqliteQuery rows(m_copy, u"SELECT "_s + child.columns.join(u", "_s) + u" FROM main."_s +
                                     child.shared->name + u" WHERE "_s + link.column + u" = ?"_s);
        rows.bind(1, key.first());
        while (rows.next())
            insert(child, rows.row()); // one that needs another deleted row stays out
    }
}

QString MergeApplier::label(const MergeTable &t, const QVariantList &key)
{
    const QString what = t.shared->singular + u' ' + MergeTable::keyText(key);
    QString name;
    if (const QString expression = t.nameExpression(); !expression.isEmpty()) {
        for (sqlite3 *db : {m_target, m_copy}) {
            SqliteQuery q(db, u"SELECT "_s + expression + u" FROM main."_s + t.shared->name +
                                  u" WHERE "_s + t.where());
            q.bindAll(key);
            if (q.next() && !(name = q.value(0).toString()).isEmpty())
                break;
        }
    }
    return name.isEmpty() ? what : name + u" ("_s + what + u')';
}

MergeConflict &MergeApplier::record(MergeConflict::Kind kind, const MergeTable &t,
                                    const QVariantList &key, const QString &column)
{
    MergeConflict c;
    c.kind = kind;
    c.table = t.shared->name;
    c.key = MergeTable::keyText(key);
    c.row = label(t, key);
    c.column = column;
    c.resolution = kind == MergeConflict::Kind::DeletedThereChangedHere ||
                           kind == MergeConflict::Kind::NotApplied
                       ? MergeTake::Mine
                       : MergeTake::Theirs;
    m_report.conflicts.append(c);
    return m_report.conflicts.last();
}

MergeTake MergeApplier::decide(MergeConflict &c) const
{
    const auto it = m_options.choices.find(c.id());
    c.resolution = it != m_options.choices.end() ? *it : m_options.take;
    return c.resolution;
}

void MergeApplier::write(const MergeTable &t, const QVariantList &key, const QString &column,
                         const QVariant &value)
{
    m_writes.append({&t, key, column, value});
}

// A line per change for the preview, of the tables whose rows have a name (people, groups,
// legs, places…): the rows that belong to another (a choice, a group's member) are counted.
// Check-ins are counted, not listed: the fields whose earliest or prevailing value wins.
void MergeApplier::describe(const MergeTable &t, const ChangesetIterator &change)
{
    const SharedTable &rules = *t.shared;
    // import_baseline and the like: each file's own bookkeeping, not a change to show.
    if (t.nameExpression().isEmpty() || t.key.size() != 1 ||
        rules.bothAdded == SharedTable::BothAdded::KeepMine)
        return;
    sqlite3_changeset_iter *it = change.handle();
    const QVariantList key = t.keyIn(it, change.op() == SQLITE_INSERT);
    if (change.op() != SQLITE_UPDATE) {
        m_report.changes.append({change.op() == SQLITE_INSERT ? MergeChange::Kind::Added
                                                               : MergeChange::Kind::Deleted,
                                 rules.name, label(t, key), {}, {}, {}});
        return;
    }
    QString row;
    QVariantList mine; // the row here: a field changed here too is a conflict, shown as one
    for (int i = 0; i < change.columns(); ++i) {
        sqlite3_value *before = nullptr, *after = nullptr;
        sqlite3changeset_new(it, i, &after);
        const QString &column = t.columns[i];
        if (!after || rules.earliest.contains(column) || prevailing(rules, column).isValid())
            continue;
        sqlite3changeset_old(it, i, &before);
        const QVariant shared = SqliteQuery::valueOf(before);
        if (row.isEmpty()) {
            row = label(t, key);
            mine = rowOf(m_target, u"main"_s, t, key);
        }
        if (i < mine.size() && !same(mine[i], shared))
            continue;
        m_report.changes.append({MergeChange::Kind::Changed, rules.name, row, column, shared,
                                 SqliteQuery::valueOf(after)});
    }
}

// Before anything is applied: counts for the preview, the copy's deletions remembered whole,
// and rows the original deleted but the copy changed or points at brought back.
void MergeApplier::prepare(const QByteArray &changeset)
{
    ChangesetIterator change(changeset);
    while (change.next()) {
        sqlite3_changeset_iter *it = change.handle();
        const int columns = change.columns(), op = change.op();
        const MergeTable &t = table(change.table());
        MergeReport::Count &count = m_report.tables[t.shared->name];
        const bool people = t.shared->name == u"participant"_s;
        if (m_options.describe)
            describe(t, change);
        if (op == SQLITE_INSERT) {
            ++count.added;
            m_report.walkIns += people;
        } else if (op == SQLITE_DELETE) {
            ++count.deleted;
            QVariantList row;
            for (int i = 0; i < columns; ++i) {
                sqlite3_value *v = nullptr;
                sqlite3changeset_old(it, i, &v);
                row << SqliteQuery::valueOf(v);
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
            const QVariantList key = t.keyIn(it, false);
            if (!exists(m_target, u"main"_s, t, key) && restore(t, key, 0))
                record(MergeConflict::Kind::DeletedHereChangedThere, t, key);
        }
        // A row the copy added or changed that points at a row the original deleted.
        for (const MergeTable::Link &link : t.parents) {
            sqlite3_value *v = nullptr;
            sqlite3changeset_new(it, int(t.columns.indexOf(link.column)), &v);
            const QVariant value = SqliteQuery::valueOf(v);
            const auto parent = m_tables.find(link.table);
            if (blank(value) || parent == m_tables.end())
                continue;
            const MergeTable &p = parent->second;
            if (!exists(m_target, u"main"_s, p, {value}) && exists(m_copy, u"base"_s, p, {value}) &&
                restore(p, {value}, 0))
                record(MergeConflict::Kind::DeletedHereChangedThere, p, {value});
        }
    }
}

namespace {

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

} // namespace

void MergeApplier::keepChangedDependents()
{
    for (const auto &[name, deleted] : m_deletedRows) {
        const MergeTable &t = m_tables.at(name);
        if (t.key.size() != 1)
            continue;
        for (const QVariantList &row : deleted) {
            const QVariant id = row[t.key.first()];
            KeptRow kept{&t, row, {}};
            bool changed = false;
            for (const MergeTable::Link &link : t.children) {
                if (!link.cascade)
                    continue;
                const MergeTable &child = m_tables.at(link.table);
                const qsizetype column = child.columns.indexOf(link.column);
                QList<QVariantList> ours;
                SqliteQuery q(m_target, u"SELECT "_s + child.columns.join(u", "_s) +
                                            u" FROM main."_s + child.shared->name + u" WHERE "_s +
                                            link.column + u" = ?"_s);
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

int MergeApplier::onConflict(void *context, int kind, sqlite3_changeset_iter *it)
{
    auto *self = static_cast<MergeApplier *>(context);
    try {
        return self->conflict(kind, it);
    } catch (...) {
        self->m_failure = std::current_exception(); // thrown again by apply()
        return SQLITE_CHANGESET_ABORT;
    }
}

// The rules of docs/file-format.md, "Merging": decisions are written after the changeset is
// applied; the changeset's own change is always omitted here.
int MergeApplier::conflict(int kind, sqlite3_changeset_iter *it)
{
    if (kind == SQLITE_CHANGESET_FOREIGN_KEY) {
        // Once, at the end, about no change in particular: omitting would commit rows that
        // point nowhere.
        sqlite3changeset_fk_conflicts(it, &m_foreignKeyConflicts);
        return SQLITE_CHANGESET_ABORT;
    }
    const char *name = nullptr;
    int columns = 0, op = 0, indirect = 0;
    sqlite3changeset_op(it, &name, &columns, &op, &indirect);
    const MergeTable &t = table(name);
    const SharedTable &rules = *t.shared;
    using Kind = MergeConflict::Kind;

    switch (kind) {
    case SQLITE_CHANGESET_DATA:
        if (op == SQLITE_DELETE) {
            // Deleted in the copy, changed here: kept.
            const QVariantList key = t.keyIn(it, false);
            record(Kind::DeletedThereChangedHere, t, key);
            m_keptDeletes.append({&t, key});
            return SQLITE_CHANGESET_OMIT;
        }
        [[fallthrough]];
    case SQLITE_CHANGESET_CONFLICT: {
        const bool added = op == SQLITE_INSERT;
        if (added && rules.bothAdded == SharedTable::BothAdded::KeepMine)
            return SQLITE_CHANGESET_OMIT;
        const QVariantList key = t.keyIn(it, added);
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
            const QVariant shared = SqliteQuery::valueOf(before),
                           theirs = SqliteQuery::valueOf(after),
                           mine = SqliteQuery::valueOf(current);
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
            const QVariantList key = t.keyIn(it, false);
            if (!m_restored.contains(t.shared->name + u'/' + MergeTable::keyText(key)))
                record(Kind::NotApplied, t, key);
        }
        return SQLITE_CHANGESET_OMIT;
    case SQLITE_CHANGESET_CONSTRAINT:
        record(Kind::NotApplied, t, t.keyIn(it, op != SQLITE_DELETE && op != SQLITE_UPDATE));
        return SQLITE_CHANGESET_OMIT;
    default:
        return SQLITE_CHANGESET_ABORT;
    }
}

void MergeApplier::apply(const QByteArray &changeset)
{
    // Triggers stay quiet: what they would record here comes with the changeset itself (the
    // copy's own triggers recorded it), and 2,000 check-ins should not run 2,000 of them.
    const ConnectionHardening::TriggersOff quiet(m_target);
    const int result = sqlite3changeset_apply_v2(
        m_target, int(changeset.size()), const_cast<char *>(changeset.constData()), nullptr,
        &MergeApplier::onConflict, this, nullptr, nullptr, 0);
    if (m_failure)
        std::rethrow_exception(m_failure); // the handler's own error, not SQLite's "abort"
    if (result != SQLITE_OK) {
        if (m_foreignKeyConflicts)
            throw Error(Error::Kind::Storage,
                        u"merge: %1 of the copy's rows would point at rows that are gone; "
                        "nothing was changed"_s.arg(m_foreignKeyConflicts));
        sql::fail(result, QString::fromUtf8(sqlite3_errmsg(m_target)), u"merge"_s);
    }
}

void MergeApplier::finish()
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
        SqliteQuery q(m_target, u"UPDATE "_s + w.table->shared->name + u" SET "_s + w.column +
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
        for (const MergeTable::Link &link : t->children) {
            const MergeTable &child = m_tables.at(link.table);
            const qsizetype column = child.columns.indexOf(link.column);
            for (const QVariantList &row : m_deletedRows[link.table]) {
                if (same(row[column], key.first()))
                    insert(child, row);
            }
        }
    }
}

} // namespace fieldday
