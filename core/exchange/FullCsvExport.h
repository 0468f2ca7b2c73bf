#pragma once

#include "CsvWriter.h"

class QIODevice;

namespace fieldday {

class EventFile;

// The full profile as CSV, row by row as the storage layer reads it (FullProfileRows), without
// building the event in memory: a list of 100,000 people in well under a second. Same columns
// and values as the full profile of ExportColumns (the tests compare the two).
class FullCsvExport
{
public:
    // Writes every participant (or a group's members); returns how many. Throws Error.
    static int write(const EventFile &file, qint64 destinationId, QIODevice *device,
                     const CsvWriter::Options &options, QStringList *headers);
};

} // namespace fieldday
