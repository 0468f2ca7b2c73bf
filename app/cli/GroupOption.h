#pragma once

#include "model/EventData.h"

#include <QCommandLineParser>

namespace fieldday {

// --group NAME for the commands that take it: the destination, or 0 for all of them.
// Throws Error listing the groups when the name matches none.
qint64 groupOption(const QCommandLineParser &parser, const EventData &event);

} // namespace fieldday
