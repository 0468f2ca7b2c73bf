#include "EventReport.h"

#include "DocumentStyle.h"
#include "OdtWriter.h"
#include "PdfFile.h"
#include "ReportImageHandler.h"
#include "plan/Manifest.h"
#include "plan/TreasureConsent.h"
#include "storage/Error.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QLocale>
#include <QMap>
#include <QPainter>
#include <QPdfWriter>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextLayout>
#include <QTextList>
#include <QTextTable>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

using Kind = ReportBlock::Kind;

ReportBlock block(Kind kind, const QString &text)
{
    ReportBlock b;
    b.kind = kind;
    b.text = text;
    return b;
}

QLocale english()
{
    return QLocale(QLocale::English, QLocale::UnitedKingdom);
}

QString questionList(const EventData &event, const QList<qint64> &ids)
{
    QStringList numbers;
    for (qint64 id : ids) {
        if (const int n = event.questionNumber(id))
            numbers << QString::number(n);
    }
    return numbers.join(u", "_s);
}

// Who came, by group and sector: from check-in once anyone has been checked in, else the
// people booked. Counts only.
void whoCame(const EventData &event, QList<ReportBlock> &blocks)
{
    bool checkIn = false;
    for (const Participant &p : event.participants)
        checkIn = checkIn || p.checkedInAt.isValid() || p.status == ParticipantStatus::Attended;
    auto came = [checkIn](const Participant &p) {
        if (checkIn)
            return p.status == ParticipantStatus::Attended ||
                   (p.checkedInAt.isValid() && p.status != ParticipantStatus::NoShow &&
                    p.status != ParticipantStatus::Cancelled);
        return p.status == ParticipantStatus::Booked || p.status == ParticipantStatus::Attended;
    };
    QStringList sectors = event.sectors;
    const QString notGiven = u"Not given"_s;
    QMap<qint64, QMap<QString, int>> counts;
    int total = 0;
    for (const Participant &p : event.participants) {
        const qint64 group = event.destinationOf(p.id);
        if (!group || !came(p))
            continue;
        QString sector = notGiven;
        for (const QString &s : event.sectors) {
            if (s.compare(p.sector, Qt::CaseInsensitive) == 0)
                sector = s;
        }
        if (sector == notGiven && !p.sector.trimmed().isEmpty()) {
            sector = p.sector.trimmed();
            if (!sectors.contains(sector))
                sectors << sector;
        }
        ++counts[group][sector];
        ++total;
    }
    blocks << block(Kind::Heading1, u"Who came"_s);
    blocks << block(Kind::Note,
                    checkIn
                        ? u"%1 people came, counted at check-in, by group and sector."_s.arg(total)
                        : u"No check-in was recorded: these are the %1 people booked, by "
                          "group and sector."_s.arg(total));
    // Only the sectors someone is in, and "Not given" last.
    QStringList columns;
    for (const QString &s : sectors) {
        for (const auto &bySector : std::as_const(counts)) {
            if (bySector.value(s) && !columns.contains(s))
                columns << s;
        }
    }
    bool unknown = false;
    for (const auto &bySector : std::as_const(counts))
        unknown = unknown || bySector.value(notGiven);
    if (unknown)
        columns << notGiven;
    ReportBlock table = block(Kind::Table, QString());
    table.rows << (QStringList{u"Group"_s} + columns + QStringList{u"Total"_s});
    QMap<QString, int> columnTotals;
    for (const Destination &d : event.destinations) {
        QStringList row{d.name};
        int sum = 0;
        for (const QString &c : columns) {
            const int n = counts.value(d.id).value(c);
            row << QString::number(n);
            sum += n;
            columnTotals[c] += n;
        }
        table.rows << (row << QString::number(sum));
    }
    QStringList last{u"All groups"_s};
    for (const QString &c : columns)
        last << QString::number(columnTotals.value(c));
    table.rows << (last << QString::number(total));
    blocks << table;
}

QString itemLine(const EventData &event, const TreasureItem &item)
{
    const Destination *d = event.destination(item.destinationId);
    QStringList parts;
    const QString credit = TreasureConsent::credit(event, item);
    if (!credit.isEmpty())
        parts << credit;
    if (d)
        parts << d->name;
    return parts.join(u", "_s);
}

} // namespace

