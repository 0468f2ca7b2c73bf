#pragma once

#include <QSqlDatabase>

namespace fieldday {

// The event file's schema: PRAGMA user_version is its version, and each version is reached
// from the one before by one migration step, applied in its own transaction.
class Schema
{
public:
    // "FDAY": written to PRAGMA application_id so other SQLite files are told apart.
    static constexpr qint32 applicationId = 0x46444159;
    static int currentVersion();

    // Applies the steps after `fromVersion` up to `toVersion` (default: current). Throws Error.
    static void migrate(QSqlDatabase &db, int fromVersion, int toVersion = -1);
};

} // namespace fieldday
