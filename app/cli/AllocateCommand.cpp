#include "AllocateCommand.h"

#include "EventOpening.h"
#include "allocation/AllocationStore.h"
#include "allocation/Allocator.h"
#include "model/PeopleCount.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/WriteTransaction.h"

#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fieldday {

void AllocateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {u"strategy"_s, u"optimal (default) or fcfs (booking order)."_s, u"S"_s, u"optimal"_s});
    parser.addOption({u"reallocate-all"_s,
                      u"Re-optimise everyone who is not pinned: people may lose their place or "
                      "change group (listed by name). Default: who has a place keeps it."_s});
    parser.addOption({u"tie-break"_s,
                      u"When places are short among equals: booking (earlier booking first) or "
                      "draw (by the seed). Saved as the event's setting when applied."_s,
                      u"booking|draw"_s});
    parser.addOption(
        {u"seed"_s, u"The draw, with --tie-break draw (default 1)."_s, u"N"_s, u"1"_s});
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
    std::optional<TieBreak> tieBreak;
    if (parser.isSet(u"tie-break"_s)) {
        const QString value = parser.value(u"tie-break"_s);
        if (value != u"booking"_s && value != u"draw"_s)
            throw Error(Error::Kind::BadInput,
                        u"--tie-break: expected booking or draw, got \"%1\""_s.arg(value));
        tieBreak = value == u"draw"_s ? TieBreak::Draw : TieBreak::BookingOrder;
    }
    const AllocationMode mode = parser.isSet(u"reallocate-all"_s) ? AllocationMode::ReallocateAll
                                                                  : AllocationMode::KeepPlaces;

    const QString path = parser.positionalArguments().at(0);
    const auto file = dryRun ? EventOpening::forReading(path, context)
                             : EventFile::open(path, EventFile::Mode::ReadWrite);
    const EventData event = EventReader::load(*file);
    AllocationSettings settings = AllocationStore::loadSettings(*file);
    settings.seed = seed;
    if (tieBreak)
        settings.tieBreak = *tieBreak;
    const AllocationProblem problem = AllocationStore::problemFor(event, settings, mode);
    const AllocationResult result = strategy == u"fcfs"_s ? Allocator::firstComeFirstServed(problem)
                                                          : Allocator::optimal(problem);
    if (!dryRun) {
        WriteTransaction transaction(*file);
        AllocationStore::apply(*file, problem, result);
        if (tieBreak)
            AllocationStore::saveTieBreak(*file, *tieBreak);
        transaction.commit();
    }

    if (parser.isSet(u"json"_s)) {
        QJsonObject json = result.toJson();
        json.insert(u"applied"_s, !dryRun);
        json.insert(u"seed"_s, QString::number(seed));
        context.out << QJsonDocument(json).toJson(QJsonDocument::Indented);
    } else {
        context.out << (dryRun ? "Allocation (dry run, nothing changed)" : "Allocated") << ", "
                    << strategy << ": " << result.assigned() << " placed, " << result.unassigned()
                    << " without a group; objective " << result.objective << '\n'
                    << (problem.keepPlaces ? "Places kept: who had a group keeps it"
                                           : "Everyone re-optimised (--reallocate-all)")
                    << "; when places are short, "
                    << (settings.tieBreak == TieBreak::Draw
                            ? u"a draw (seed %1) decides among equals"_s.arg(seed)
                            : u"the earlier booking goes first"_s)
                    << ".\n";
        int kept = 0;
        for (const Placement &p : result.placements)
            kept += p.reason == Placement::Reason::Kept;
        if (kept)
            context.out << peopleCount(kept) << " kept the group they had.\n";
        if (!problem.keepPlaces) {
            // Before anything is applied, by name: people were told their group.
            QStringList lose, change;
            for (const Move &m : result.moves) {
                if (m.to)
                    change << u"    %1: %2 → %3"_s.arg(m.name, result.destinationName(m.from),
                                                       result.destinationName(m.to));
                else
                    lose << u"    %1 (had %2)"_s.arg(m.name, result.destinationName(m.from));
            }
            const char *verb = dryRun ? "would" : "did";
            if (result.moves.isEmpty())
                context.out << "Nobody who had a group loses it or changes group.\n";
            if (!lose.isEmpty())
                context.out << "\n"
                            << lose.size() << ' ' << (lose.size() == 1 ? "person " : "people ")
                            << verb << " lose their place:\n"
                            << lose.join(u'\n') << '\n';
            if (!change.isEmpty())
                context.out << "\n"
                            << change.size() << ' ' << (change.size() == 1 ? "person " : "people ")
                            << verb << " change group:\n"
                            << change.join(u'\n') << '\n';
        }
        context.out << "\nChoices met:\n";
        for (auto it = result.rankCounts.cbegin(); it != result.rankCounts.cend(); ++it) {
            const QString label = it.key() == u"none"_s       ? u"no group"_s
                                  : it.key() == u"unranked"_s ? u"unranked destination"_s
                                                              : u"choice "_s + it.key();
            context.out << "  " << label.leftJustified(22) << it.value() << '\n';
        }
        context.out << "\nGroups:\n";
        for (const DestinationSummary &d : result.destinations) {
            context.out << "  " << d.name.leftJustified(16)
                        << QString::number(d.size).rightJustified(5) << "  (min " << d.minSize
                        << ", max " << d.maxSize << ")  " << d.sectorMix() << '\n';
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