QList<ReportBlock> EventReport::content(const EventData &event)
{
    QList<ReportBlock> blocks;
    const EventDetails &e = event.details;
    blocks << block(Kind::Title, e.title);
    QStringList subtitle{u"Event report"_s, english().toString(e.date, u"dddd d MMMM yyyy"_s)};
    if (const Place *hub = event.place(e.hubPlaceId))
        subtitle << hub->name + (hub->area.isEmpty() ? QString() : u", "_s + hub->area);
    blocks << block(Kind::Subtitle, subtitle.join(u"  ·  "_s));
    if (!e.description.isEmpty())
        blocks << block(Kind::Paragraph, e.description);
    QStringList by;
    if (!e.organisers.isEmpty())
        by << u"Organised by "_s + e.organisers;
    if (!e.partners.isEmpty())
        by << u"with "_s + e.partners;
    if (!by.isEmpty())
        blocks << block(Kind::Note, by.join(u' ') + u'.');

    if (!e.questions.isEmpty()) {
        blocks << block(Kind::Heading1, u"Research questions"_s);
        blocks << block(Kind::Paragraph, u"The day set out to test these questions:"_s);
        for (const ResearchQuestion &q : e.questions)
            blocks << block(Kind::Numbered, q.text);
    }

    blocks << block(Kind::Heading1, u"The visits"_s);
    for (const Destination &d : event.destinations) {
        blocks << block(Kind::Heading2, d.hostOrganisation.isEmpty()
                                            ? d.name
                                            : d.name + u": "_s + d.hostOrganisation);
        QStringList where;
        if (const Place *place = event.place(d.placeId)) {
            for (const QString &part : {place->name, place->address, place->area}) {
                if (!part.trimmed().isEmpty())
                    where << part.trimmed();
            }
        }
        QStringList facts;
        if (!where.isEmpty())
            facts << u"Where: "_s + where.join(u", "_s);
        if (!d.activity.isEmpty())
            facts << u"What: "_s + d.activity;
        if (d.visitStart.isValid())
            facts << u"When: "_s + style::timeRange(d.visitStart, d.visitEnd);
        if (!facts.isEmpty())
            blocks << block(Kind::Note, facts.join(u"  ·  "_s));
        if (!d.description.isEmpty())
            blocks << block(Kind::Paragraph, d.description);
    }

    whoCame(event, blocks);

    // What we found: each item once, under the first of its kinds in the event's order.
    const QList<const TreasureItem *> shown = TreasureConsent::shown(event, Audience::Report);
    QHash<qint64, QString> references; // item → how a finding refers to it
    if (!shown.isEmpty()) {
        blocks << block(Kind::Heading1, u"What we found"_s);
        blocks << block(Kind::Paragraph,
                        u"What the groups brought back, chosen for this report, by the kind of "
                        "treasure it speaks to. Photos were taken with the Photovoice method; "
                        "each is shown with the consent of the person who took it and of anyone "
                        "who can be recognised in it."_s);
        QStringList kinds = e.themes;
        kinds << QString(); // items of no kind, last
        int figure = 0;
        for (const QString &kind : kinds) {
            QList<const TreasureItem *> items;
            for (const TreasureItem *item : shown) {
                const QString first = item->themes.value(0);
                if (first == kind && !references.contains(item->id))
                    items << item;
            }
            if (items.isEmpty())
                continue;
            blocks << block(Kind::Heading2, kind.isEmpty() ? u"Other finds"_s : kind);
            for (const TreasureItem *item : items) {
                QStringList captionParts;
                if (item->isPhoto()) {
                    ReportBlock picture = block(Kind::Figure, QString());
                    picture.itemId = item->id;
                    picture.pixels = QSize(item->photo.width, item->photo.height);
                    picture.figure = ++figure;
                    blocks << picture;
                    references.insert(item->id, u"figure %1"_s.arg(figure));
                } else if (item->type == TreasureType::Quote) {
                    blocks << block(Kind::Quote, u"“"_s + item->text + u"”"_s);
                    references.insert(item->id, u"“%1”"_s.arg(item->text));
                } else {
                    blocks << block(Kind::Paragraph, item->text);
                    references.insert(item->id, item->caption.isEmpty()
                                                    ? u"an observation"_s
                                                    : u"“%1”"_s.arg(item->caption));
                }
                QString caption = item->caption;
                const QString who = itemLine(event, *item);
                if (!who.isEmpty())
                    caption += (caption.isEmpty() ? QString() : u" — "_s) + who;
                if (item->themes.size() > 1)
                    caption += u" (also: "_s + item->themes.mid(1).join(u", "_s) + u')';
                if (!item->questionIds.isEmpty())
                    caption += u". Question "_s + questionList(event, item->questionIds) + u'.';
                ReportBlock captionBlock = block(Kind::Caption, caption);
                captionBlock.figure = item->isPhoto() ? figure : 0;
                blocks << captionBlock;
                for (size_t a = 0; a < showedQuestions.size(); ++a) {
                    if (!item->showed[a].isEmpty())
                        blocks << block(Kind::Bullet,
                                        QString::fromLatin1(showedQuestions[a].label) + u' ' +
                                            item->showed[a]);
                }
            }
        }
    }

    if (!event.findings.isEmpty()) {
        blocks << block(Kind::Heading1, u"What we learned"_s);
        for (const Finding &f : event.findings) {
            blocks << block(Kind::Heading2, f.title);
            if (!f.text.isEmpty())
                blocks << block(Kind::Paragraph, f.text);
            QStringList notes;
            if (!questionList(event, f.questionIds).isEmpty())
                notes << u"Research question "_s + questionList(event, f.questionIds);
            QStringList from; // only what this report shows
            for (qint64 id : f.itemIds) {
                if (references.contains(id))
                    from << references.value(id);
            }
            if (!from.isEmpty())
                notes << u"drawn from "_s + from.join(u", "_s);
            if (!notes.isEmpty()) {
                QString note = notes.join(u"  ·  "_s);
                note[0] = note[0].toUpper();
                blocks << block(Kind::Note, note);
            }
        }
    }

    if (!e.contactEmail.isEmpty())
        blocks << block(Kind::Note, u"For more information about this event, contact "_s +
                                        e.contactEmail + u'.');
    return blocks;
}

