#pragma once

class QSqlDatabase;

namespace fieldday {

class EventFile;

// BEGIN IMMEDIATE on construction; rolls back unless commit() was called.
// A change is either wholly in the file or wholly absent.
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
    bool m_open = false;
};

} // namespace fieldday
