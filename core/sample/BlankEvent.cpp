#include "BlankEvent.h"

using namespace Qt::StringLiterals;

namespace fieldday {

EventData BlankEvent::data(const QString &title, const QDate &date)
{
    EventData data;
    data.details.title = title;
    data.details.date = date;
    data.details.dayStart = QTime(9, 30);
    data.details.dayEnd = QTime(17, 0);
    data.sectors = defaultSectors();
    data.index();
    return data;
}

QStringList BlankEvent::defaultSectors()
{
    return {u"Public sector"_s, u"Voluntary/community"_s,
            u"Academic"_s,      u"Councillor"_s,
            u"Resident"_s,      u"Other"_s};
}

} // namespace fieldday
