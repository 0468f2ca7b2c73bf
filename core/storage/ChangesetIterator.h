#pragma once

#include <QByteArray>

struct sqlite3_changeset_iter;

namespace fieldday {

// Reads a changeset of SQLite's session extension change by change, and finalizes the reading
// however it ends. Throws Error when the changeset cannot be read.
class ChangesetIterator
{
public:
    explicit ChangesetIterator(const QByteArray &changeset);
    ~ChangesetIterator();
    ChangesetIterator(const ChangesetIterator &) = delete;
    ChangesetIterator &operator=(const ChangesetIterator &) = delete;

    // The next change; false after the last.
    bool next();
    const char *table() const { return m_table; }
    int columns() const { return m_columns; }
    int op() const { return m_op; } // SQLITE_INSERT, SQLITE_UPDATE or SQLITE_DELETE
    // For sqlite3changeset_old() and sqlite3changeset_new() on the current change.
    sqlite3_changeset_iter *handle() const { return m_iterator; }

private:
    QByteArray m_changeset; // the bytes the iterator reads, kept alive as long as it
    sqlite3_changeset_iter *m_iterator = nullptr;
    const char *m_table = nullptr;
    int m_columns = 0;
    int m_op = 0;
};

} // namespace fieldday
