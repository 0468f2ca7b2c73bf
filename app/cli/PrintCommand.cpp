#include "PrintCommand.h"

#include "EventOpening.h"
#include "GroupOption.h"
#include "documents/BadgeDocument.h"
#include "documents/DaySheetDocument.h"
#include "documents/ManifestDocument.h"
#include "documents/PageCanvas.h"
#include "documents/RosterDocument.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

using namespace Qt::StringLiterals;

namespace fieldday {

QString PrintCommand::name() const
{
    switch (m_document) {
    case Document::Roster:
        return u"roster"_s;
    case Document::DaySheet:
        return u"daysheet"_s;
    case Document::Manifest:
        return u"manifest"_s;
    case Document::Badges:
        return u"badges"_s;
    }
    return {};
}

QString PrintCommand::summary() const
{
    switch (m_document) {
    case Document::Roster:
        return u"Print group rosters (PDF): one section per group, a tick-box per member."_s;
    case Document::DaySheet:
        return u"Print the day sheet (PDF): every group's day on one page, and who to call."_s;
    case Document::Manifest:
        return u"Print transport manifests (PDF): one page per leg, with a headcount box."_s;
    case Document::Badges:
        return u"Print name badges (PDF): eight a sheet, in the group's colour."_s;
    }
    return {};
}

void PrintCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"out"_s, u"The PDF to write."_s, u"F.pdf"_s});
    if (m_document == Document::Roster || m_document == Document::Manifest)
        parser.addOption({u"group"_s, u"Only this group."_s, u"NAME"_s});
    if (m_document == Document::Roster)
        parser.addOption({u"for"_s,
                          u"Whose copy: lead (default: every member's mobile) or host (mobiles "
                          "only with consent, needs in counts)."_s,
                          u"lead|host"_s, u"lead"_s});
    parser.addOption({u"paper"_s, u"a4 (default) or letter."_s, u"PAPER"_s, u"a4"_s});
}

int PrintCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    if (!parser.isSet(u"out"_s))
        throw Error(Error::Kind::BadInput, u"--out: required (F.pdf)"_s);
    const QString paperName = parser.value(u"paper"_s).toLower();
    if (paperName != u"a4"_s && paperName != u"letter"_s)
        throw Error(Error::Kind::BadInput,
                    u"--paper: expected a4 or letter, got \"%1\""_s.arg(paperName));
    const auto paper =
        paperName == u"letter"_s ? DocumentRenderer::Paper::Letter : DocumentRenderer::Paper::A4;
    RosterDocument::Audience audience = RosterDocument::Audience::Lead;
    if (m_document == Document::Roster) {
        const QString forWhom = parser.value(u"for"_s).toLower();
        if (forWhom != u"lead"_s && forWhom != u"host"_s)
            throw Error(Error::Kind::BadInput,
                        u"--for: expected lead or host, got \"%1\""_s.arg(parser.value(u"for"_s)));
        audience =
            forWhom == u"host"_s ? RosterDocument::Audience::Host : RosterDocument::Audience::Lead;
    }
    const auto file = EventOpening::forReading(parser.positionalArguments().at(0), context);
    const EventData event = EventReader::load(*file);
    const qint64 group = (m_document == Document::Roster || m_document == Document::Manifest)
                             ? groupOption(parser, event)
                             : 0;
    const QString title = event.details.title;
    const QString out = parser.value(u"out"_s);
    int pages = 0;
    switch (m_document) {
    case Document::Roster:
        pages = DocumentRenderer::writePdf(
            out, paper, QPageLayout::Portrait,
            title + u" — rosters for the "_s +
                (audience == RosterDocument::Audience::Lead ? u"group lead"_s : u"host"_s),
            RosterDocument::footer(title, audience),
            [&](PageCanvas &c) { RosterDocument::render(c, event, group, audience); });
        break;
    case Document::DaySheet:
        pages = DocumentRenderer::writePdf(
            out, paper, QPageLayout::Landscape, title + u" — day sheet"_s,
            title + u" · Day sheet"_s, [&](PageCanvas &c) { DaySheetDocument::render(c, event); });
        break;
    case Document::Manifest:
        pages =
            DocumentRenderer::writePdf(out, paper, QPageLayout::Portrait, title + u" — manifests"_s,
                                       title + u" · Transport manifest"_s, [&](PageCanvas &c) {
                                           ManifestDocument::render(c, event, group);
                                       });
        break;
    case Document::Badges:
        pages = DocumentRenderer::writePdf(out, paper, QPageLayout::Portrait,
                                           title + u" — badges"_s, title + u" · Name badges"_s,
                                           [&](PageCanvas &c) { BadgeDocument::render(c, event); });
        break;
    }
    context.out << "Wrote " << out << ": " << pages << (pages == 1 ? " page" : " pages");
    if (m_document == Document::Roster)
        context.out << ", the "
                    << (audience == RosterDocument::Audience::Lead ? "group lead" : "host")
                    << "'s copy";
    context.out << '\n';
    return ExitOk;
}

} // namespace fieldday
