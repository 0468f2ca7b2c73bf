#include "SettingRepository.h"

#include "EventFile.h"
#include "SqlUtil.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

SettingRepository::SettingRepository(EventFile &file) : m_file(file) {}

QMap<QString, QString> SettingRepository::values(const EventFile &file, const QString &prefix)
{
    QSqlQuery q = sql::prepare(file.database(),
                               u"SELECT key, value FROM setting WHERE substr(key, 1, ?) = ?"_s);
    q.addBindValue(prefix.size());
    q.addBindValue(prefix);
    sql::exec(q);
    QMap<QString, QString> result;
    while (q.next())
        result.insert(q.value(0).toString(), q.value(1).toString());
    return result;
}

void SettingRepository::set(const QList<std::pair<QString, QString>> &values)
{
    WriteTransaction transaction(m_file);
    QSqlQuery q =
        sql::prepare(m_file.database(), u"INSERT INTO setting (key, value) VALUES (?, ?) "
                                        "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    for (const auto &[key, value] : values) {
        q.bindValue(0, key);
        q.bindValue(1, value);
        sql::exec(q);
    }
    transaction.commit();
}

} // namespace fieldday
