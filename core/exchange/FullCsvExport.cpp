#include "FullCsvExport.h"

#include "ParticipantField.h"
#include "storage/FullProfileRows.h"

namespace fieldday {

int FullCsvExport::write(const EventFile &file, qint64 destinationId, QIODevice *device,
                         const CsvWriter::Options &options, QStringList *headers)
{
    CsvWriter writer(device, options);
    return FullProfileRows::read(
        file, destinationId,
        [&](int choices) {
            headers->clear();
            for (const ParticipantFieldInfo &info : participantFields()) {
                if (info.field == ParticipantField::Choice) {
                    for (int rank = 1; rank <= choices; ++rank)
                        *headers << info.key + QString::number(rank);
                } else {
                    *headers << info.key;
                }
            }
            writer.writeRow(*headers);
        },
        [&writer](const FullProfileRows::Row &row) { writer.writeRow(row); });
}

} // namespace fieldday
