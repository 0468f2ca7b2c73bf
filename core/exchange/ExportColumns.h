#pragma once

#include "ParticipantField.h"

#include <QStringList>

namespace fieldday {

struct EventData;
struct Participant;

// Which columns a participant list has, and what each cell holds, by profile:
//  - partner: given name, family name, organisation, role, e-mail, phone; the contact
//    columns only for people who consented to share them. Only people coming.
//  - full: every field, headers as the importer reads them (a round trip).
// Columns can also be named one by one; in a partner list the consent rule still applies.
class ExportColumns
{
public:
    enum class Profile
    {
        Partner,
        Full
    };
    struct Column
    {
        ParticipantField field;
        int rank = 0; // for choices
    };

    static QList<Column> forProfile(Profile profile, const EventData &event);
    // Keys as in ParticipantField ("email", "choice_2"); throws Error for an unknown key.
    static QList<Column> fromKeys(const QStringList &keys);
    static QStringList validKeys(); // for messages: "given_name", …, "choice_N", …

    static QString header(const Column &column, Profile profile);
    static QString value(const EventData &event, const Participant &person, const Column &column,
                         Profile profile);
    static bool isSpecialCategory(const Column &column);
};

} // namespace fieldday
