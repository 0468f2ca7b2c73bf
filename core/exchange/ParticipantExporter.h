#pragma once

#include "ExportColumns.h"

#include <functional>
#include <optional>

namespace fieldday {

struct EventData;
class EventFile;

// Participant lists for partners (and the organiser), as CSV or XLSX, written atomically.
class ParticipantExporter
{
public:
    struct Request
    {
        QString path;             // .csv or .xlsx
        qint64 destinationId = 0; // 0: everyone
        ExportColumns::Profile profile = ExportColumns::Profile::Partner;
        std::optional<QList<ExportColumns::Column>> columns; // chosen one by one
        QChar delimiter = u',';
        bool byteOrderMark = true;
        // Called every few hundred rows with the rows done and the total; returning false stops
        // the export with an Error of kind Cancelled, leaving the file at `path` as it was.
        std::function<bool(qsizetype done, qsizetype total)> progress;
    };
    struct Summary
    {
        int rows = 0;
        QStringList headers;
        QStringList warnings; // special-category columns in a partner list
    };

    // Throws Error for a bad request (extension, delimiter) or a write failure.
    static Summary write(const EventData &event, const Request &request);

    // A full CSV list can be written straight from the file, without loading the event.
    static bool canStream(const Request &request);
    static Summary writeStreamed(const EventFile &file, const Request &request);
};

} // namespace fieldday
