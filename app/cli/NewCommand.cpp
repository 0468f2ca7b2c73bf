#include "NewCommand.h"

#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

using namespace Qt::StringLiterals;

namespace fieldday {

void NewCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"sample"_s, u"Fill it with the sample event (the co-production treasure hunt)."_s});
    parser.addOption({u"title"_s, u"The event's title."_s, u"T"_s});
    parser.addOption({u"date"_s, u"The event's date."_s, u"YYYY-MM-DD"_s});
}

int NewCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QString path = parser.positionalArguments().at(0);
    EventData data;
    if (parser.isSet(u"sample"_s)) {
        data = SampleEvent::data();
    } else {
        data.details.title = u"New event"_s;
        data.details.date = QDate::currentDate();
        data.sectors = {u"Public sector"_s, u"Voluntary/community"_s, u"Academic"_s,
                        u"Councillor"_s,    u"Resident"_s,            u"Other"_s};
    }
    if (parser.isSet(u"title"_s)) {
        data.details.title = parser.value(u"title"_s).trimmed();
        if (data.details.title.isEmpty())
            throw Error(Error::Kind::BadInput, u"--title: the title cannot be empty"_s);
    }
    if (parser.isSet(u"date"_s)) {
        data.details.date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!data.details.date.isValid())
            throw Error(Error::Kind::BadInput,
                        u"--date: expected YYYY-MM-DD, got \""_s + parser.value(u"date"_s) + u'"');
    }
    EventFile::create(path, [&data](EventFile &file) { EventWriter::writeAll(file, data); });
    context.out << "Created " << path << ": " << data.details.title << ", "
                << data.details.date.toString(Qt::ISODate) << ", " << data.destinations.size()
                << " destinations, " << data.participants.size() << " participants\n";
    return ExitOk;
}

} // namespace fieldday