namespace {

// A heading, or a figure, is moved to the next page rather than left at the foot of one,
// away from what follows it (QTextDocument has no keep-with-next of its own).
constexpr int keepWithNext = QTextFormat::UserProperty + 1;

// Changes are laid out lazily, only as far as they are asked about: this lays it all out.
void layOutWhole(QTextDocument &doc, const QSizeF &page)
{
    doc.setPageSize(QSizeF());
    doc.setPageSize(page);
}

void keepTogether(QTextDocument &doc, const QSizeF &page)
{
    QAbstractTextDocumentLayout *layout = doc.documentLayout();
    const qreal height = page.height();
    // One move at a time, the whole document laid out again after each: a move shifts
    // everything after it. A report has a handful of such moves.
    for (int moves = 0; moves < 200; ++moves) {
        layOutWhole(doc, page);
        bool moved = false;
        for (QTextBlock block = doc.begin(); block.isValid() && !moved; block = block.next()) {
            const QTextBlock next = block.next();
            if (!block.blockFormat().boolProperty(keepWithNext) || !next.isValid() ||
                block.blockFormat().pageBreakPolicy() == QTextFormat::PageBreak_AlwaysBefore)
                continue;
            const qreal top = layout->blockBoundingRect(block).top();
            qreal followsAt = layout->blockBoundingRect(next).top();
            if (next.layout() && next.layout()->lineCount() > 0)
                followsAt += next.layout()->lineAt(0).rect().bottom();
            const int onPage = int(top / height);
            if (onPage == int(followsAt / height) || qFuzzyCompare(onPage * height + 1, top + 1))
                continue; // together, or already at the top of a page
            QTextBlockFormat format = block.blockFormat();
            format.setPageBreakPolicy(QTextFormat::PageBreak_AlwaysBefore);
            QTextCursor(block).setBlockFormat(format);
            moved = true;
        }
        if (!moved)
            return;
    }
}

// 96 px to the inch, as QTextDocument measures images: a figure spans the column.
constexpr qreal figureWidth = 600;
constexpr qreal figureMaxHeight = 560;

QTextCharFormat charFormat(qreal points, QFont::Weight weight = QFont::Normal,
                           const QColor &colour = Qt::black, bool italic = false)
{
    QTextCharFormat f;
    f.setFontFamilies({u"DejaVu Sans"_s});
    f.setFontPointSize(points);
    f.setFontWeight(weight);
    f.setFontItalic(italic);
    f.setForeground(colour);
    return f;
}

} // namespace

