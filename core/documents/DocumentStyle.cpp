#include "DocumentStyle.h"

#include "PageCanvas.h"
#include "model/EventData.h"

#include <QLocale>

using namespace Qt::StringLiterals;

namespace fieldday::style {

QColor groupColour(const Destination &d)
{
    const QColor c(d.colour);
    return c.isValid() ? c : QColor(0x44, 0x55, 0x66);
}

QColor textOn(const QColor &background)
{
    // Relative luminance, as WCAG computes it, roughly.
    const qreal l =
        0.2126 * background.redF() + 0.7152 * background.greenF() + 0.0722 * background.blueF();
    return l > 0.55 ? Qt::black : Qt::white;
}

QString timeRange(const QTime &start, const QTime &end)
{
    if (!start.isValid())
        return u"—"_s;
    return start.toString(u"HH:mm"_s) +
           (end.isValid() ? u"–"_s + end.toString(u"HH:mm"_s) : QString());
}

void groupHeading(PageCanvas &canvas, const EventData &event, const Destination &d,
                  const QString &documentName, const QString &audience)
{
    const QRectF area = canvas.content();
    QPainter &p = canvas.painter();
    const QString date = QLocale(QLocale::English, QLocale::UnitedKingdom)
                             .toString(event.details.date, u"dddd d MMMM yyyy"_s);
    canvas.text(QRectF(area.left(), canvas.y(), area.width(), 12),
                event.details.title.toUpper() + u"  ·  "_s + date,
                canvas.font(7.5, QFont::DemiBold), Qt::AlignLeft | Qt::AlignVCenter, grey());
    canvas.advance(16);
    const QColor colour = groupColour(d);
    p.fillRect(QRectF(area.left(), canvas.y(), 6, 30), colour);
    canvas.text(QRectF(area.left() + 14, canvas.y() - 2, area.width() - 160, 32), d.name,
                canvas.font(22, QFont::Bold));
    if (audience.isEmpty()) {
        canvas.text(QRectF(area.right() - 150, canvas.y(), 150, 30), documentName,
                    canvas.font(10, QFont::DemiBold), Qt::AlignRight | Qt::AlignVCenter, grey());
    } else {
        canvas.text(QRectF(area.right() - 170, canvas.y(), 170, 16), documentName,
                    canvas.font(10, QFont::DemiBold), Qt::AlignRight | Qt::AlignVCenter, grey());
        canvas.text(QRectF(area.right() - 170, canvas.y() + 16, 170, 14), audience,
                    canvas.font(9, QFont::Bold), Qt::AlignRight | Qt::AlignVCenter);
    }
    canvas.advance(36);
    p.setPen(QPen(colour, 1.2));
    p.drawLine(QPointF(area.left(), canvas.y()), QPointF(area.right(), canvas.y()));
    canvas.advance(10);
}

QString phone(const QString &number)
{
    QString kept = number;
    return kept.replace(u' ', QChar::Nbsp);
}

qreal tableHeader(PageCanvas &canvas, const QList<std::pair<QString, qreal>> &columns)
{
    const qreal height = 18;
    const QRectF area = canvas.content();
    QPainter &p = canvas.painter();
    p.fillRect(QRectF(area.left(), canvas.y(), area.width(), height), QColor(0x2d, 0x37, 0x48));
    qreal x = area.left() + 6;
    for (const auto &[title, width] : columns) {
        canvas.text(QRectF(x, canvas.y(), width - 8, height), title, canvas.font(7.5, QFont::Bold),
                    Qt::AlignLeft | Qt::AlignVCenter, Qt::white);
        x += width;
    }
    canvas.advance(height);
    return height;
}

void tickBox(PageCanvas &canvas, const QPointF &centre, qreal size)
{
    QPainter &p = canvas.painter();
    p.setPen(QPen(QColor(0x33, 0x33, 0x33), 0.8));
    p.setBrush(Qt::NoBrush);
    p.drawRoundedRect(QRectF(centre.x() - size / 2, centre.y() - size / 2, size, size), 1.5, 1.5);
}

} // namespace fieldday::style
