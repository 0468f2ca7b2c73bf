#pragma once

#include <QString>
#include <map>
#include <memory>

namespace fieldday {

class EventFile;
class SqliteStatement;

// Where every new row's id comes from, so that rows added in different copies of one event
// never share an id (docs/file-format.md, "Ids"). Each file adds rows in its own range, its
// id space: space 0 in an original, and a space of its own in each shared copy, fixed when
// the copy is shared. An id is space × 2^40 + n, with n counting up from 1 in each space.
// SQLite's own choice (the largest id + 1) is never used: in an original that has taken in a
// copy's rows it would hand out the next id of that copy's range.
class IdAllocator
{
public:
    static constexpr int spaceBits = 40;
    // 8191 copies: every id stays below 2^53, so JSON readers that hold numbers as doubles
    // read them exactly.
    static constexpr int maxSpace = 8191;

    IdAllocator(const EventFile &file, int space);
    ~IdAllocator();
    IdAllocator(const IdAllocator &) = delete;
    IdAllocator &operator=(const IdAllocator &) = delete;

    int space() const { return m_space; }

    // The next free id of `column` (an integer key, or a key's leading column) in `table`, in
    // this file's space. Table and column are the schema's names, never input. Throws Error.
    qint64 next(const QString &table, const QString &column = QStringLiteral("id"));

    static qint64 firstOf(int space);
    static qint64 lastOf(int space);
    static int spaceOf(qint64 id);

private:
    const EventFile &m_file;
    int m_space;
    std::map<QString, std::unique_ptr<SqliteStatement>> m_statements; // by "table.column"
};

} // namespace fieldday
