#pragma once

#include <QList>
#include <QSize>
#include <QStringList>
#include <functional>

namespace fieldday {

// The stored JPEG of a photo item, read when a document needs it (one at a time).
using PhotoLoader = std::function<QByteArray(qint64 itemId)>;

// One block of the event report. The report is built once as a list of these (EventReport)
// and written from it as PDF (through QTextDocument) and as ODT (OdtWriter), so the two
// always say the same.
struct ReportBlock
{
    enum class Kind
    {
        Title,
        Subtitle,
        Heading1,
        Heading2,
        Paragraph,
        Note,     // smaller, grey: where a count came from, what a finding draws on
        Numbered, // an item of a numbered list (consecutive ones form the list)
        Bullet,   // an item of a bulleted list
        Quote,    // someone's words
        Figure,   // a photo, full column width
        Caption,  // under a figure or a quote: "Figure 3. …"
        Table     // rows of cells, the first row the header
    };

    Kind kind = Kind::Paragraph;
    QString text;
    qint64 itemId = 0;       // Figure: the photo item
    QSize pixels;            // Figure: the photo's size
    int figure = 0;          // Figure, Caption: its number, 0 for none
    QList<QStringList> rows; // Table
};

} // namespace fieldday
