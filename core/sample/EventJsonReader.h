#pragma once

#include "model/EventData.h"

#include <QJsonObject>
#include <functional>

namespace fieldday {

// Reads an event described in JSON (the sample event's format, see docs/file-format.md):
// places have keys, everything else refers to places by key and to destinations by name.
// Throws Error naming the source and the JSON path of anything wrong. Photos of the treasure
// log are files beside the JSON, read through `photoFile` (a JPEG as stored: see
// docs/file-format.md).
class EventJsonReader
{
public:
    using PhotoFile = std::function<QByteArray(const QString &name)>;
    static EventData read(const QJsonObject &root, const QString &sourceName,
                          const PhotoFile &photoFile = {});
};

} // namespace fieldday
