#include "ConnectionHardening.h"

#include "Error.h"
#include "SqliteStatement.h"

#include <limits>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {

void ConnectionHardening::apply(const QSqlDatabase &db)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    struct Option
    {
        int option;
        int value;
        const char *what;
    };
    // Each is explained in docs/file-format.md.
    static const Option options[] = {
        {SQLITE_DBCONFIG_DEFENSIVE, 1, "defensive mode"},
        {SQLITE_DBCONFIG_TRUSTED_SCHEMA, 0, "trusted_schema = OFF"},
        {SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, "triggers off"},
        {SQLITE_DBCONFIG_ENABLE_VIEW, 0, "views off"},
        {SQLITE_DBCONFIG_ENABLE_LOAD_EXTENSION, 0, "extensions off"},
    };
    for (const Option &o : options) {
        int now = -1;
        if (sqlite3_db_config(handle, o.option, o.value, &now) != SQLITE_OK || now != o.value)
            throw Error(Error::Kind::Storage,
                        u"SQLite refused a safety setting (%1)"_s.arg(QLatin1StringView(o.what)));
    }
    if (sqlite3_enable_load_extension(handle, 0) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"SQLite refused a safety setting (extensions off)"_s);
    sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, maxValueBytes);
    if (sqlite3_limit(handle, SQLITE_LIMIT_LENGTH, -1) != maxValueBytes)
        throw Error(Error::Kind::Storage, u"SQLite refused a safety setting (length limit)"_s);
}

void ConnectionHardening::allowOwnTriggers(const QSqlDatabase &db)
{
    int now = -1;
    if (sqlite3_db_config(SqliteStatement::handleOf(db), SQLITE_DBCONFIG_ENABLE_TRIGGER, 1, &now) !=
            SQLITE_OK ||
        now != 1)
        throw Error(Error::Kind::Storage, u"SQLite refused to run Fieldday's own triggers"_s);
}

ConnectionHardening::LengthUnbounded::LengthUnbounded(const QSqlDatabase &db)
    : m_db(SqliteStatement::handleOf(db)),
      // SQLite caps the value at its own compiled-in maximum (1 GB in Debian's build).
      m_previous(sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, std::numeric_limits<int>::max()))
{
}

ConnectionHardening::LengthUnbounded::~LengthUnbounded()
{
    sqlite3_limit(m_db, SQLITE_LIMIT_LENGTH, m_previous);
}

ConnectionHardening::TriggersOff::TriggersOff(sqlite3 *db) : m_db(db)
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, -1, &m_previous);
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, 0, nullptr);
}

ConnectionHardening::TriggersOff::~TriggersOff()
{
    sqlite3_db_config(m_db, SQLITE_DBCONFIG_ENABLE_TRIGGER, m_previous, nullptr);
}

} // namespace fieldday
