#include "AssignmentRepository.h"

#include "EventFile.h"
#include "SqlUtil.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

AssignmentRepository::AssignmentRepository(EventFile &file) : m_file(file) {}

void AssignmentRepository::replaceUnpinned(const QHash<qint64, qint64> &destinationOf)
{
    WriteTransaction transaction(m_file);
    QSqlQuery clear = sql::prepare(
        m_file.database(), u"DELETE FROM assignment WHERE participant_id = ? AND pinned = 0"_s);
    // A pinned place stays: the insert does nothing where one is left.
    QSqlQuery insert =
        sql::prepare(m_file.database(), u"INSERT INTO assignment (participant_id, destination_id, "
                                        "pinned) VALUES (?, ?, 0) ON CONFLICT DO NOTHING"_s);
    for (auto it = destinationOf.cbegin(); it != destinationOf.cend(); ++it) {
        clear.bindValue(0, it.key());
        sql::exec(clear);
        if (it.value()) {
            insert.bindValue(0, it.key());
            insert.bindValue(1, it.value());
            sql::exec(insert);
        }
    }
    transaction.commit();
}

void AssignmentRepository::replaceAll(const QList<Assignment> &assignments)
{
    WriteTransaction transaction(m_file);
    sql::exec(m_file.database(), u"DELETE FROM assignment"_s);
    QSqlQuery insert =
        sql::prepare(m_file.database(), u"INSERT INTO assignment (participant_id, destination_id, "
                                        "pinned) VALUES (?, ?, ?)"_s);
    for (const Assignment &a : assignments) {
        insert.bindValue(0, a.participantId);
        insert.bindValue(1, a.destinationId);
        insert.bindValue(2, int(a.pinned));
        sql::exec(insert);
    }
    transaction.commit();
}

} // namespace fieldday
