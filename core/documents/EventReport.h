#pragma once

#include "ReportBlock.h"
#include "model/EventData.h"

#include <QMarginsF>
#include <QPageSize>
#include <memory>

class QPagedPaintDevice;
class QTextDocument;

namespace fieldday {

// The event report, after the day: the event and its purpose, the research questions, each
// visit, who came (counts by group and sector, never names), the treasure chosen for the
// report by kind of treasure with captions, and what we learned. Only what may be published
// goes in (TreasureConsent, Audience::Report); the finder is named only if they asked to be.
class EventReport
{
public:
    static QList<ReportBlock> content(const EventData &event);

    // The report laid out for paper (A4) or a preview; photos are kept as their encoded bytes
    // and decoded only as a page is painted.
    static std::unique_ptr<QTextDocument> textDocument(const QList<ReportBlock> &blocks,
                                                       const PhotoLoader &photos);

    // Paints the report page by page on any paged device (a PDF, a printer, a preview), with
    // "Page x of y" below each; at most `maxPages` (0: all). Returns the pages painted.
    static int paint(QPagedPaintDevice *device, const QList<ReportBlock> &blocks,
                     const PhotoLoader &photos, const QString &footer, int maxPages = 0);
    static QString footer(const EventData &event);
    static QMarginsF margins(); // millimetres, portrait

    // By the name's suffix: .pdf or .odt. Written whole or not at all. Returns the pages of a
    // PDF, 0 for an ODT (its pages are the word processor's). Throws Error.
    static int write(const QString &path, const EventData &event, const PhotoLoader &photos,
                     const QPageSize &paper = QPageSize(QPageSize::A4));
    static int writePdf(const QString &path, const EventData &event, const PhotoLoader &photos,
                        const QPageSize &paper = QPageSize(QPageSize::A4));
    static void writeOdt(const QString &path, const EventData &event, const PhotoLoader &photos);
};

} // namespace fieldday
