#include "ParticipantsCommand.h"

#include "EventOpening.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <optional>

using namespace Qt::StringLiterals;

namespace fieldday {

void ParticipantsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, u"Print JSON instead of text."_s});
    parser.addOption({u"status"_s,
                      u"Only people with this status (booked, waitlisted, cancelled, "
                      "attended, no_show)."_s,
                      u"S"_s});
    parser.addOption({u"destination"_s, u"Only people in this group."_s, u"NAME"_s});
}

int ParticipantsCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const auto file = EventOpening::forReading(parser.positionalArguments().at(0), context);
    const EventData data = EventReader::load(*file);

    std::optional<ParticipantStatus> status;
    if (parser.isSet(u"status"_s)) {
        ParticipantStatus s;
        if (!participantStatusFromString(parser.value(u"status"_s), &s))
            throw Error(Error::Kind::BadInput,
                        u"--status: unknown status \"%1\" (booked, waitlisted, cancelled, "
                        "attended, no_show)"_s.arg(parser.value(u"status"_s)));
        status = s;
    }
    qint64 destination = -1;
    if (parser.isSet(u"destination"_s)) {
        const Destination *d = data.destinationByName(parser.value(u"destination"_s));
        if (!d) {
            QStringList names;
            for (const Destination &each : data.destinations)
                names << each.name;
            throw Error(Error::Kind::BadInput,
                        u"--destination: no group named \"%1\" (the groups: %2)"_s.arg(
                            parser.value(u"destination"_s), names.join(u", "_s)));
        }
        destination = d->id;
    }

    QJsonArray list;
    const bool json = parser.isSet(u"json"_s);
    int shown = 0;
    for (const Participant &p : data.participants) {
        if (status && p.status != *status)
            continue;
        const Assignment *a = data.assignmentOf(p.id);
        if (destination >= 0 && (!a || a->destinationId != destination))
            continue;
        ++shown;
        QStringList choices;
        for (qint64 c : p.choices) {
            if (const Destination *d = data.destination(c))
                choices << d->name;
        }
        const Destination *group = a ? data.destination(a->destinationId) : nullptr;
        if (json) {
            list.append(QJsonObject{
                {u"id"_s, p.id},
                {u"given_name"_s, p.givenName},
                {u"family_name"_s, p.familyName},
                {u"email"_s, p.email},
                {u"organisation"_s, p.organisation},
                {u"role"_s, p.role},
                {u"sector"_s, p.sector},
                {u"status"_s, participantStatusToString(p.status)},
                {u"choices"_s, QJsonArray::fromStringList(choices)},
                {u"destination"_s, group ? QJsonValue(group->name) : QJsonValue()},
                {u"pinned"_s, a ? a->pinned : false},
                {u"needs_step_free"_s, p.needsStepFree},
                {u"booking_ref"_s, p.bookingRef},
            });
        } else {
            context.out << QString(p.familyName + u", "_s + p.givenName).leftJustified(32) << ' '
                        << p.organisation.left(30).leftJustified(30) << ' '
                        << participantStatusToString(p.status).leftJustified(10) << ' '
                        << QString(group ? group->name + (a->pinned ? u" (pinned)"_s : QString())
                                         : u"—"_s)
                               .leftJustified(20)
                        << ' ' << choices.join(u" > "_s) << '\n';
        }
    }
    if (json)
        context.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    else
        context.out << shown << " of " << data.participants.size() << " participants\n";
    return ExitOk;
}

} // namespace fieldday
