#include "AllocateCommand.h"

#include "EventDocument.h"
#include "allocation/AllocationStore.h"
#include "storage/EventFile.h"
#include "storage/SqlUtil.h"
#include "storage/WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

AllocateCommand::AllocateCommand(EventDocument *document, AllocationProblem problem,
                                 AllocationResult result)
    : DocumentCommand(document, QObject::tr("Allocate %n people", nullptr, result.assigned())),
      m_problem(std::move(problem)), m_result(std::move(result)),
      m_before(document->data().assignments)
{
}

void AllocateCommand::apply()
{
    AllocationStore::apply(document()->file(), m_problem, m_result);
}

void AllocateCommand::revert()
{
    EventFile &file = document()->file();
    WriteTransaction transaction(file);
    sql::exec(file.database(), u"DELETE FROM assignment"_s);
    QSqlQuery insert = sql::prepare(file.database(), u"INSERT INTO assignment (participant_id, "
                                                     "destination_id, pinned) VALUES (?, ?, ?)"_s);
    for (const Assignment &a : std::as_const(m_before)) {
        insert.bindValue(0, a.participantId);
        insert.bindValue(1, a.destinationId);
        insert.bindValue(2, int(a.pinned));
        sql::exec(insert);
    }
    transaction.commit();
}

} // namespace fieldday
