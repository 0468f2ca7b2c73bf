#pragma once

#include <QString>

namespace fieldday {

// A row of an event file that holds what Fieldday never writes (a NULL where a name belongs, a
// status outside the list, a choice of a destination that is not there, a name of megabytes),
// found when the file was opened. It is left out of what Fieldday reads, or, for a reference
// to something that is not there that Fieldday would itself have emptied, kept without it.
struct UnsoundRow
{
    enum class Problem
    {
        Missing,         // NULL where Fieldday always writes a value
        WrongType,       // text where a number belongs, binary data where text belongs, …
        NotAllowed,      // outside the list or the range Fieldday allows (its CHECKs, its limits)
        TooLong,         // longer than Fieldday ever writes
        BrokenReference, // refers to a row that is not in the file
        WithLeftOutRow,  // belongs to a row that was left out (a choice of a person left out)
    };
    enum class Action
    {
        LeftOut,          // the row is not read
        ReferenceDropped, // the row is read without the reference, as a deletion would leave it
    };

    QString table;  // the file's table: "participant"
    qint64 id = 0;  // the row's id (for a table without one, its first key)
    QString row;    // for a person: "participant 12 (Zoë Ng)"
    QString column; // the field, empty when the whole row is meant
    Problem problem = Problem::NotAllowed;
    Action action = Action::LeftOut;
    QString what; // what is wrong: "is 'maybe', not one of booked, waitlisted, …"

    // One line for a person: participant 12 (Zoë Ng), field "status": is 'maybe', not one of …
    QString text() const
    {
        QString line = row;
        if (!column.isEmpty())
            line += QStringLiteral(", field \"") + column + u'"';
        return line + QStringLiteral(": ") + what;
    }
    // What reading does about it: "the row is left out", "the reference is dropped".
    QString consequence() const
    {
        return action == Action::LeftOut ? QStringLiteral("the row is left out")
                                         : QStringLiteral("the reference is dropped");
    }
};

} // namespace fieldday
