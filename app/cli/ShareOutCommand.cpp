#include "ShareOutCommand.h"

#include "documents/ShareOutDeck.h"
#include "plan/TreasureConsent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/TreasureRepository.h"

using namespace Qt::StringLiterals;

namespace fieldday {

void ShareOutCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"out"_s, u"The PDF to write."_s, u"F.pdf"_s});
}

int ShareOutCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        throw Error(Error::Kind::BadInput, u"--out: required (F.pdf)"_s);
    const auto file =
        EventFile::open(parser.positionalArguments().at(0), EventFile::Mode::ReadOnly);
    const EventData event = EventReader::load(*file);
    TreasureRepository treasure(*file);
    const QString out = parser.value(u"out"_s);
    const int slides =
        ShareOutDeck::writePdf(out, event, [&treasure](qint64 id) { return treasure.photo(id); });
    qsizetype photos = 0, finds = 0;
    for (const TreasureItem *item : TreasureConsent::shown(event, Audience::ShareOut)) {
        ++finds;
        photos += item->isPhoto();
    }
    context.out << "Wrote " << out << ": " << slides << " slides, " << finds << " finds (" << photos
                << (photos == 1 ? " photo" : " photos") << ") from " << event.destinations.size()
                << " groups\n";
    return ExitOk;
}

} // namespace fieldday
