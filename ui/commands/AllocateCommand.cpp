#include "AllocateCommand.h"

#include "EventDocument.h"
#include "allocation/AllocationStore.h"
#include "storage/AssignmentRepository.h"

namespace fieldday {

AllocateCommand::AllocateCommand(EventDocument *document, AllocationProblem problem,
                                 AllocationResult result)
    : DocumentCommand(document, QObject::tr("Allocate %n people", nullptr, result.assigned())),
      m_problem(std::move(problem)), m_result(std::move(result)),
      m_before(document->data().assignments),
      m_tieBreakBefore(AllocationStore::loadSettings(document->file()).tieBreak)
{
}

void AllocateCommand::apply()
{
    AllocationStore::apply(document()->file(), m_problem, m_result);
    if (m_problem.settings.tieBreak != m_tieBreakBefore)
        AllocationStore::saveTieBreak(document()->file(), m_problem.settings.tieBreak);
}

void AllocateCommand::revert()
{
    AssignmentRepository(document()->file()).replaceAll(m_before);
    if (m_problem.settings.tieBreak != m_tieBreakBefore)
        AllocationStore::saveTieBreak(document()->file(), m_tieBreakBefore);
}

} // namespace fieldday
