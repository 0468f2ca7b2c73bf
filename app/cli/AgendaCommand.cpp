#include "AgendaCommand.h"

#include "EventOpening.h"
#include "GroupOption.h"
#include "plan/CalendarExporter.h"
#include "plan/Timeline.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fieldday {

void AgendaCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"group"_s, u"Only this group's day."_s, u"NAME"_s});
    parser.addOption({u"ics"_s, u"Write an iCalendar file instead of text."_s, u"OUT.ics"_s});
}

int AgendaCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const auto file = EventOpening::forReading(parser.positionalArguments().at(0), context);
    const EventData event = EventReader::load(*file);
    const qint64 group = groupOption(parser, event);
    if (parser.isSet(u"ics"_s)) {
        const QString out = parser.value(u"ics"_s);
        QSaveFile ics(out);
        if (!ics.open(QIODevice::WriteOnly))
            throw Error(Error::Kind::Storage,
                        out + u": cannot be written ("_s + ics.errorString() + u')');
        ics.write(CalendarExporter::exportDay(event, group));
        if (!ics.commit())
            throw Error(Error::Kind::Storage,
                        out + u": cannot be written ("_s + ics.errorString() + u')');
        context.out << "Wrote " << out << '\n';
        return ExitOk;
    }
    context.out << event.details.title << ", " << event.details.date.toString(Qt::ISODate) << " ("
                << event.details.timeZone << ")\n";
    for (const TimelineLane &lane : Timeline::build(event)) {
        if (group && lane.destinationId != group)
            continue;
        context.out << '\n' << lane.name << '\n';
        for (const TimelineStep &step : lane.steps) {
            context.out << "  " << step.start.toString(u"HH:mm"_s) << "–"
                        << (step.end.isValid() ? step.end.toString(u"HH:mm"_s) : u"     "_s) << "  "
                        << step.title;
            const QString place = event.placeName(step.placeId);
            if (!place.isEmpty() && step.kind != TimelineStep::Kind::LegOut &&
                step.kind != TimelineStep::Kind::LegBack)
                context.out << " — " << place;
            if ((step.kind == TimelineStep::Kind::LegOut ||
                 step.kind == TimelineStep::Kind::LegBack) &&
                !step.detail.isEmpty())
                context.out << " (" << step.detail << ')';
            context.out << '\n';
        }
    }
    return ExitOk;
}

} // namespace fieldday
