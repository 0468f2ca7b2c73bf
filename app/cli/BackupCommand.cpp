#include "BackupCommand.h"

#include "storage/EventFile.h"

namespace fieldday {

int BackupCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QStringList args = parser.positionalArguments();
    // Read-only: a backup may be taken while another program edits the event.
    const auto file = EventFile::open(args.at(0), EventFile::Mode::ReadOnly);
    file->backupTo(args.at(1));
    context.out << "Backed up " << args.at(0) << " to " << args.at(1) << '\n';
    return ExitOk;
}

} // namespace fieldday
