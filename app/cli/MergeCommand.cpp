#include "MergeCommand.h"

#include "plan/Checker.h"
#include "storage/CopyMerger.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QString kindName(MergeConflict::Kind kind)
{
    switch (kind) {
    case MergeConflict::Kind::BothChanged:
        return u"both_changed"_s;
    case MergeConflict::Kind::BothAdded:
        return u"both_added"_s;
    case MergeConflict::Kind::DeletedHereChangedThere:
        return u"deleted_here_changed_there"_s;
    case MergeConflict::Kind::DeletedThereChangedHere:
        return u"deleted_there_changed_here"_s;
    case MergeConflict::Kind::NotApplied:
        break;
    }
    return u"not_applied"_s;
}

QString takeName(MergeTake take)
{
    return take == MergeTake::Mine     ? u"mine"_s
           : take == MergeTake::Theirs ? u"theirs"_s
                                       : u"undecided"_s;
}

QJsonValue json(const QVariant &v)
{
    return v.isValid() ? QJsonValue::fromVariant(v) : QJsonValue(QJsonValue::Null);
}

QString shown(const QVariant &v)
{
    return v.isValid() ? u'"' + v.toString() + u'"' : u"(empty)"_s;
}

} // namespace

void MergeCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"dry-run"_s, u"Show what the merge would do; change nothing."_s});
    parser.addOption({u"json"_s, u"Print the report as JSON."_s});
    parser.addOption({u"take"_s,
                      u"Settle every conflict: keep mine (the event's value) or take theirs (the "
                      "copy's). Without it, a merge with conflicts changes nothing."_s,
                      u"mine|theirs"_s});
}

int MergeCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    CopyMerger::Options options;
    options.dryRun = parser.isSet(u"dry-run"_s);
    if (parser.isSet(u"take"_s)) {
        const QString take = parser.value(u"take"_s);
        if (take == u"mine"_s)
            options.take = MergeTake::Mine;
        else if (take == u"theirs"_s)
            options.take = MergeTake::Theirs;
        else
            throw Error(Error::Kind::BadInput,
                        u"--take: \"%1\" is not one of mine, theirs"_s.arg(take));
    }
    // A dry run needs no write access: it works on a private copy.
    const auto file = EventFile::open(args.at(0), options.dryRun ? EventFile::Mode::ReadOnly
                                                                 : EventFile::Mode::ReadWrite);
    const MergeReport report = CopyMerger::merge(*file, args.at(1), options);
    const bool undecided = report.undecided() > 0;
    QList<Problem> problems;
    if (report.applied)
        problems = Checker::run(EventReader::load(*file));
    int errors = 0;
    for (const Problem &p : problems)
        errors += p.severity == Problem::Severity::Error;

    if (parser.isSet(u"json"_s)) {
        QJsonObject tables;
        for (auto it = report.tables.cbegin(); it != report.tables.cend(); ++it)
            tables.insert(it.key(), QJsonObject{{u"added"_s, it->added},
                                                {u"changed"_s, it->changed},
                                                {u"deleted"_s, it->deleted}});
        QJsonArray conflicts;
        for (const MergeConflict &c : report.conflicts) {
            conflicts.append(QJsonObject{
                {u"id"_s, c.id()},
                {u"kind"_s, kindName(c.kind)},
                {u"table"_s, c.table},
                {u"key"_s, c.key},
                {u"row"_s, c.row},
                {u"field"_s, c.column.isEmpty() ? QJsonValue() : QJsonValue(c.column)},
                {u"shared"_s, json(c.shared)},
                {u"mine"_s, json(c.mine)},
                {u"theirs"_s, json(c.theirs)},
                {u"resolution"_s, takeName(c.resolution)},
            });
        }
        context.out << QJsonDocument(QJsonObject{
                                         {u"copy"_s, report.copyName},
                                         {u"summary"_s, report.summary()},
                                         {u"nothing_new"_s, report.nothingNew},
                                         {u"dry_run"_s, options.dryRun},
                                         {u"applied"_s, report.applied},
                                         {u"backup"_s, report.backupPath.isEmpty()
                                                           ? QJsonValue()
                                                           : QJsonValue(report.backupPath)},
                                         {u"check_ins"_s, report.checkIns},
                                         {u"walk_ins"_s, report.walkIns},
                                         {u"same_people"_s, report.samePeople},
                                         {u"tables"_s, tables},
                                         {u"conflicts"_s, conflicts},
                                         {u"undecided"_s, report.undecided()},
                                         {u"check_errors"_s, errors},
                                     })
                           .toJson(QJsonDocument::Indented);
    } else {
        context.out << (report.nothingNew ? u"Nothing new from "_s + report.copyName
                                          : report.summary())
                    << '\n';
        for (const MergeConflict &c : report.conflicts) {
            switch (c.kind) {
            case MergeConflict::Kind::BothChanged:
            case MergeConflict::Kind::BothAdded:
                context.out << "  conflict: " << c.row << ", " << c.column << ": shared "
                            << shown(c.shared) << ", mine " << shown(c.mine) << ", theirs "
                            << shown(c.theirs) << " -> " << takeName(c.resolution) << '\n';
                break;
            case MergeConflict::Kind::DeletedHereChangedThere:
                context.out << "  kept: " << c.row << " (deleted here, changed in the copy)\n";
                break;
            case MergeConflict::Kind::DeletedThereChangedHere:
                context.out << "  kept: " << c.row << " (deleted in the copy, changed here)\n";
                break;
            case MergeConflict::Kind::NotApplied:
                context.out << "  not applied: " << c.row
                            << (c.column.isEmpty() ? QString() : u", "_s + c.column)
                            << " (it would break a rule of the event, e.g. a name taken)\n";
                break;
            }
        }
        if (report.applied)
            context.out << "Merged; the event as it was is in " << report.backupPath << '\n'
                        << "Check: " << errors << " errors\n";
        else if (undecided)
            context.out << "Nothing merged: "
                        << (report.undecided() == 1
                                ? u"1 conflict needs"_s
                                : u"%1 conflicts need"_s.arg(report.undecided()))
                        << " a decision (--take mine or --take theirs)\n";
        else if (options.dryRun && !report.nothingNew)
            context.out << "Dry run: nothing changed\n";
    }
    if (undecided)
        return ExitProblems;
    return errors ? ExitProblems : ExitOk;
}

} // namespace fieldday
