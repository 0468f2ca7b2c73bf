#include "NewCommand.h"

#include "sample/BlankEvent.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

using namespace Qt::StringLiterals;

namespace fieldday {

void NewCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption(
        {u"sample"_s, u"Fill it with the sample event (the co-production treasure hunt)."_s});
    parser.addOption({u"title"_s, u"The event's title."_s, u"T"_s});
    parser.addOption({u"date"_s, u"The event's date."_s, u"YYYY-MM-DD"_s});
}

int NewCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QString path = parser.positionalArguments().at(0);
    QString title;
    if (parser.isSet(u"title"_s)) {
        title = parser.value(u"title"_s).trimmed();
        if (title.isEmpty())
            throw Error(Error::Kind::BadInput, u"--title: the title cannot be empty"_s);
    }
    QDate date;
    if (parser.isSet(u"date"_s)) {
        date = QDate::fromString(parser.value(u"date"_s), Qt::ISODate);
        if (!date.isValid())
            throw Error(Error::Kind::BadInput,
                        u"--date: expected YYYY-MM-DD, got \""_s + parser.value(u"date"_s) + u'"');
    }
    EventData data;
    // The event is built inside create(), after it has checked that `path` is free.
    EventFile::create(path, [&](EventFile &file) {
        data = parser.isSet(u"sample"_s) ? SampleEvent::data()
                                         : BlankEvent::data(u"New event"_s, QDate::currentDate());
        if (!title.isEmpty())
            data.details.title = title;
        if (date.isValid())
            data.details.date = date;
        EventWriter::writeAll(file, data);
    });
    context.out << "Created " << path << ": " << data.details.title << ", "
                << data.details.date.toString(Qt::ISODate) << ", " << data.destinations.size()
                << " destinations, " << data.participants.size() << " participants\n";
    return ExitOk;
}

} // namespace fieldday
