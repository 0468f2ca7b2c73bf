#pragma once

#include "DocumentCommand.h"
#include "storage/MergeReport.h"

#include <QByteArray>
#include <QHash>

namespace fieldday {

// Merging a shared copy's changes as one undo step. The first write runs the merge with the
// user's decisions (after a backup of the event); it records every row it wrote, and undo and
// redo write that recording back and forth (CopyMerger::replay).
class MergeCopyCommand : public DocumentCommand
{
public:
    MergeCopyCommand(EventDocument *document, QString copyPath, QString copyName,
                     QHash<QString, MergeTake> choices);
    const MergeReport &report() const { return m_report; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_copyPath;
    QHash<QString, MergeTake> m_choices;
    MergeReport m_report;
    QByteArray m_written;
};

} // namespace fieldday
