#pragma once

#include <QColor>
#include <QPointF>
#include <QString>
#include <QTime>

namespace fieldday {

class PageCanvas;
struct EventData;
struct Destination;

// What the printed documents share: the colours, the group heading, a table header.
namespace style {

QColor groupColour(const Destination &destination);
QColor textOn(const QColor &background); // black or white, whichever reads better
inline QColor grey()
{
    return QColor(0x66, 0x66, 0x66);
}
inline QColor rule()
{
    return QColor(0xcc, 0xcc, 0xcc);
}
inline QColor zebra()
{
    return QColor(0xf3, 0xf4, 0xf6);
}

// The event's line, the group's name on its colour, and a line under it; the document's name
// at the right, and under it whom the copy is for, if it says.
void groupHeading(PageCanvas &canvas, const EventData &event, const Destination &destination,
                  const QString &documentName, const QString &audience = {});
// Draws a table header row; `columns` are (title, width) pairs; returns the row height.
qreal tableHeader(PageCanvas &canvas, const QList<std::pair<QString, qreal>> &columns);
void tickBox(PageCanvas &canvas, const QPointF &centre, qreal size = 9);
QString timeRange(const QTime &start, const QTime &end);
// A phone number that a wrapped line never splits across two lines.
QString phone(const QString &number);

} // namespace style
} // namespace fieldday
