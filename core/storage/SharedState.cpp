#include "SharedState.h"

#include "EventFile.h"
#include "SqlUtil.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

void SharedState::write(const EventFile &file, const QString &uid, const QByteArray &state)
{
    QSqlQuery clear =
        sql::prepare(file.database(), u"DELETE FROM sharing_state WHERE sharing_uid = ?"_s);
    clear.addBindValue(uid);
    sql::exec(clear);
    QSqlQuery insert =
        sql::prepare(file.database(),
                     u"INSERT INTO sharing_state (sharing_uid, part, bytes) VALUES (?, ?, ?)"_s);
    for (qsizetype from = 0, part = 0; from < state.size(); from += partSize, ++part) {
        insert.bindValue(0, uid);
        insert.bindValue(1, qint64(part));
        insert.bindValue(2, state.mid(from, partSize));
        sql::exec(insert);
    }
}

QByteArray SharedState::read(const EventFile &file, const QString &uid)
{
    QSqlQuery q = sql::prepare(
        file.database(), u"SELECT bytes FROM sharing_state WHERE sharing_uid = ? ORDER BY part"_s);
    q.addBindValue(uid);
    sql::exec(q);
    QByteArray state;
    while (q.next())
        state += q.value(0).toByteArray();
    return state;
}

} // namespace fieldday
