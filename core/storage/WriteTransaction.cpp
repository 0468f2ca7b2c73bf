#include "WriteTransaction.h"

#include "Error.h"
#include "EventFile.h"
#include "SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

WriteTransaction::WriteTransaction(EventFile &file) : m_file(file)
{
    if (file.isReadOnly())
        throw Error(Error::Kind::ReadOnly,
                    file.describe(u"opened read-only; nothing was changed"_s));
    sql::exec(file.database(), u"BEGIN IMMEDIATE"_s);
    m_open = true;
}

WriteTransaction::~WriteTransaction()
{
    if (m_open)
        QSqlQuery(m_file.database()).exec(u"ROLLBACK"_s);
}

void WriteTransaction::commit()
{
    sql::exec(m_file.database(), u"COMMIT"_s);
    m_open = false;
}

} // namespace fieldday
