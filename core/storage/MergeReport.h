#pragma once

#include <QHash>
#include <QList>
#include <QMap>
#include <QString>
#include <QVariant>

namespace fieldday {

enum class MergeTake
{
    Ask,    // leave it undecided: nothing is applied while a conflict is undecided
    Mine,   // keep the original's value
    Theirs, // take the copy's
};

// One thing a merge could not settle by the rules alone, or settled and reports.
struct MergeConflict
{
    enum class Kind
    {
        BothChanged,             // a field both sides changed to different values
        BothAdded,               // a row both added under one key, with different values
        DeletedHereChangedThere, // kept: the copy's row comes back
        DeletedThereChangedHere, // kept: the original's row stays
        NotApplied,              // a change that would break a rule (a name taken), not applied
    };
    Kind kind = Kind::BothChanged;
    QString table;
    QString key;    // the row's key as text, "42" or "42/1"
    QString row;    // who or what, for a person: "Ada Lovelace (participant 42)"
    QString column; // empty for whole rows
    QVariant shared, mine, theirs;
    MergeTake resolution = MergeTake::Ask;

    bool needsDecision() const { return kind == Kind::BothChanged || kind == Kind::BothAdded; }
    // Stable across a preview and the merge that follows it: table/key/column.
    QString id() const { return table + u'/' + key + u'/' + column; }
};

// One change a copy brings, for the preview's list: "Sam Ashworth (participant 5): role,
// Volunteer → Lead". Check-ins are counted, not listed.
struct MergeChange
{
    enum class Kind
    {
        Added,
        Changed,
        Deleted,
    };
    Kind kind = Kind::Changed;
    QString table;
    QString row;    // who or what
    QString column; // Changed: the field
    QVariant before, after;

    QString text() const; // one line, as above
};

struct MergeReport
{
    struct Count
    {
        int added = 0, changed = 0, deleted = 0;
    };
    QString copyName;
    QString copyPath;
    bool nothingNew = false;     // the copy has no changes since it was shared or last merged
    bool applied = false;        // the original now holds the merge
    QString backupPath;          // the original as it was before, when it was applied
    int checkIns = 0;            // people the copy checked in
    int walkIns = 0;             // people the copy added
    int samePeople = 0;          // of them, already added here as well (same e-mail and name)
    QMap<QString, Count> tables; // by table name, the copy's rows added, changed, deleted
    QList<MergeConflict> conflicts;
    QList<MergeChange> changes; // with CopyMerger::Options::describe: all but check-ins
    QByteArray written; // with Options::record: a changeset of every row the merge wrote

    int undecided() const
    {
        int n = 0;
        for (const MergeConflict &c : conflicts)
            n += c.needsDecision() && c.resolution == MergeTake::Ask;
        return n;
    }
    int needingDecision() const
    {
        int n = 0;
        for (const MergeConflict &c : conflicts)
            n += c.needsDecision();
        return n;
    }
    // "14 check-ins, 2 walk-ins, 1 leg changed from Wigan lead; 2 need a decision" (or, once
    // chosen, "2 conflicts decided")
    QString summary() const;
};

} // namespace fieldday
