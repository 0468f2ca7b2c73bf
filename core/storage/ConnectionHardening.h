#pragma once

#include <QSqlDatabase>

struct sqlite3;

namespace fieldday {

// Defence in depth for every SQLite connection Fieldday makes, to the event file or to a private
// copy: whatever a file holds besides Fieldday's own schema can never run, and no value it holds
// can be larger than Fieldday ever needs (docs/file-format.md, "Every connection").
class ConnectionHardening
{
public:
    // The largest string or BLOB a connection reads or makes (SQLITE_LIMIT_LENGTH): room for a
    // photo of the treasure log (a JPEG of at most 2,048 px on its long edge, a few MB; even the
    // raw pixels are 12 MiB) with a wide margin, and thirty times below SQLite's default 1 GB.
    static constexpr int maxValueBytes = 32 * 1024 * 1024;

    // Call right after the connection opens, before any statement reads the schema. Throws Error.
    static void apply(const QSqlDatabase &db);

    // Lets triggers fire again on a connection that writes, once its schema has been verified
    // to hold exactly Fieldday's own (whose migrations make one trigger, step 3): only those
    // can fire. Never on a connection that only reads. Throws Error.
    static void allowOwnTriggers(const QSqlDatabase &db);

    // While alive, the connection reads values of any length SQLite can hold: only for the
    // content checks, which measure a value that is too long (to name its row) and never hand
    // it on. The bound comes back when it ends.
    class LengthUnbounded
    {
    public:
        explicit LengthUnbounded(const QSqlDatabase &db);
        ~LengthUnbounded();
        LengthUnbounded(const LengthUnbounded &) = delete;
        LengthUnbounded &operator=(const LengthUnbounded &) = delete;

    private:
        sqlite3 *m_db;
        int m_previous;
    };

    // While alive, no trigger fires on the connection: for writing a changeset whose rows
    // already hold what the triggers would have written (a merge, its undo). As it was after.
    class TriggersOff
    {
    public:
        explicit TriggersOff(sqlite3 *db);
        ~TriggersOff();
        TriggersOff(const TriggersOff &) = delete;
        TriggersOff &operator=(const TriggersOff &) = delete;

    private:
        sqlite3 *m_db;
        int m_previous = 1;
    };
};

} // namespace fieldday
