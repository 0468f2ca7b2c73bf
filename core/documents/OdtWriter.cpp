#include "OdtWriter.h"

#include "storage/Error.h"

#include <QDateTime>
#include <QFile>
#include <QXmlStreamWriter>
#include <list>
#include <zip.h>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

const QString officeNs = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0"_s;
const QString styleNs = u"urn:oasis:names:tc:opendocument:xmlns:style:1.0"_s;
const QString textNs = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0"_s;
const QString tableNs = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0"_s;
const QString drawNs = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"_s;
const QString foNs = u"urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"_s;
const QString xlinkNs = u"http://www.w3.org/1999/xlink"_s;
const QString svgNs = u"urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"_s;
const QString metaNs = u"urn:oasis:names:tc:opendocument:xmlns:meta:1.0"_s;
const QString dcNs = u"http://purl.org/dc/elements/1.1/"_s;
const QString manifestNs = u"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"_s;

constexpr double figureWidthCm = 15.0;
constexpr double figureMaxHeightCm = 12.5;

void declareNamespaces(QXmlStreamWriter &xml)
{
    xml.writeNamespace(officeNs, u"office"_s);
    xml.writeNamespace(styleNs, u"style"_s);
    xml.writeNamespace(textNs, u"text"_s);
    xml.writeNamespace(tableNs, u"table"_s);
    xml.writeNamespace(drawNs, u"draw"_s);
    xml.writeNamespace(foNs, u"fo"_s);
    xml.writeNamespace(xlinkNs, u"xlink"_s);
    xml.writeNamespace(svgNs, u"svg"_s);
}

// <style:style> with paragraph and text properties, given as attribute lists.
void paragraphStyle(QXmlStreamWriter &xml, const QString &name, const QString &displayName,
                    const QString &parent, const QList<std::pair<QString, QString>> &paragraph,
                    const QList<std::pair<QString, QString>> &text, int outlineLevel = 0)
{
    xml.writeStartElement(styleNs, u"style"_s);
    xml.writeAttribute(styleNs, u"name"_s, name);
    if (!displayName.isEmpty())
        xml.writeAttribute(styleNs, u"display-name"_s, displayName);
    xml.writeAttribute(styleNs, u"family"_s, u"paragraph"_s);
    if (!parent.isEmpty())
        xml.writeAttribute(styleNs, u"parent-style-name"_s, parent);
    if (outlineLevel)
        xml.writeAttribute(styleNs, u"default-outline-level"_s, QString::number(outlineLevel));
    xml.writeAttribute(styleNs, u"class"_s, u"text"_s);
    auto properties = [&xml](const QString &element,
                             const QList<std::pair<QString, QString>> &attributes) {
        if (attributes.isEmpty())
            return;
        xml.writeStartElement(styleNs, element);
        for (const auto &[key, value] : attributes) {
            const QString prefix = key.section(u':', 0, 0);
            const QString local = key.section(u':', 1);
            xml.writeAttribute(prefix == u"fo"_s ? foNs : styleNs, local, value);
        }
        xml.writeEndElement();
    };
    properties(u"paragraph-properties"_s, paragraph);
    properties(u"text-properties"_s, text);
    xml.writeEndElement();
}