std::unique_ptr<QTextDocument> EventReport::textDocument(const QList<ReportBlock> &blocks,
                                                         const PhotoLoader &photos)
{
    auto doc = std::make_unique<QTextDocument>();
    doc->documentLayout()->registerHandler(QTextFormat::ImageObject,
                                           new ReportImageHandler(photos, doc.get()));
    QFont base(u"DejaVu Sans"_s);
    base.setPointSizeF(10);
    base.setStyleStrategy(QFont::PreferNoShaping); // "ff" stays two letters, searchable
    doc->setDefaultFont(base);
    QTextCursor cursor(doc.get());
    bool first = true;
    QTextList *list = nullptr;
    Kind listKind = Kind::Paragraph;
    const QColor grey = style::grey();
    for (const ReportBlock &b : blocks) {
        QTextBlockFormat format;
        format.setBottomMargin(6);
        QTextCharFormat chars = charFormat(10);
        switch (b.kind) {
        case Kind::Title:
            chars = charFormat(24, QFont::Bold);
            format.setBottomMargin(2);
            break;
        case Kind::Subtitle:
            chars = charFormat(11, QFont::Normal, grey);
            format.setBottomMargin(16);
            break;
        case Kind::Heading1:
            format.setHeadingLevel(1);
            format.setProperty(keepWithNext, true);
            format.setTopMargin(18);
            chars = charFormat(16, QFont::Bold);
            break;
        case Kind::Heading2:
            format.setHeadingLevel(2);
            format.setProperty(keepWithNext, true);
            format.setTopMargin(10);
            chars = charFormat(12, QFont::Bold);
            break;
        case Kind::Note:
            chars = charFormat(8.5, QFont::Normal, grey);
            break;
        case Kind::Quote:
            format.setLeftMargin(24);
            format.setRightMargin(24);
            chars = charFormat(12, QFont::Normal, Qt::black, true);
            break;
        case Kind::Figure:
            format.setProperty(keepWithNext, true); // with its caption
            format.setAlignment(Qt::AlignHCenter);
            format.setTopMargin(6);
            format.setBottomMargin(2);
            break;
        case Kind::Caption:
            chars = charFormat(8.5, QFont::Normal, QColor(0x33, 0x33, 0x33), true);
            format.setBottomMargin(10);
            break;
        default:
            break;
        }
        if (first)
            cursor.setBlockFormat(format);
        else
            cursor.insertBlock(format, chars);
        first = false;
        cursor.setCharFormat(chars);

        const bool listItem = b.kind == Kind::Numbered || b.kind == Kind::Bullet;
        if (listItem) {
            if (!list || listKind != b.kind) {
                QTextListFormat listFormat;
                listFormat.setStyle(b.kind == Kind::Numbered ? QTextListFormat::ListDecimal
                                                             : QTextListFormat::ListDisc);
                list = cursor.createList(listFormat);
                listKind = b.kind;
            } else {
                list->add(cursor.block());
            }
        } else {
            list = nullptr;
        }

        switch (b.kind) {
        case Kind::Figure: {
            // Read and decoded by the handler only when its page is painted.
            QTextImageFormat image;
            image.setName(ReportImageHandler::formatName(b.itemId));
            const QSizeF size =
                QSizeF(b.pixels).scaled(figureWidth, figureMaxHeight, Qt::KeepAspectRatio);
            image.setWidth(size.width());
            image.setHeight(size.height());
            cursor.insertImage(image);
            break;
        }
        case Kind::Caption:
            if (b.figure) {
                cursor.insertText(u"Figure %1. "_s.arg(b.figure),
                                  charFormat(8.5, QFont::Bold, QColor(0x33, 0x33, 0x33), true));
                cursor.setCharFormat(chars);
            }
            cursor.insertText(b.text);
            break;
        case Kind::Table: {
            if (b.rows.isEmpty())
                break;
            QTextTableFormat tableFormat;
            tableFormat.setCellPadding(3);
            tableFormat.setCellSpacing(0);
            tableFormat.setBorder(0.5);
            tableFormat.setBorderBrush(QColor(0xcc, 0xcc, 0xcc));
            tableFormat.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
            tableFormat.setHeaderRowCount(1);
            QTextTable *table =
                cursor.insertTable(int(b.rows.size()), int(b.rows.first().size()), tableFormat);
            for (int r = 0; r < b.rows.size(); ++r) {
                for (int c = 0; c < b.rows[r].size(); ++c) {
                    QTextTableCell cell = table->cellAt(r, c);
                    QTextCursor at = cell.firstCursorPosition();
                    QTextBlockFormat cellFormat;
                    cellFormat.setAlignment(c == 0 ? Qt::AlignLeft : Qt::AlignRight);
                    at.setBlockFormat(cellFormat);
                    const bool header = r == 0 || r == b.rows.size() - 1 || c == 0;
                    at.insertText(b.rows[r][c],
                                  charFormat(8.5, header ? QFont::DemiBold : QFont::Normal));
                    if (r == 0) {
                        QTextTableCellFormat shade;
                        shade.setBackground(style::zebra());
                        cell.setFormat(shade);
                    }
                }
            }
            cursor.movePosition(QTextCursor::End);
            break;
        }
        default:
            cursor.insertText(b.text);
        }
    }
    return doc;
}

