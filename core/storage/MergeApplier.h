#pragma once

#include "CopyMerger.h"
#include "MergeTable.h"

#include <QSet>
#include <exception>
#include <map>
#include <memory>

struct sqlite3;
struct sqlite3_changeset_iter;

namespace fieldday {

class ChangesetIterator;
class SqliteQuery;

// Applies a copy's changeset to the original by the merge's rules (docs/file-format.md,
// "Merging"): the conflict handler of sqlite3changeset_apply_v2 and what it decides. `target`
// is the original, or a private copy of it for a dry run; `copy` is a private copy of the
// shared copy, with the shared state attached as "base", both with the same rows renumbered
// where a person was found on both sides.
class MergeApplier
{
public:
    MergeApplier(sqlite3 *target, sqlite3 *copy, const MergeTables &tables,
                 const CopyMerger::Options &options, MergeReport &report);
    ~MergeApplier(); // the cached statements' type is known in the .cpp only
    MergeApplier(const MergeApplier &) = delete;
    MergeApplier &operator=(const MergeApplier &) = delete;

    // In this order, inside the target's write transaction:
    // counts for the preview, the copy's deletions remembered, rows the original deleted but
    // the copy changed brought back;
    void prepare(const QByteArray &changeset);
    // rows the copy deleted whose dependent rows changed here, kept;
    void keepChangedDependents();
    // the changeset applied, each conflict settled by the rules of docs/file-format.md;
    void apply(const QByteArray &changeset);
    // and the decisions written.
    void finish();

private:
    static int onConflict(void *context, int kind, sqlite3_changeset_iter *it);
    int conflict(int kind, sqlite3_changeset_iter *it);

    const MergeTable &table(const char *name) const;
    void describe(const MergeTable &t, const ChangesetIterator &change);
    bool exists(sqlite3 *db, const QString &schema, const MergeTable &t, const QVariantList &key);
    QVariantList rowOf(sqlite3 *db, const QString &schema, const MergeTable &t,
                       const QVariantList &key);
    bool insert(const MergeTable &t, const QVariantList &row);
    bool restore(const MergeTable &t, const QVariantList &key, int depth);
    void restoreChildren(const MergeTable &t, const QVariantList &key);
    QString label(const MergeTable &t, const QVariantList &key);
    MergeConflict &record(MergeConflict::Kind kind, const MergeTable &t, const QVariantList &key,
                          const QString &column = {});
    MergeTake decide(MergeConflict &c) const;
    void write(const MergeTable &t, const QVariantList &key, const QString &column,
               const QVariant &value);

    sqlite3 *m_target;
    sqlite3 *m_copy;
    const MergeTables &m_tables;
    const CopyMerger::Options &m_options;
    MergeReport &m_report;

    struct Write
    {
        const MergeTable *table;
        QVariantList key;
        QString column;
        QVariant value;
    };
    QList<Write> m_writes;
    QList<std::pair<const MergeTable *, QVariantList>> m_keptDeletes;
    std::map<QString, QList<QVariantList>> m_deletedRows; // the copy's deletions, whole rows
    QSet<QString> m_restored;
    int m_foreignKeyConflicts = 0;
    std::exception_ptr m_failure; // what the conflict handler threw, for apply() to throw
    // Rows the copy deleted whose dependent rows changed here (a person's group): kept, with
    // those dependents as they are here.
    struct KeptRow
    {
        const MergeTable *table;
        QVariantList row;
        QList<std::pair<const MergeTable *, QVariantList>> dependents;
    };
    QList<KeptRow> m_keptRows;
    std::map<std::pair<sqlite3 *, QString>, std::unique_ptr<SqliteQuery>> m_statements;
};

} // namespace fieldday
