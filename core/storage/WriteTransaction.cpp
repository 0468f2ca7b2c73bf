#include "WriteTransaction.h"

#include "Error.h"
#include "EventFile.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {

WriteTransaction::WriteTransaction(EventFile &file) : m_file(file)
{
    if (file.isReadOnly())
        throw Error(Error::Kind::ReadOnly,
                    file.describe(u"opened read-only; nothing was changed"_s));
    if (file.m_transactionDepth == 0) {
        sql::exec(file.database(), u"BEGIN IMMEDIATE"_s);
        try {
            file.checkSchemaUnchanged();
        } catch (...) {
            QSqlQuery(file.database()).exec(u"ROLLBACK"_s);
            throw;
        }
    } else {
        m_savepoint = u"nested_"_s + QString::number(file.m_transactionDepth);
        sql::exec(file.database(), u"SAVEPOINT "_s + m_savepoint);
    }
    ++file.m_transactionDepth;
    m_open = true;
    m_changesBefore = sqlite3_total_changes64(SqliteStatement::handleOf(file));
}

WriteTransaction::~WriteTransaction()
{
    if (!m_open)
        return;
    QSqlQuery query(m_file.database());
    if (m_savepoint.isEmpty()) {
        query.exec(u"ROLLBACK"_s);
    } else {
        query.exec(u"ROLLBACK TO "_s + m_savepoint);
        query.exec(u"RELEASE "_s + m_savepoint);
    }
    --m_file.m_transactionDepth;
}

void WriteTransaction::commit()
{
    if (m_savepoint.isEmpty() && m_file.idSpace() != 0 &&
        sqlite3_total_changes64(SqliteStatement::handleOf(m_file)) != m_changesBefore) {
        QSqlQuery token =
            sql::prepare(m_file.database(), u"INSERT INTO replica_edit (token) VALUES (?)"_s);
        token.addBindValue(QString::number(QRandomGenerator::system()->generate64(), 16));
        sql::exec(token);
    }
    sql::exec(m_file.database(), m_savepoint.isEmpty() ? u"COMMIT"_s : u"RELEASE "_s + m_savepoint);
    m_open = false;
    --m_file.m_transactionDepth;
}

} // namespace fieldday
