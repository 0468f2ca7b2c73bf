#include "InfoCommand.h"

#include "EventOpening.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QJsonValue stepFreeJson(StepFree value)
{
    switch (value) {
    case StepFree::Yes:
        return true;
    case StepFree::No:
        return false;
    case StepFree::Unknown:
        break;
    }
    return QJsonValue::Null;
}

} // namespace

void InfoCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, u"Print JSON instead of text."_s});
}

int InfoCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const auto file = EventOpening::forReading(parser.positionalArguments().at(0), context);
    const EventData data = EventReader::load(*file);

    QHash<qint64, int> assigned;
    for (const Assignment &a : data.assignments)
        ++assigned[a.destinationId];
    QMap<ParticipantStatus, int> byStatus;
    for (const Participant &p : data.participants)
        ++byStatus[p.status];

    if (parser.isSet(u"json"_s)) {
        QJsonArray destinations;
        for (const Destination &d : data.destinations) {
            destinations.append(QJsonObject{
                {u"name"_s, d.name},
                {u"host_organisation"_s, d.hostOrganisation},
                {u"place"_s, data.placeName(d.placeId)},
                {u"min"_s, d.minSize},
                {u"max"_s, d.maxSize},
                {u"assigned"_s, assigned.value(d.id)},
                {u"step_free"_s, stepFreeJson(data.destinationStepFree(d.id))},
            });
        }
        QJsonObject statuses;
        for (ParticipantStatus status : allParticipantStatuses())
            statuses.insert(participantStatusToString(status), byStatus.value(status));
        const QJsonObject root{
            {u"title"_s, data.details.title},
            {u"date"_s, data.details.date.toString(Qt::ISODate)},
            {u"time_zone"_s, data.details.timeZone},
            {u"day_start"_s, data.details.dayStart.toString(u"HH:mm"_s)},
            {u"day_end"_s, data.details.dayEnd.toString(u"HH:mm"_s)},
            {u"hub"_s, data.placeName(data.details.hubPlaceId)},
            {u"schema_version"_s, file->schemaVersion()},
            {u"destinations"_s, destinations},
            {u"participants"_s,
             QJsonObject{{u"total"_s, data.participants.size()}, {u"by_status"_s, statuses}}},
        };
        context.out << QJsonDocument(root).toJson(QJsonDocument::Indented);
        return ExitOk;
    }

    const QLocale locale(QLocale::English, QLocale::UnitedKingdom);
    const EventDetails &e = data.details;
    context.out << e.title << '\n' << locale.toString(e.date, u"dddd d MMMM yyyy"_s);
    if (e.dayStart.isValid() && e.dayEnd.isValid())
        context.out << ", " << e.dayStart.toString(u"HH:mm"_s) << "–"
                    << e.dayEnd.toString(u"HH:mm"_s);
    context.out << " (" << e.timeZone << ")\n";
    if (e.hubPlaceId)
        context.out << "Hub: " << data.placeName(e.hubPlaceId) << '\n';
    context.out << "\nDestinations (" << data.destinations.size() << "):\n";
    for (const Destination &d : data.destinations) {
        context.out << "  " << d.name.leftJustified(14) << ' '
                    << QString::number(assigned.value(d.id)).rightJustified(4) << " assigned"
                    << "  (min " << d.minSize << ", max " << d.maxSize << ")  "
                    << d.hostOrganisation << '\n';
    }
    context.out << "\nParticipants: " << data.participants.size();
    QStringList parts;
    for (ParticipantStatus status : allParticipantStatuses()) {
        if (byStatus.value(status))
            parts << u"%1 %2"_s.arg(byStatus.value(status)).arg(participantStatusToString(status));
    }
    if (!parts.isEmpty())
        context.out << " (" << parts.join(u", "_s) << ')';
    context.out << '\n';
    return ExitOk;
}

} // namespace fieldday