int EventReport::paint(QPagedPaintDevice *device, const QList<ReportBlock> &blocks,
                       const PhotoLoader &photos, const QString &footer, int maxPages)
{
    const std::unique_ptr<QTextDocument> doc = textDocument(blocks, photos);
    // Laid out in the device's own pixels, so fonts and figures are measured as printed.
    doc->documentLayout()->setPaintDevice(device);
    QTextFrameFormat frame = doc->rootFrame()->frameFormat();
    frame.setMargin(0);
    doc->rootFrame()->setFrameFormat(frame);
    const QRectF paper = device->pageLayout().paintRectPixels(device->logicalDpiX());
    const qreal footerHeight = device->logicalDpiY() * 0.35; // about 9 mm
    const QSizeF body(paper.width(), paper.height() - footerHeight);
    doc->setPageSize(body);
    keepTogether(*doc, body);
    const int pages = doc->pageCount();
    const int painted = maxPages > 0 ? qMin(pages, maxPages) : pages;
    QPainter painter(device);
    QFont small(u"DejaVu Sans"_s);
    small.setPointSizeF(7.5);
    for (int page = 0; page < painted; ++page) {
        if (page > 0)
            device->newPage();
        painter.save();
        painter.translate(0, -page * body.height());
        doc->drawContents(&painter, QRectF(0, page * body.height(), body.width(), body.height()));
        painter.restore();
        const QRectF area(0, body.height() + footerHeight * 0.35, body.width(),
                          footerHeight * 0.65);
        painter.setPen(QPen(QColor(0xbb, 0xbb, 0xbb), device->logicalDpiY() / 150.0));
        painter.drawLine(area.topLeft(), area.topRight());
        painter.setFont(small);
        painter.setPen(QColor(0x55, 0x55, 0x55));
        painter.drawText(area, Qt::AlignLeft | Qt::AlignVCenter, footer);
        painter.drawText(area, Qt::AlignRight | Qt::AlignVCenter,
                         u"Page %1 of %2"_s.arg(page + 1).arg(pages));
    }
    return painted;
}

QMarginsF EventReport::margins()
{
    return QMarginsF(20, 18, 20, 12);
}

int EventReport::writePdf(const QString &path, const EventData &event, const PhotoLoader &photos,
                          const QPageSize &paper)
{
    const QPageLayout layout(paper, QPageLayout::Portrait, margins(), QPageLayout::Millimeter);
    return PdfFile::write(path, {300, event.details.title + u" — report"_s, layout},
                          [&](QPdfWriter *pdf) {
                              return paint(pdf, content(event), photos, footer(event));
                          });
}

QString EventReport::footer(const EventData &event)
{
    return event.details.title + u"  ·  Event report"_s;
}

void EventReport::writeOdt(const QString &path, const EventData &event, const PhotoLoader &photos)
{
    if (QFileInfo(path).suffix().toLower() != u"odt"_s)
        throw Error(Error::Kind::BadInput, path + u": the name must end in .odt"_s);
    OdtWriter::write(path, event.details.title + u" — report"_s, content(event), photos);
}

int EventReport::write(const QString &path, const EventData &event, const PhotoLoader &photos,
                       const QPageSize &paper)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"odt"_s) {
        writeOdt(path, event, photos);
        return 0;
    }
    if (suffix == u"pdf"_s)
        return writePdf(path, event, photos, paper);
    throw Error(Error::Kind::BadInput,
                path + u": the report is written as .pdf or .odt (OpenDocument text)"_s);
}

} // namespace fieldday
