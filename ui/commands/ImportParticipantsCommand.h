#pragma once

#include "DocumentCommand.h"
#include "import/ColumnMapping.h"
#include "import/ImportOptions.h"
#include "import/ImportSummary.h"
#include "model/EventData.h"

#include <QByteArray>

namespace fieldday {

// An import as one undo step: redo imports the file's bytes; undo removes the people it added
// and puts back those it updated as they were.
class ImportParticipantsCommand : public DocumentCommand
{
public:
    ImportParticipantsCommand(EventDocument *document, QByteArray bytes, QString fileName,
                              ColumnMapping mapping, ImportOptions options);
    const ImportSummary &summary() const { return m_summary; }

protected:
    void apply() override;
    void revert() override;

private:
    QByteArray m_bytes;
    QString m_fileName;
    ColumnMapping m_mapping;
    ImportOptions m_options;
    ImportSummary m_summary;
    EventData m_before;
};

} // namespace fieldday
