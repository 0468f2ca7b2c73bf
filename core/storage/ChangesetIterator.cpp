#include "ChangesetIterator.h"

#include "Error.h"
#include "SqliteSession.h"


using namespace Qt::StringLiterals;

namespace fieldday {

ChangesetIterator::ChangesetIterator(const QByteArray &changeset) : m_changeset(changeset)
{
    if (sqlite3changeset_start(&m_iterator, int(m_changeset.size()), m_changeset.data()) !=
        SQLITE_OK)
        throw Error(Error::Kind::Storage, u"merge: the copy's changes cannot be read"_s);
}

ChangesetIterator::~ChangesetIterator()
{
    sqlite3changeset_finalize(m_iterator);
}

bool ChangesetIterator::next()
{
    if (sqlite3changeset_next(m_iterator) != SQLITE_ROW)
        return false;
    int indirect = 0;
    sqlite3changeset_op(m_iterator, &m_table, &m_columns, &m_op, &indirect);
    return true;
}

} // namespace fieldday
