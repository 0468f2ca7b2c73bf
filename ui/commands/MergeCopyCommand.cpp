#include "MergeCopyCommand.h"

#include "EventDocument.h"
#include "storage/CopyMerger.h"
#include "storage/Error.h"

namespace fieldday {

MergeCopyCommand::MergeCopyCommand(EventDocument *document, QString copyPath, QString copyName,
                                   QHash<QString, MergeTake> choices)
    : DocumentCommand(document, QObject::tr("Merge changes from %1").arg(copyName)),
      m_copyPath(std::move(copyPath)), m_choices(std::move(choices))
{
}

void MergeCopyCommand::apply()
{
    if (!m_written.isEmpty()) {
        CopyMerger::replay(document()->file(), m_written, false);
        return;
    }
    CopyMerger::Options options;
    options.record = true;
    options.choices = m_choices;
    m_report = CopyMerger::merge(document()->file(), m_copyPath, options);
    if (!m_report.applied)
        throw Error(
            Error::Kind::BadInput,
            m_report.nothingNew
                ? QObject::tr("Nothing new from %1 since it was shared or last merged.")
                      .arg(m_report.copyName)
                : QObject::tr("Conflicts still need a decision: %1.").arg(m_report.undecided()));
    m_written = m_report.written;
}

void MergeCopyCommand::revert()
{
    CopyMerger::replay(document()->file(), m_written, true);
}

} // namespace fieldday
