#pragma once

#include "ColumnMapping.h"
#include "ImportOptions.h"
#include "ImportSummary.h"

#include <optional>

namespace fieldday {

class CsvReader;
class EventFile;

// Imports the people of a booking export into an event, in one transaction: a failed import
// changes nothing. Rows stream from the reader, so memory does not grow with the file.
class ParticipantImporter
{
public:
    ParticipantImporter(EventFile &file, ImportOptions options);

    // Reads the header, maps it (`mapping`, or detected from the header) and imports every row.
    // Throws Error naming `fileName`, the row and the field for a bad file or, without
    // skipBadRows, the first bad row.
    ImportSummary run(CsvReader &reader, const QString &fileName,
                      const std::optional<ColumnMapping> &mapping = std::nullopt,
                      ColumnMapping::Source source = ColumnMapping::Source::Auto);

    // The mapping the last run used (for saving with --save-mapping or showing in a preview).
    const ColumnMapping &mapping() const { return m_mapping; }

private:
    EventFile &m_file;
    ImportOptions m_options;
    ColumnMapping m_mapping;
};

} // namespace fieldday
