#include "GenerateCommand.h"

#include "sample/EventGenerator.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {
int positiveOption(const QCommandLineParser &parser, const QString &name, int minimum, int maximum)
{
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < minimum || value > maximum)
        throw Error(Error::Kind::BadInput,
                    u"--%1: expected a whole number from %2 to %3, got \"%4\""_s.arg(name)
                        .arg(minimum)
                        .arg(maximum)
                        .arg(parser.value(name)));
    return value;
}
} // namespace

void GenerateCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"participants"_s, u"How many people book."_s, u"N"_s});
    parser.addOption({u"destinations"_s, u"How many destination groups."_s, u"K"_s});
    parser.addOption(
        {u"choices"_s, u"Each person ranks 1 to C destinations (default 3)."_s, u"C"_s, u"3"_s});
    parser.addOption(
        {u"seed"_s, u"Random seed (default 1): the same seed, the same event."_s, u"S"_s, u"1"_s});
}

int GenerateCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"participants"_s) || !parser.isSet(u"destinations"_s))
        throw Error(Error::Kind::BadInput, u"--participants and --destinations are required"_s);
    EventGenerator::Options options;
    options.participants = positiveOption(parser, u"participants"_s, 0, 10'000'000);
    options.destinations = positiveOption(parser, u"destinations"_s, 1, 1000);
    options.maxChoices = positiveOption(parser, u"choices"_s, 1, 1000);
    bool ok = false;
    options.seed = parser.value(u"seed"_s).toULongLong(&ok);
    if (!ok)
        throw Error(Error::Kind::BadInput, u"--seed: expected a whole number"_s);

    const QString path = parser.positionalArguments().at(0);
    EventFile::create(path, [&options](EventFile &file) {
        EventWriter::writeAll(file, EventGenerator::generate(options));
    });
    context.out << "Created " << path << ": " << options.participants << " participants, "
                << options.destinations << " destinations (seed " << options.seed << ")\n";
    return ExitOk;
}

} // namespace fieldday
