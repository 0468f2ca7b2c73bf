#pragma once

#include <QString>
#include <functional>

namespace fieldday {

// What to do with a row whose e-mail is already in the event (or earlier in the file).
enum class DuplicatePolicy
{
    Update,
    Skip,
    Add
};

struct ImportOptions
{
    DuplicatePolicy onDuplicate = DuplicatePolicy::Update;
    bool skipBadRows = false; // bad rows go to the summary instead of failing the import
    bool dryRun = false;      // everything is checked and counted; nothing is kept
    // Called now and then with the rows read so far; returning false cancels the import,
    // which then changes nothing.
    std::function<bool(qint64 rows)> progress;
};

} // namespace fieldday
