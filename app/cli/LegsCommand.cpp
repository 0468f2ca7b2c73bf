#include "LegsCommand.h"

#include "EventOpening.h"
#include "GroupOption.h"
#include "plan/Manifest.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fieldday {

void LegsCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"group"_s, u"Only this group's legs."_s, u"NAME"_s});
    parser.addOption({u"json"_s, u"Print JSON instead of text."_s});
}

int LegsCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const auto file = EventOpening::forReading(parser.positionalArguments().at(0), context);
    const EventData event = EventReader::load(*file);
    const qint64 group = groupOption(parser, event);
    const bool json = parser.isSet(u"json"_s);
    QJsonArray list;
    for (const Destination &d : event.destinations) {
        if (group && d.id != group)
            continue;
        for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
            for (const TransportLeg *leg : event.legsOf(d.id, direction)) {
                const Manifest manifest = Manifest::forLeg(event, *leg);
                if (json) {
                    QJsonArray members, leads;
                    for (const Participant *p : manifest.members)
                        members.append(QJsonObject{{u"given_name"_s, p->givenName},
                                                   {u"family_name"_s, p->familyName},
                                                   {u"organisation"_s, p->organisation},
                                                   {u"phone"_s, p->phone}});
                    for (const GroupLead &lead : manifest.leads)
                        leads.append(QJsonObject{{u"name"_s, lead.name}, {u"phone"_s, lead.phone}});
                    list.append(QJsonObject{
                        {u"id"_s, leg->id},
                        {u"destination"_s, d.name},
                        {u"direction"_s, legDirectionToString(leg->direction)},
                        {u"position"_s, leg->position + 1},
                        {u"mode"_s, transportModeToString(leg->mode)},
                        {u"from"_s, event.placeName(leg->fromPlaceId)},
                        {u"to"_s, event.placeName(leg->toPlaceId)},
                        {u"departs"_s, leg->departs.toString(u"HH:mm"_s)},
                        {u"arrives"_s, leg->arrives.toString(u"HH:mm"_s)},
                        {u"seats"_s, leg->seats ? QJsonValue(*leg->seats) : QJsonValue()},
                        {u"operator"_s, leg->operatorName},
                        {u"booking_ref"_s, leg->bookingRef},
                        {u"step_free"_s, stepFreeToString(leg->stepFree)},
                        {u"lead_phone"_s, leg->leadPhone},
                        {u"manifest"_s, QJsonObject{{u"members"_s, members},
                                                    {u"leads"_s, leads},
                                                    {u"headcount"_s, manifest.headcount()}}},
                    });
                } else {
                    context.out << d.name << ", " << legDirectionToString(leg->direction) << ' '
                                << leg->position + 1 << ": " << leg->departs.toString(u"HH:mm"_s)
                                << ' ' << event.placeName(leg->fromPlaceId) << " → "
                                << leg->arrives.toString(u"HH:mm"_s) << ' '
                                << event.placeName(leg->toPlaceId) << ", "
                                << transportModeToString(leg->mode);
                    if (leg->seats)
                        context.out << ", " << *leg->seats << " seats";
                    context.out << "; " << manifest.headcount() << " travelling\n";
                    for (const GroupLead &lead : manifest.leads)
                        context.out << "    lead  " << lead.name << "  " << lead.phone << '\n';
                    for (const Participant *p : manifest.members)
                        context.out << "    " << p->familyName << ", " << p->givenName << '\n';
                }
            }
        }
    }
    if (json)
        context.out << QJsonDocument(list).toJson(QJsonDocument::Indented);
    return ExitOk;
}

} // namespace fieldday
