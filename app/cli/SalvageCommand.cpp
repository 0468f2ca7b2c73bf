#include "SalvageCommand.h"

#include "plan/Checker.h"
#include "storage/EventFile.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fieldday {

void SalvageCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, u"Print the report as JSON instead of text."_s});
}

int SalvageCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    const auto file = EventFile::openToSalvage(args.at(0));
    file->writeCleanCopy(args.at(1));
    const QList<UnsoundRow> &rows = file->unsoundRows();
    const QStringList &objects = file->droppedObjects();

    if (parser.isSet(u"json"_s)) {
        QJsonArray leftOut;
        for (const UnsoundRow &r : rows) {
            leftOut.append(QJsonObject{
                {u"code"_s, Checker::codeOf(r)},
                {u"table"_s, r.table},
                {u"id"_s, r.id},
                {u"row"_s, r.row},
                {u"field"_s, r.column.isEmpty() ? QJsonValue() : QJsonValue(r.column)},
                {u"action"_s,
                 r.action == UnsoundRow::Action::LeftOut ? u"left_out"_s : u"reference_dropped"_s},
                {u"message"_s, QString(r.text() + u"; "_s + r.consequence())},
            });
        }
        context.out << QJsonDocument(
                           QJsonObject{
                               {u"file"_s, args.at(0)},
                               {u"out"_s, args.at(1)},
                               {u"objects_left_out"_s, QJsonArray::fromStringList(objects)},
                               {u"rows"_s, leftOut},
                           })
                           .toJson(QJsonDocument::Indented);
    } else {
        context.out << "Wrote " << args.at(1) << ", a clean copy of " << args.at(0);
        if (rows.isEmpty() && objects.isEmpty()) {
            context.out << ": nothing was left out.\n";
            return ExitOk;
        }
        context.out << ".\n";
        if (!objects.isEmpty()) {
            context.out << "Left out, as Fieldday did not make them: " << objects.join(u", "_s)
                        << ".\n";
        }
        if (!rows.isEmpty()) {
            context.out << "Rows Fieldday cannot trust (" << rows.size() << "):\n";
            for (const UnsoundRow &r : rows)
                context.out << "  " << r.text() << "; " << r.consequence() << '\n';
        }
    }
    return rows.isEmpty() && objects.isEmpty() ? ExitOk : ExitProblems;
}

} // namespace fieldday
