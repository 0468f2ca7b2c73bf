#pragma once

#include <QString>

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
};

} // namespace fieldday