void listStyle(QXmlStreamWriter &xml, const QString &name, const QString &displayName,
               bool numbered)
{
    xml.writeStartElement(textNs, u"list-style"_s);
    xml.writeAttribute(styleNs, u"name"_s, name);
    xml.writeAttribute(styleNs, u"display-name"_s, displayName);
    xml.writeStartElement(textNs,
                          numbered ? u"list-level-style-number"_s : u"list-level-style-bullet"_s);
    xml.writeAttribute(textNs, u"level"_s, u"1"_s);
    if (numbered) {
        xml.writeAttribute(styleNs, u"num-suffix"_s, u"."_s);
        xml.writeAttribute(styleNs, u"num-format"_s, u"1"_s);
    } else {
        xml.writeAttribute(textNs, u"bullet-char"_s, u"•"_s);
    }
    xml.writeStartElement(styleNs, u"list-level-properties"_s);
    xml.writeAttribute(textNs, u"list-level-position-and-space-mode"_s, u"label-alignment"_s);
    xml.writeStartElement(styleNs, u"list-level-label-alignment"_s);
    xml.writeAttribute(textNs, u"label-followed-by"_s, u"listtab"_s);
    xml.writeAttribute(textNs, u"list-tab-stop-position"_s, u"0.7cm"_s);
    xml.writeAttribute(foNs, u"text-indent"_s, u"-0.6cm"_s);
    xml.writeAttribute(foNs, u"margin-left"_s, u"0.7cm"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement();
}

QByteArray stylesXml(const QString &title)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    declareNamespaces(xml); // on the root element, before it is written
    xml.writeStartElement(officeNs, u"document-styles"_s);
    xml.writeAttribute(officeNs, u"version"_s, u"1.3"_s);

    xml.writeStartElement(officeNs, u"font-face-decls"_s);
    xml.writeStartElement(styleNs, u"font-face"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"DejaVu Sans"_s);
    xml.writeAttribute(svgNs, u"font-family"_s, u"'DejaVu Sans'"_s);
    xml.writeAttribute(styleNs, u"font-family-generic"_s, u"swiss"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    xml.writeStartElement(officeNs, u"styles"_s);
    xml.writeStartElement(styleNs, u"default-style"_s);
    xml.writeAttribute(styleNs, u"family"_s, u"paragraph"_s);
    xml.writeStartElement(styleNs, u"text-properties"_s);
    xml.writeAttribute(styleNs, u"font-name"_s, u"DejaVu Sans"_s);
    xml.writeAttribute(foNs, u"font-size"_s, u"10pt"_s);
    xml.writeAttribute(foNs, u"language"_s, u"en"_s);
    xml.writeAttribute(foNs, u"country"_s, u"GB"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    using A = QList<std::pair<QString, QString>>;
    paragraphStyle(xml, u"Standard"_s, {}, {}, {}, {});
    paragraphStyle(xml, u"Text_20_body"_s, u"Text body"_s, u"Standard"_s,
                   A{{u"fo:margin-top"_s, u"0cm"_s},
                     {u"fo:margin-bottom"_s, u"0.22cm"_s},
                     {u"fo:line-height"_s, u"120%"_s}},
                   {});
    paragraphStyle(xml, u"Heading"_s, {}, u"Standard"_s,
                   A{{u"fo:margin-top"_s, u"0.5cm"_s},
                     {u"fo:margin-bottom"_s, u"0.2cm"_s},
                     {u"fo:keep-with-next"_s, u"always"_s}},
                   A{{u"fo:font-weight"_s, u"bold"_s}});
    paragraphStyle(xml, u"Heading_20_1"_s, u"Heading 1"_s, u"Heading"_s, {},
                   A{{u"fo:font-size"_s, u"16pt"_s}}, 1);
    paragraphStyle(xml, u"Heading_20_2"_s, u"Heading 2"_s, u"Heading"_s,
                   A{{u"fo:margin-top"_s, u"0.35cm"_s}}, A{{u"fo:font-size"_s, u"12pt"_s}}, 2);
    paragraphStyle(xml, u"Title"_s, {}, u"Standard"_s, A{{u"fo:margin-bottom"_s, u"0.1cm"_s}},
                   A{{u"fo:font-size"_s, u"24pt"_s}, {u"fo:font-weight"_s, u"bold"_s}});
    paragraphStyle(xml, u"Subtitle"_s, {}, u"Standard"_s, A{{u"fo:margin-bottom"_s, u"0.6cm"_s}},
                   A{{u"fo:font-size"_s, u"11pt"_s}, {u"fo:color"_s, u"#666666"_s}});
    paragraphStyle(xml, u"Note"_s, {}, u"Text_20_body"_s, {},
                   A{{u"fo:font-size"_s, u"8.5pt"_s}, {u"fo:color"_s, u"#666666"_s}});
    paragraphStyle(xml, u"Quotations"_s, {}, u"Text_20_body"_s,
                   A{{u"fo:margin-left"_s, u"1cm"_s}, {u"fo:margin-right"_s, u"1cm"_s}},
                   A{{u"fo:font-size"_s, u"12pt"_s}, {u"fo:font-style"_s, u"italic"_s}});
    paragraphStyle(xml, u"Figure"_s, {}, u"Standard"_s,
                   A{{u"fo:text-align"_s, u"center"_s},
                     {u"fo:margin-top"_s, u"0.2cm"_s},
                     {u"fo:margin-bottom"_s, u"0.1cm"_s},
                     {u"fo:keep-with-next"_s, u"always"_s}},
                   {});
    paragraphStyle(xml, u"Caption"_s, {}, u"Standard"_s, A{{u"fo:margin-bottom"_s, u"0.35cm"_s}},
                   A{{u"fo:font-size"_s, u"8.5pt"_s}, {u"fo:font-style"_s, u"italic"_s}});
    paragraphStyle(xml, u"Table_20_Contents"_s, u"Table Contents"_s, u"Standard"_s,
                   A{{u"fo:margin-bottom"_s, u"0cm"_s}}, A{{u"fo:font-size"_s, u"8.5pt"_s}});
    paragraphStyle(xml, u"Table_20_Heading"_s, u"Table Heading"_s, u"Table_20_Contents"_s, {},
                   A{{u"fo:font-weight"_s, u"bold"_s}});
    paragraphStyle(xml, u"Footer"_s, {}, u"Standard"_s, {},
                   A{{u"fo:font-size"_s, u"7.5pt"_s}, {u"fo:color"_s, u"#555555"_s}});
    listStyle(xml, u"Numbering_20_123"_s, u"Numbering 123"_s, true);
    listStyle(xml, u"List_20_1"_s, u"List 1"_s, false);
    xml.writeEndElement(); // styles

    xml.writeStartElement(officeNs, u"automatic-styles"_s);
    xml.writeStartElement(styleNs, u"page-layout"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"pm1"_s);
    xml.writeStartElement(styleNs, u"page-layout-properties"_s);
    xml.writeAttribute(foNs, u"page-width"_s, u"21cm"_s);
    xml.writeAttribute(foNs, u"page-height"_s, u"29.7cm"_s);
    xml.writeAttribute(styleNs, u"print-orientation"_s, u"portrait"_s);
    xml.writeAttribute(foNs, u"margin-top"_s, u"1.8cm"_s);
    xml.writeAttribute(foNs, u"margin-bottom"_s, u"1.2cm"_s);
    xml.writeAttribute(foNs, u"margin-left"_s, u"2cm"_s);
    xml.writeAttribute(foNs, u"margin-right"_s, u"2cm"_s);
    xml.writeEndElement();
    xml.writeStartElement(styleNs, u"footer-style"_s);
    xml.writeStartElement(styleNs, u"header-footer-properties"_s);
    xml.writeAttribute(foNs, u"min-height"_s, u"0.6cm"_s);
    xml.writeAttribute(foNs, u"margin-top"_s, u"0.3cm"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // page-layout
    xml.writeEndElement(); // automatic-styles

    xml.writeStartElement(officeNs, u"master-styles"_s);
    xml.writeStartElement(styleNs, u"master-page"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"Standard"_s);
    xml.writeAttribute(styleNs, u"page-layout-name"_s, u"pm1"_s);
    xml.writeStartElement(styleNs, u"footer"_s);
    xml.writeStartElement(textNs, u"p"_s);
    xml.writeAttribute(textNs, u"style-name"_s, u"Footer"_s);
    xml.writeCharacters(title + u"  ·  page "_s);
    xml.writeStartElement(textNs, u"page-number"_s);
    xml.writeAttribute(textNs, u"select-page"_s, u"current"_s);
    xml.writeCharacters(u"1"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndElement(); // footer
    xml.writeEndElement(); // master-page
    xml.writeEndElement(); // master-styles
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

void paragraph(QXmlStreamWriter &xml, const QString &style, const QString &text)
{
    xml.writeStartElement(textNs, u"p"_s);
    xml.writeAttribute(textNs, u"style-name"_s, style);
    xml.writeCharacters(text);
    xml.writeEndElement();
}

// Cell styles of the table: a thin rule around every cell, the header row shaded.
void tableStyles(QXmlStreamWriter &xml)
{
    xml.writeStartElement(styleNs, u"style"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"Table1"_s);
    xml.writeAttribute(styleNs, u"family"_s, u"table"_s);
    xml.writeStartElement(styleNs, u"table-properties"_s);
    xml.writeAttribute(styleNs, u"width"_s, u"17cm"_s);
    xml.writeAttribute(tableNs, u"align"_s, u"margins"_s);
    xml.writeAttribute(foNs, u"margin-bottom"_s, u"0.3cm"_s);
    xml.writeEndElement();
    xml.writeEndElement();
    for (const auto &[name, shade] :
         {std::pair{u"Table1.Cell"_s, QString()}, std::pair{u"Table1.Head"_s, u"#f3f4f6"_s}}) {
        xml.writeStartElement(styleNs, u"style"_s);
        xml.writeAttribute(styleNs, u"name"_s, name);
        xml.writeAttribute(styleNs, u"family"_s, u"table-cell"_s);
        xml.writeStartElement(styleNs, u"table-cell-properties"_s);
        xml.writeAttribute(foNs, u"padding"_s, u"0.08cm"_s);
        xml.writeAttribute(foNs, u"border"_s, u"0.5pt solid #cccccc"_s);
        if (!shade.isEmpty())
            xml.writeAttribute(foNs, u"background-color"_s, shade);
        xml.writeEndElement();
        xml.writeEndElement();
    }
    xml.writeStartElement(styleNs, u"style"_s);
    xml.writeAttribute(styleNs, u"name"_s, u"fr1"_s);
    xml.writeAttribute(styleNs, u"family"_s, u"graphic"_s);
    xml.writeStartElement(styleNs, u"graphic-properties"_s);
    xml.writeAttribute(styleNs, u"vertical-pos"_s, u"top"_s);
    xml.writeAttribute(styleNs, u"vertical-rel"_s, u"baseline"_s);
    xml.writeEndElement();
    xml.writeEndElement();
}

void table(QXmlStreamWriter &xml, const QList<QStringList> &rows, int number)
{
    if (rows.isEmpty())
        return;
    xml.writeStartElement(tableNs, u"table"_s);
    xml.writeAttribute(tableNs, u"name"_s, u"Table%1"_s.arg(number));
    xml.writeAttribute(tableNs, u"style-name"_s, u"Table1"_s);
    xml.writeStartElement(tableNs, u"table-column"_s);
    xml.writeAttribute(tableNs, u"number-columns-repeated"_s, QString::number(rows.first().size()));
    xml.writeEndElement();
    for (qsizetype r = 0; r < rows.size(); ++r) {
        if (r == 0)
            xml.writeStartElement(tableNs, u"table-header-rows"_s);
        xml.writeStartElement(tableNs, u"table-row"_s);
        for (qsizetype c = 0; c < rows[r].size(); ++c) {
            xml.writeStartElement(tableNs, u"table-cell"_s);
            xml.writeAttribute(tableNs, u"style-name"_s,
                               r == 0 ? u"Table1.Head"_s : u"Table1.Cell"_s);
            bool isNumber = false;
            rows[r][c].toInt(&isNumber);
            if (isNumber && r > 0) {
                xml.writeAttribute(officeNs, u"value-type"_s, u"float"_s);
                xml.writeAttribute(officeNs, u"value"_s, rows[r][c]);
            } else {
                xml.writeAttribute(officeNs, u"value-type"_s, u"string"_s);
            }
            paragraph(xml,
                      r == 0 || c == 0 || r == rows.size() - 1 ? u"Table_20_Heading"_s
                                                               : u"Table_20_Contents"_s,
                      rows[r][c]);
            xml.writeEndElement();
        }
        xml.writeEndElement(); // row
        if (r == 0)
            xml.writeEndElement(); // header rows
    }
    xml.writeEndElement();
}

QByteArray contentXml(const QList<ReportBlock> &blocks, QList<std::pair<QString, qint64>> *pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    declareNamespaces(xml);
    xml.writeStartElement(officeNs, u"document-content"_s);
    xml.writeAttribute(officeNs, u"version"_s, u"1.3"_s);
    xml.writeStartElement(officeNs, u"automatic-styles"_s);
    tableStyles(xml);
    xml.writeEndElement();
    xml.writeStartElement(officeNs, u"body"_s);
    xml.writeStartElement(officeNs, u"text"_s);
    xml.writeStartElement(textNs, u"sequence-decls"_s);
    xml.writeStartElement(textNs, u"sequence-decl"_s);
    xml.writeAttribute(textNs, u"display-outline-level"_s, u"0"_s);
    xml.writeAttribute(textNs, u"name"_s, u"Figure"_s);
    xml.writeEndElement();
    xml.writeEndElement();

    using Kind = ReportBlock::Kind;
    Kind openList = Kind::Paragraph; // Paragraph: no list open
    int tables = 0;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const ReportBlock &b = blocks[i];
        const bool listItem = b.kind == Kind::Numbered || b.kind == Kind::Bullet;
        if (openList != Kind::Paragraph && openList != b.kind) {
            xml.writeEndElement(); // list
            openList = Kind::Paragraph;
        }
        if (listItem && openList == Kind::Paragraph) {
            xml.writeStartElement(textNs, u"list"_s);
            xml.writeAttribute(textNs, u"style-name"_s,
                               b.kind == Kind::Numbered ? u"Numbering_20_123"_s : u"List_20_1"_s);
            openList = b.kind;
        }
        switch (b.kind) {
        case Kind::Title:
            paragraph(xml, u"Title"_s, b.text);
            break;
        case Kind::Subtitle:
            paragraph(xml, u"Subtitle"_s, b.text);
            break;
        case Kind::Heading1:
        case Kind::Heading2: {
            const int level = b.kind == Kind::Heading1 ? 1 : 2;
            xml.writeStartElement(textNs, u"h"_s);
            xml.writeAttribute(textNs, u"style-name"_s, u"Heading_20_%1"_s.arg(level));
            xml.writeAttribute(textNs, u"outline-level"_s, QString::number(level));
            xml.writeCharacters(b.text);
            xml.writeEndElement();
            break;
        }
        case Kind::Paragraph:
            paragraph(xml, u"Text_20_body"_s, b.text);
            break;
        case Kind::Note:
            paragraph(xml, u"Note"_s, b.text);
            break;
        case Kind::Quote:
            paragraph(xml, u"Quotations"_s, b.text);
            break;
        case Kind::Numbered:
        case Kind::Bullet:
            xml.writeStartElement(textNs, u"list-item"_s);
            paragraph(xml, u"Text_20_body"_s, b.text);
            xml.writeEndElement();
            break;
        case Kind::Figure: {
            const QString file = u"Pictures/figure-%1.jpg"_s.arg(b.figure);
            pictures->append({file, b.itemId});
            double width = figureWidthCm;
            double height = b.pixels.width() > 0
                                ? width * b.pixels.height() / double(b.pixels.width())
                                : width * 0.75;
            if (height > figureMaxHeightCm) {
                width = width * figureMaxHeightCm / height;
                height = figureMaxHeightCm;
            }
            // The caption that follows is the picture's description too (alt text).
            const QString description = i + 1 < blocks.size() && blocks[i + 1].kind == Kind::Caption
                                            ? blocks[i + 1].text
                                            : QString();
            xml.writeStartElement(textNs, u"p"_s);
            xml.writeAttribute(textNs, u"style-name"_s, u"Figure"_s);
            xml.writeStartElement(drawNs, u"frame"_s);
            xml.writeAttribute(drawNs, u"style-name"_s, u"fr1"_s);
            xml.writeAttribute(drawNs, u"name"_s, u"Figure %1"_s.arg(b.figure));
            xml.writeAttribute(textNs, u"anchor-type"_s, u"as-char"_s);
            xml.writeAttribute(svgNs, u"width"_s, QString::number(width, 'f', 2) + u"cm"_s);
            xml.writeAttribute(svgNs, u"height"_s, QString::number(height, 'f', 2) + u"cm"_s);
            xml.writeAttribute(drawNs, u"z-index"_s, u"0"_s);
            xml.writeStartElement(drawNs, u"image"_s);
            xml.writeAttribute(xlinkNs, u"href"_s, file);
            xml.writeAttribute(xlinkNs, u"type"_s, u"simple"_s);
            xml.writeAttribute(xlinkNs, u"show"_s, u"embed"_s);
            xml.writeAttribute(xlinkNs, u"actuate"_s, u"onLoad"_s);
            xml.writeAttribute(drawNs, u"mime-type"_s, u"image/jpeg"_s);
            xml.writeEndElement();
            if (!description.isEmpty())
                xml.writeTextElement(svgNs, u"desc"_s, description);
            xml.writeEndElement(); // frame
            xml.writeEndElement(); // p
            break;
        }
        case Kind::Caption:
            xml.writeStartElement(textNs, u"p"_s);
            xml.writeAttribute(textNs, u"style-name"_s, u"Caption"_s);
            if (b.figure) {
                xml.writeCharacters(u"Figure "_s);
                xml.writeStartElement(textNs, u"sequence"_s);
                xml.writeAttribute(textNs, u"ref-name"_s, u"refFigure%1"_s.arg(b.figure - 1));
                xml.writeAttribute(textNs, u"name"_s, u"Figure"_s);
                xml.writeAttribute(textNs, u"formula"_s, u"ooow:Figure+1"_s);
                xml.writeAttribute(styleNs, u"num-format"_s, u"1"_s);
                xml.writeCharacters(QString::number(b.figure));
                xml.writeEndElement();
                xml.writeCharacters(u". "_s);
            }
            xml.writeCharacters(b.text);
            xml.writeEndElement();
            break;
        case Kind::Table:
            table(xml, b.rows, ++tables);
            break;
        }
    }
    if (openList != Kind::Paragraph)
        xml.writeEndElement();
    xml.writeEndElement(); // text
    xml.writeEndElement(); // body
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray metaXml(const QString &title)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.writeStartDocument();
    xml.writeNamespace(officeNs, u"office"_s);
    xml.writeNamespace(metaNs, u"meta"_s);
    xml.writeNamespace(dcNs, u"dc"_s);
    xml.writeStartElement(officeNs, u"document-meta"_s);
    xml.writeAttribute(officeNs, u"version"_s, u"1.3"_s);
    xml.writeStartElement(officeNs, u"meta"_s);
    xml.writeTextElement(metaNs, u"generator"_s, u"Fieldday"_s);
    xml.writeTextElement(dcNs, u"title"_s, title);
    xml.writeTextElement(dcNs, u"language"_s, u"en-GB"_s);
    xml.writeTextElement(metaNs, u"creation-date"_s,
                         QDateTime::currentDateTime().toString(Qt::ISODate));
    xml.writeEndElement();
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray manifestXml(const QList<std::pair<QString, qint64>> &pictures)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeNamespace(manifestNs, u"manifest"_s);
    xml.writeStartElement(manifestNs, u"manifest"_s);
    xml.writeAttribute(manifestNs, u"version"_s, u"1.3"_s);
    auto entry = [&xml](const QString &path, const QString &type) {
        xml.writeStartElement(manifestNs, u"file-entry"_s);
        xml.writeAttribute(manifestNs, u"full-path"_s, path);
        if (path == u"/"_s)
            xml.writeAttribute(manifestNs, u"version"_s, u"1.3"_s);
        xml.writeAttribute(manifestNs, u"media-type"_s, type);
        xml.writeEndElement();
    };
    entry(u"/"_s, u"application/vnd.oasis.opendocument.text"_s);
    entry(u"content.xml"_s, u"text/xml"_s);
    entry(u"styles.xml"_s, u"text/xml"_s);
    entry(u"meta.xml"_s, u"text/xml"_s);
    for (const auto &picture : pictures)
        entry(picture.first, u"image/jpeg"_s);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

// A libzip archive whose entries' bytes are kept alive until it is closed.
class Archive
{
public:
    explicit Archive(const QString &path) : m_path(path)
    {
        int error = 0;
        m_zip = zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!m_zip) {
            zip_error_t e;
            zip_error_init_with_code(&e, error);
            const QString message = QString::fromUtf8(zip_error_strerror(&e));
            zip_error_fini(&e);
            throw Error(Error::Kind::Storage, path + u": cannot be written ("_s + message + u')');
        }
    }
    ~Archive()
    {
        if (m_zip)
            zip_discard(m_zip); // not committed: nothing is written
    }
    Archive(const Archive &) = delete;
    Archive &operator=(const Archive &) = delete;

    void add(const QString &name, QByteArray bytes, bool compress)
    {
        m_bytes.push_back(std::move(bytes));
        const QByteArray &kept = m_bytes.back();
        zip_source_t *source =
            zip_source_buffer(m_zip, kept.constData(), zip_uint64_t(kept.size()), 0);
        if (!source)
            fail();
        const zip_int64_t index =
            zip_file_add(m_zip, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8);
        if (index < 0) {
            zip_source_free(source);
            fail();
        }
        if (zip_set_file_compression(m_zip, zip_uint64_t(index),
                                     compress ? ZIP_CM_DEFLATE : ZIP_CM_STORE, 0) != 0)
            fail();
    }

    void commit()
    {
        if (zip_close(m_zip) != 0)
            fail();
        m_zip = nullptr;
    }

private:
    [[noreturn]] void fail()
    {
        throw Error(Error::Kind::Storage, m_path + u": cannot be written ("_s +
                                              QString::fromUtf8(zip_strerror(m_zip)) + u')');
    }

    QString m_path;
    zip_t *m_zip = nullptr;
    std::list<QByteArray> m_bytes; // a list: adding never moves what libzip points into
};

} // namespace

void OdtWriter::write(const QString &path, const QString &title, const QList<ReportBlock> &blocks,
                      const PhotoLoader &photos)
{
    QList<std::pair<QString, qint64>> pictures;
    QByteArray content = contentXml(blocks, &pictures);
    Archive archive(path);
    // First and uncompressed, so the file is known as ODF from its first bytes.
    archive.add(u"mimetype"_s, "application/vnd.oasis.opendocument.text", false);
    archive.add(u"content.xml"_s, std::move(content), true);
    archive.add(u"styles.xml"_s, stylesXml(title), true);
    archive.add(u"meta.xml"_s, metaXml(title), true);
    for (const auto &[file, itemId] : pictures) {
        QByteArray jpeg = photos(itemId);
        if (jpeg.isEmpty())
            throw Error(Error::Kind::Storage,
                        path + u": the photo of treasure item %1 is missing"_s.arg(itemId));
        archive.add(file, std::move(jpeg), false); // JPEG does not compress further
    }
    archive.add(u"META-INF/manifest.xml"_s, manifestXml(pictures), true);
    archive.commit();
}

} // namespace fieldday
