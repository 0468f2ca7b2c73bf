#pragma once

#include "MergeReport.h"

namespace fieldday {

class EventFile;

// Merges a shared copy's changes back into the original it was shared from: a three-way
// merge of the copy, the original and the shared state, built on SQLite's session extension
// (docs/architecture.md, "Merging copies"; the rules in docs/file-format.md).
class CopyMerger
{
public:
    struct Options
    {
        bool dryRun = false;               // compute the report on a private copy only
        MergeTake take = MergeTake::Ask;   // for every conflict without its own choice
        QHash<QString, MergeTake> choices; // by MergeConflict::id()
        bool backUp = true;                // the original is copied aside before it changes
        QString backupPath;                // where; empty: beside it, named for the time
        bool record = false;               // MergeReport::written: every row it wrote
        bool describe = false;             // MergeReport::changes: a line per change
    };

    // Refuses (Error, nothing changed) a copy of another event, a file made by a newer
    // Fieldday, a damaged file, the original itself or a backup of it, and a copy shared by
    // another file. Without a decision for every conflict nothing is applied (the report says
    // what needs one). Applying is one transaction; the shared state then becomes the copy's
    // content, so merging the same copy again changes nothing.
    static MergeReport merge(EventFile &original, const QString &copyPath, const Options &options);

    // Writes a recorded merge (MergeReport::written) again, or takes it back (undo), in one
    // transaction. Throws Error, having written nothing, when the event is no longer as the
    // merge left it (or, undoing, as it made it).
    static void replay(EventFile &file, const QByteArray &written, bool undo);
};

} // namespace fieldday
