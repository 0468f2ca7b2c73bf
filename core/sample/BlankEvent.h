#pragma once

#include "model/EventData.h"

namespace fieldday {

// A new, empty event: a title, a date, and the default list of sectors.
class BlankEvent
{
public:
    static EventData data(const QString &title, const QDate &date);
    static QStringList defaultSectors();
};

} // namespace fieldday
