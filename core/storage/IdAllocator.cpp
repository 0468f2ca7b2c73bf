#include "IdAllocator.h"

#include "Error.h"
#include "EventFile.h"
#include "SqliteStatement.h"

using namespace Qt::StringLiterals;

namespace fieldday {

IdAllocator::IdAllocator(const EventFile &file, int space) : m_file(file), m_space(space) {}

IdAllocator::~IdAllocator() = default;

qint64 IdAllocator::firstOf(int space)
{
    return (qint64(space) << spaceBits) + 1;
}

qint64 IdAllocator::lastOf(int space)
{
    return (qint64(space + 1) << spaceBits) - 1;
}

int IdAllocator::spaceOf(qint64 id)
{
    return id > 0 ? int(id >> spaceBits) : 0;
}

qint64 IdAllocator::next(const QString &table, const QString &column)
{
    const QString key = table + u'.' + column;
    auto it = m_statements.find(key);
    if (it == m_statements.end()) {
        // A descending search of the key's own index: one B-tree descent, however many rows.
        const QByteArray statement =
            (u"SELECT "_s + column + u" FROM "_s + table + u" WHERE "_s + column +
             u" BETWEEN ?1 AND ?2 ORDER BY "_s + column + u" DESC LIMIT 1"_s)
                .toUtf8();
        it = m_statements
                 .emplace(key, std::make_unique<SqliteStatement>(m_file, statement.constData()))
                 .first;
    }
    SqliteStatement &select = *it->second;
    select.bind(1, firstOf(m_space));
    select.bind(2, lastOf(m_space));
    const std::optional<qint64> last = select.selectInt64();
    if (!last)
        return firstOf(m_space);
    if (*last >= lastOf(m_space))
        throw Error(Error::Kind::Storage,
                    m_file.describe(u"no ids left for new rows of %1"_s.arg(table)));
    return *last + 1;
}

} // namespace fieldday
