#pragma once

#include <QString>

namespace fieldday {

class EventFile;

// BEGIN IMMEDIATE on construction; rolls back unless commit() was called.
// A change is either wholly in the file or wholly absent. Inside another WriteTransaction it
// becomes a savepoint, so building blocks compose into one larger change. In a shared copy,
// a change that wrote anything leaves a token (replica_edit) that merges follow.
class WriteTransaction
{
public:
    explicit WriteTransaction(EventFile &file);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void commit();

private:
    EventFile &m_file;
    QString m_savepoint; // empty for the outermost transaction
    bool m_open = false;
    qint64 m_changesBefore = 0; // SQLite's count of rows changed on the connection
};

} // namespace fieldday
