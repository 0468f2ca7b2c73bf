#include "AllocateCommand.h"

#include "EventOpening.h"
#include "allocation/AllocationStore.h"
#include "allocation/Allocator.h"
#include "model/PeopleCount.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fieldday {

void AllocateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {u"strategy"_s, u"optimal (default) or fcfs (booking order)."_s, u"S"_s, u"optimal"_s});
    parser.addOption(
        {u"seed"_s, u"Breaks ties between equal solutions (default 1)."_s, u"N"_s, u"1"_s});
    parser.addOption({u"dry-run"_s, u"Show the result; change nothing."_s});
    parser.addOption({u"json"_s, u"Print the report as JSON."_s});
}

int AllocateCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QString strategy = parser.value(u"strategy"_s);
    if (strategy != u"optimal"_s && strategy != u"fcfs"_s)
        throw Error(Error::Kind::BadInput,
                    u"--strategy: expected optimal or fcfs, got \"%1\""_s.arg(strategy));
    bool ok = false;
    const quint64 seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        throw Error(Error::Kind::BadInput,
                    u"--seed: expected a whole number, 0 or more, got \"%1\""_s.arg(
                        parser.value(u"seed"_s)));
    const bool dryRun = parser.isSet(u"dry-run"_s);

    const QString path = parser.positionalArguments().at(0);
    const auto file = dryRun ? EventOpening::forReading(path, context)
                             : EventFile::open(path, EventFile::Mode::ReadWrite);
    const EventData event = EventReader::load(*file);
    AllocationSettings settings = AllocationStore::loadSettings(*file);
    settings.seed = seed;
    const AllocationProblem problem = AllocationStore::problemFor(event, settings);
    const AllocationResult result = strategy == u"fcfs"_s ? Allocator::firstComeFirstServed(problem)
                                                          : Allocator::optimal(problem);
    if (!dryRun)
        AllocationStore::apply(*file, problem, result);

    if (parser.isSet(u"json"_s)) {
        QJsonObject json = result.toJson();
        json.insert(u"applied"_s, !dryRun);
        json.insert(u"seed"_s, QString::number(seed));
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out << (dryRun ? "Allocation (dry run, nothing changed)" : "Allocated") << ", "
                    << strategy << ": " << result.assigned() << " placed, " << result.unassigned()
                    << " without a group; objective " << result.objective << "\n\nChoices met:\n";
        for (auto it = result.rankCounts.cbegin(); it != result.rankCounts.cend(); ++it) {
            const QString label = it.key() == u"none"_s       ? u"no group"_s
                                  : it.key() == u"unranked"_s ? u"unranked destination"_s
                                                              : u"choice "_s + it.key();
            context.out << "  " << label.leftJustified(22) << it.value() << '\n';
        }
        context.out << "\nGroups:\n";
        for (const DestinationSummary &d : result.destinations) {
            QStringList mix;
            for (auto it = d.sectors.cbegin(); it != d.sectors.cend(); ++it)
                mix << u"%1 %2"_s.arg(it.value())
                           .arg(it.key().isEmpty() ? u"(no sector)"_s : it.key());
            context.out << "  " << d.name.leftJustified(16)
                        << QString::number(d.size).rightJustified(5) << "  (min " << d.minSize
                        << ", max " << d.maxSize << ")  " << mix.join(u", "_s) << '\n';
        }
        if (!result.waitlist.isEmpty())
            context.out << "\nWaitlist (booking order): " << peopleCount(result.waitlist.size())
                        << '\n';
        for (const QString &warning : result.warnings)
            context.out << "warning: " << warning << '\n';
        context.out << "\nPeople:\n";
        for (const Placement &p : result.placements) {
            const Participant *person = event.participant(p.personId);
            context.out
                << "  "
                << (person ? person->displayName() : QString::number(p.personId)).leftJustified(30)
                << ' ' << p.explanation << '\n';
        }
    }
    return result.unassigned() > 0 || result.shortfall > 0 ? ExitProblems : ExitOk;
}

} // namespace fieldday
