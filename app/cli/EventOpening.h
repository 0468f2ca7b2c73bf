#pragma once

#include "CliCommand.h"

#include <memory>

namespace fieldday {

class EventFile;

// How the commands that only read open an event: read-only; a file with rows Fieldday cannot
// trust is read without them, with a warning on stderr that names them, and the command ends
// with exit code 1 (docs/cli.md).
class EventOpening
{
public:
    static std::unique_ptr<EventFile> forReading(const QString &path, CliContext &context,
                                                 bool warn = true);
};

} // namespace fieldday
