#include "ShareCommand.h"

#include "storage/CopySharing.h"
#include "storage/Error.h"
#include "storage/EventFile.h"

using namespace Qt::StringLiterals;

namespace fieldday {

void ShareCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"out"_s, u"Where to write the copy (must not exist)."_s, u"COPY"_s});
    parser.addOption({u"name"_s, u"Whose copy it is, as merges will name it."_s, u"NAME"_s});
}

int ShareCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s) || !parser.isSet(u"name"_s))
        throw Error(Error::Kind::BadInput, u"give --out COPY and --name NAME"_s);
    const auto file =
        EventFile::open(parser.positionalArguments().at(0), EventFile::Mode::ReadWrite);
    const CopySharing::Shared shared =
        CopySharing::share(*file, parser.value(u"out"_s), parser.value(u"name"_s));
    context.out << "Shared a copy for " << shared.name << " as " << parser.value(u"out"_s)
                << "; merge it back with: fieldday-cli merge " << parser.positionalArguments().at(0)
                << ' ' << parser.value(u"out"_s) << '\n';
    return ExitOk;
}

} // namespace fieldday
