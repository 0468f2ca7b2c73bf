#pragma once

#include "model/EventData.h"

#include <QJsonObject>

namespace fieldday {

// Reads an event described in JSON (the sample event's format, see docs/file-format.md):
// places have keys, everything else refers to places by key and to destinations by name.
// Throws Error naming the source and the JSON path of anything wrong.
class EventJsonReader
{
public:
    static EventData read(const QJsonObject &root, const QString &sourceName);
};

} // namespace fieldday
