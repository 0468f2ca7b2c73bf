#include "WaitlistCommand.h"

#include "EventOpening.h"
#include "allocation/AllocationStore.h"
#include "allocation/Waitlist.h"
#include "model/PeopleCount.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QJsonObject personJson(const EventData &event, qint64 id)
{
    const Participant *p = event.participant(id);
    QJsonArray choices;
    for (qint64 choice : p->choices) {
        if (const Destination *d = event.destination(choice))
            choices.append(d->name);
    }
    return {{u"id"_s, id},
            {u"given_name"_s, p->givenName},
            {u"family_name"_s, p->familyName},
            {u"booked_at"_s, p->bookedAt.isValid() ? QJsonValue(p->bookedAt.toString(Qt::ISODate))
                                                   : QJsonValue(QJsonValue::Null)},
            {u"choices"_s, choices}};
}

QString ordinal(int n)
{
    const int lastTwo = n % 100;
    const char *suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th"
                         : n % 10 == 1                    ? "st"
                         : n % 10 == 2                    ? "nd"
                         : n % 10 == 3                    ? "rd"
                                                          : "th";
    return QString::number(n) + QLatin1StringView(suffix);
}

} // namespace

void WaitlistCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"fill"_s,
                      u"Fill this group's free places from the waitlist, in booking order "
                      "(those who ranked it first); the places are pinned."_s,
                      u"NAME"_s});
    parser.addOption({u"dry-run"_s, u"With --fill: show who would be placed; change nothing."_s});
    parser.addOption({u"json"_s, u"Print JSON instead of text."_s});
}

int WaitlistCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const bool filling = parser.isSet(u"fill"_s);
    const bool dryRun = parser.isSet(u"dry-run"_s);
    if (dryRun && !filling)
        throw Error(Error::Kind::BadInput, u"--dry-run: only with --fill"_s);
    const QString path = parser.positionalArguments().at(0);
    const auto file = filling && !dryRun ? EventFile::open(path, EventFile::Mode::ReadWrite)
                                         : EventOpening::forReading(path, context);
    const EventData event = EventReader::load(*file);
    const AllocationSettings settings = AllocationStore::loadSettings(*file);
    Waitlist waitlist(event, settings);

    QList<qint64> placed;
    const Destination *group = nullptr;
    if (filling) {
        const QString name = parser.value(u"fill"_s);
        group = event.destinationByName(name);
        if (!group) {
            QStringList names;
            for (const Destination &d : event.destinations)
                names << d.name;
            throw Error(
                Error::Kind::BadInput,
                u"--fill: no group named \"%1\" (the groups: %2)"_s.arg(name, names.join(u", "_s)));
        }
        placed = dryRun ? waitlist.offersFor(group->id) : waitlist.fill(*file, group->id);
    }
    // The list as it stands (or, for a dry run, would stand) after any filling.
    const EventData now = filling && !dryRun ? EventReader::load(*file) : event;
    QList<qint64> remaining = Waitlist(now, settings).people();
    if (dryRun)
        remaining.removeIf([&placed](qint64 id) { return placed.contains(id); });

    if (parser.isSet(u"json"_s)) {
        QJsonObject json;
        QJsonArray people;
        for (qint64 id : remaining)
            people.append(personJson(now, id));
        json.insert(u"waitlist"_s, people);
        if (group) {
            QJsonArray placedJson;
            for (qint64 id : placed) {
                QJsonObject p = personJson(event, id);
                p.insert(u"rank"_s, waitlist.rankOf(id, group->id));
                placedJson.append(p);
            }
            json.insert(u"group"_s, group->name);
            json.insert(u"placed"_s, placedJson);
            json.insert(u"applied"_s, !dryRun);
        }
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
        return ExitOk;
    }
    if (group) {
        if (placed.isEmpty()) {
            context.out << group->name << ": nothing to fill ("
                        << (waitlist.freePlaces(group->id) == 0
                                ? "the group is full"
                                : "nobody on the waitlist may go there")
                        << ")\n";
        } else {
            context.out << (dryRun ? "Would place in " : "Placed in ") << group->name << ":\n";
            for (qint64 id : placed) {
                const int rank = waitlist.rankOf(id, group->id);
                context.out << "  " << event.participant(id)->displayName().leftJustified(30)
                            << (rank ? u" ranked it %1"_s.arg(ordinal(rank))
                                     : u" did not rank it"_s)
                            << '\n';
            }
        }
        context.out << '\n';
    }
    context.out << "Waitlist (booking order): " << peopleCount(remaining.size()) << '\n';
    for (qint64 id : remaining)
        context.out << "  " << now.participant(id)->displayName() << '\n';
    return ExitOk;
}

} // namespace fieldday
