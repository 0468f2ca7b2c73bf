#pragma once

#include "exchange/ParticipantField.h"
#include "model/Participant.h"

#include <QList>
#include <QString>

namespace fieldday {

// The fields an import can bring in for a person already in the event, each with how its value
// reads for comparing (the file's, the stored, the last imported) and how it is copied. One
// table for the three-way merge, the baseline and the preview's list of changes.
struct ImportedField
{
    QString key;   // as in ParticipantField and the import_baseline table; "choices"
    QString label; // for people: "Phone"
    ParticipantField field;
    QString (*value)(const Participant &); // as compared and stored in the baseline
    void (*copy)(Participant &to, const Participant &from);

    static const QList<ImportedField> &all(); // the participant's own fields and "choices"
};

} // namespace fieldday
