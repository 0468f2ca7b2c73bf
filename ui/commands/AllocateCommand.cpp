#include "AllocateCommand.h"

#include "EventDocument.h"
#include "allocation/AllocationStore.h"
#include "storage/AssignmentRepository.h"

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
    AssignmentRepository(document()->file()).replaceAll(m_before);
}

} // namespace fieldday
