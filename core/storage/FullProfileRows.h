#pragma once

#include <QByteArrayView>
#include <QList>
#include <functional>

namespace fieldday {

class EventFile;

// Every participant's full-profile values (the columns of ParticipantField, in that order, the
// ranked choices spread over as many columns as anyone ranked), read straight from SQLite as
// UTF-8, row by row, without building the event in memory; in one read transaction, so the
// count of choice columns and the rows agree even while another program writes.
class FullProfileRows
{
public:
    using Row = QList<QByteArrayView>; // valid until the next row

    // Calls `begin` with the number of choice columns, then `row` for each person in id order
    // (a group's members only, if `destinationId`). Returns how many. Throws Error.
    static int read(const EventFile &file, qint64 destinationId,
                    const std::function<void(int choiceColumns)> &begin,
                    const std::function<void(const Row &row)> &row);
};

} // namespace fieldday
