#include "ImportParticipantsCommand.h"

#include "EventDocument.h"
#include "csv/CsvReader.h"
#include "import/ParticipantImporter.h"
#include "storage/ImportBaselineRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/WriteTransaction.h"

#include <QBuffer>

namespace fieldday {

ImportParticipantsCommand::ImportParticipantsCommand(EventDocument *document, QByteArray bytes,
                                                     QString fileName, ColumnMapping mapping,
                                                     ImportOptions options)
    : DocumentCommand(document, QObject::tr("Import %1").arg(fileName)), m_bytes(std::move(bytes)),
      m_fileName(std::move(fileName)), m_mapping(std::move(mapping)), m_options(options),
      m_before(document->data())
{
    m_options.dryRun = false;
}

void ImportParticipantsCommand::apply()
{
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions csv;
    csv.requireSameFieldCount = false;
    CsvReader reader(&buffer, csv);
    ImportOptions options = m_options;
    m_options.progress = {}; // the dialog that showed the progress is gone by the next redo
    m_summary = ParticipantImporter(document()->file(), options).run(reader, m_fileName, m_mapping);
}

void ImportParticipantsCommand::revert()
{
    EventFile &file = document()->file();
    WriteTransaction transaction(file);
    ParticipantRepository repository(file);
    for (qint64 id : std::as_const(m_summary.addedIds))
        repository.remove(id);
    for (qint64 id : std::as_const(m_summary.updatedIds)) {
        if (const Participant *p = m_before.participant(id)) {
            repository.update(*p);
            if (const Assignment *a = m_before.assignmentOf(id))
                repository.assign(id, a->destinationId, a->pinned);
            else
                repository.unassign(id);
        }
    }
    // The values last imported, as they were: the next import compares with those again.
    ImportBaselineRepository baselines(file);
    for (const auto &[id, values] : std::as_const(m_summary.baselinesBefore))
        baselines.restore(id, values);
    transaction.commit();
}

} // namespace fieldday
