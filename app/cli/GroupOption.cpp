#include "GroupOption.h"

#include "storage/Error.h"

using namespace Qt::StringLiterals;

namespace fieldday {

qint64 groupOption(const QCommandLineParser &parser, const EventData &event)
{
    if (!parser.isSet(u"group"_s))
        return 0;
    const QString name = parser.value(u"group"_s);
    if (const Destination *d = event.destinationByName(name))
        return d->id;
    QStringList names;
    for (const Destination &d : event.destinations)
        names << d.name;
    throw Error(Error::Kind::BadInput, u"--group: no group named \"%1\" (the groups: %2)"_s.arg(
                                           name, names.join(u", "_s)));
}

} // namespace fieldday
