#include "ReportCommand.h"

#include "documents/EventReport.h"
#include "plan/TreasureConsent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/TreasureRepository.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fieldday {

void ReportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"out"_s,
                      u"The report to write: .pdf, or .odt (OpenDocument text) to edit."_s,
                      u"F.pdf|F.odt"_s});
}

int ReportCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        throw Error(Error::Kind::BadInput, u"--out: required (F.pdf or F.odt)"_s);
    const QString out = parser.value(u"out"_s);
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != u"pdf"_s && suffix != u"odt"_s)
        throw Error(Error::Kind::BadInput,
                    u"--out: %1: the report is written as .pdf or .odt"_s.arg(out));
    const auto file =
        EventFile::open(parser.positionalArguments().at(0), EventFile::Mode::ReadOnly);
    const EventData event = EventReader::load(*file);
    TreasureRepository treasure(*file);
    const int pages =
        EventReport::write(out, event, [&treasure](qint64 id) { return treasure.photo(id); });
    qsizetype photos = 0, finds = 0;
    for (const TreasureItem *item : TreasureConsent::shown(event, Audience::Report)) {
        ++finds;
        photos += item->isPhoto();
    }
    context.out << "Wrote " << out << ": ";
    if (pages > 0)
        context.out << pages << (pages == 1 ? " page, " : " pages, ");
    context.out << finds << " finds (" << photos << (photos == 1 ? " photo" : " photos") << "), "
                << event.findings.size() << " findings\n";
    return ExitOk;
}

} // namespace fieldday
