#include "CheckCommand.h"

#include "EventOpening.h"
#include "plan/Checker.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace fieldday {

void CheckCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"json"_s, u"Print JSON instead of text."_s});
}

int CheckCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const auto file = EventOpening::forReading(parser.positionalArguments().at(0), context, false);
    const QList<Problem> problems = Checker::run(EventReader::load(*file));
    QMap<Problem::Severity, int> counts;
    for (const Problem &p : problems)
        ++counts[p.severity];
    if (parser.isSet(u"json"_s)) {
        QJsonArray list;
        for (const Problem &p : problems) {
            list.append(QJsonObject{
                {u"severity"_s, Problem::severityName(p.severity)},
                {u"code"_s, p.code},
                {u"message"_s, p.message},
                {u"subject"_s, QJsonObject{{u"kind"_s, p.subject.kind},
                                           {u"id"_s, p.subject.id},
                                           {u"name"_s, p.subject.name}}},
            });
        }
        context.out << QJsonDocument(
                           QJsonObject{
                               {u"problems"_s, list},
                               {u"counts"_s,
                                QJsonObject{
                                    {u"error"_s, counts.value(Problem::Severity::Error)},
                                    {u"warning"_s, counts.value(Problem::Severity::Warning)},
                                    {u"info"_s, counts.value(Problem::Severity::Info)}}},
                           })
                           .toJson(QJsonDocument::Indented);
    } else {
        for (const Problem &p : problems) {
            context.out << Problem::severityName(p.severity).leftJustified(8)
                        << p.code.leftJustified(28) << p.message << '\n';
        }
        context.out << counts.value(Problem::Severity::Error) << " errors, "
                    << counts.value(Problem::Severity::Warning) << " warnings, "
                    << counts.value(Problem::Severity::Info) << " notes\n";
    }
    return counts.value(Problem::Severity::Error) ? ExitProblems : ExitOk;
}

} // namespace fieldday
