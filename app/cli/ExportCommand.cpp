#include "ExportCommand.h"

#include "EventOpening.h"
#include "GroupOption.h"
#include "exchange/ParticipantExporter.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

using namespace Qt::StringLiterals;

namespace fieldday {

void ExportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"out"_s, u"The list to write: F.csv or F.xlsx."_s, u"F"_s});
    parser.addOption({u"group"_s, u"Only this group (the list for its host)."_s, u"NAME"_s});
    parser.addOption({u"profile"_s, u"partner (default: minimal, consent honoured) or full."_s,
                      u"P"_s, u"partner"_s});
    parser.addOption(
        {u"columns"_s, u"Choose the columns one by one (keys, comma-separated)."_s, u"a,b,c"_s});
    parser.addOption({u"delimiter"_s, u"',' (default), ';' or tab."_s, u"C"_s, u","_s});
    parser.addOption({u"no-bom"_s, u"UTF-8 without a byte order mark."_s});
}

int ExportCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        throw Error(Error::Kind::BadInput, u"--out: required (F.csv or F.xlsx)"_s);
    const auto file = EventOpening::forReading(parser.positionalArguments().at(0), context);

    ParticipantExporter::Request request;
    request.path = parser.value(u"out"_s);
    const QString profile = parser.value(u"profile"_s);
    if (profile == u"full"_s)
        request.profile = ExportColumns::Profile::Full;
    else if (profile != u"partner"_s)
        throw Error(Error::Kind::BadInput,
                    u"--profile: expected partner or full, got \"%1\""_s.arg(profile));
    if (parser.isSet(u"columns"_s)) {
        const QStringList keys = parser.value(u"columns"_s).split(u',', Qt::SkipEmptyParts);
        if (keys.isEmpty())
            throw Error(Error::Kind::BadInput,
                        u"--columns: name at least one column (the columns: %1)"_s.arg(
                            ExportColumns::validKeys().join(u", "_s)));
        request.columns = ExportColumns::fromKeys(keys);
    }
    const QString delimiter = parser.value(u"delimiter"_s);
    if (delimiter == u"tab"_s || delimiter == u"\\t"_s)
        request.delimiter = u'\t';
    else if (delimiter.size() == 1)
        request.delimiter = delimiter.at(0);
    else
        throw Error(Error::Kind::BadInput, u"--delimiter: expected ',', ';' or tab"_s);
    request.byteOrderMark = !parser.isSet(u"no-bom"_s);

    ParticipantExporter::Summary summary;
    if (!parser.isSet(u"group"_s) && ParticipantExporter::canStream(request)) {
        // The organiser's whole list: straight from the file, without loading the event.
        summary = ParticipantExporter::writeStreamed(*file, request);
    } else {
        const EventData event = EventReader::load(*file);
        request.destinationId = groupOption(parser, event);
        summary = ParticipantExporter::write(event, request);
    }
    for (const QString &warning : summary.warnings)
        context.err << "warning: " << warning << '\n';
    context.out << "Wrote " << request.path << ": " << summary.rows << " people, " << profile
                << " profile; columns: " << summary.headers.join(u", "_s) << '\n';
    return ExitOk;
}

} // namespace fieldday
