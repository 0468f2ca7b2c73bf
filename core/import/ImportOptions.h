#pragma once

#include <QString>
#include <functional>

namespace fieldday {

class ColumnMapping;
struct ImportSummary;

// What to do with a row whose e-mail is already in the event (or earlier in the file).
enum class DuplicatePolicy
{
    Update,
    Skip,
    Add
};

// A field of someone already in the event that both the file (since the last import) and the
// organiser (in Fieldday) changed, differently.
enum class ConflictPolicy
{
    KeepMine, // the organiser's value stays
    TakeFile, // the file's value replaces it
};

struct ImportOptions
{
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
    ConflictPolicy onConflict = ConflictPolicy::KeepMine;
    bool skipBadRows = false; // bad rows go to the summary instead of failing the import
    bool dryRun = false;      // everything is checked and counted; nothing is kept
    // Called now and then with the rows read so far; returning false cancels the import,
    // which then changes nothing.
    std::function<bool(qint64 rows)> progress;
    // Called when every row is in, before the import commits (also for a dry run): what must
    // go with the import (a report of the bad rows, the mapping) is written here, so that if it
    // cannot be, the import throws and changes nothing.
    std::function<void(const ImportSummary &summary, const ColumnMapping &mapping)> beforeCommit;
};

} // namespace fieldday
