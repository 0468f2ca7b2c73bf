#include "SwimlaneView.h"

#include "EventDocument.h"
#include "plan/Checker.h"
#include "plan/Timeline.h"

#include <QPainter>
#include <QSet>

namespace fieldday {

namespace {
constexpr int laneHeight = 44;
constexpr int axisHeight = 18;
constexpr int labelWidth = 110;
} // namespace

SwimlaneView::SwimlaneView(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    setAccessibleName(tr("The day's timeline"));
    setMinimumHeight(axisHeight + laneHeight);
    connect(document, &EventDocument::changed, this, [this] {
        updateGeometry();
        update();
    });
}

QSize SwimlaneView::sizeHint() const
{
    return {800, axisHeight +
                     laneHeight * int(qMax<qsizetype>(1, m_document->data().destinations.size())) +
                     4};
}

void SwimlaneView::paintEvent(QPaintEvent *)
{
    const EventData &event = m_document->data();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QList<TimelineLane> lanes = Timeline::build(event);
    // Wide enough for every step: one before the day's start drew over the labels.
    const auto [first, last] = Timeline::span(event, lanes);
    const qreal left = labelWidth, right = width() - 8;
    const qreal minutes = qMax(60, first.secsTo(last) / 60);
    auto xOf = [&](const QTime &t) {
        return left + (right - left) * (first.secsTo(t) / 60.0) / minutes;
    };

    // Legs and destinations with an error are marked.
    QSet<qint64> badLegs, badDestinations;
    for (const Problem &problem : Checker::run(event)) {
        if (problem.severity != Problem::Severity::Error)
            continue;
        if (problem.subject.kind == QStringLiteral("leg"))
            badLegs.insert(problem.subject.id);
        else if (problem.subject.kind == QStringLiteral("destination"))
            badDestinations.insert(problem.subject.id);
    }
    p.setPen(palette().color(QPalette::PlaceholderText));
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    p.setFont(small);
    for (int h = first.hour(); h <= last.hour(); ++h) {
        const qreal x = xOf(QTime(h, 0));
        // The last hour's label ends at the edge instead of being cut by it.
        const bool lastHour = h == last.hour();
        p.drawText(lastHour ? QRectF(x - 40, 0, 40, axisHeight) : QRectF(x - 20, 0, 40, axisHeight),
                   lastHour ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignCenter,
                   QTime(h, 0).toString(QStringLiteral("HH:mm")));
        p.setPen(QPen(palette().color(QPalette::Midlight), 1));
        p.drawLine(QPointF(x, axisHeight), QPointF(x, height()));
        p.setPen(palette().color(QPalette::PlaceholderText));
    }
    qreal top = axisHeight;
    for (const TimelineLane &lane : lanes) {
        const QColor colour(lane.colour.isEmpty() ? QStringLiteral("#888888") : lane.colour);
        p.fillRect(QRectF(0, top + 6, 4, laneHeight - 12), colour);
        QFont bold = font();
        bold.setBold(true);
        p.setFont(bold);
        p.setPen(palette().color(QPalette::Text));
        p.drawText(QRectF(10, top, labelWidth - 12, laneHeight), Qt::AlignVCenter, lane.name);
        p.setFont(small);
        for (const TimelineStep &s : lane.steps) {
            if (!s.start.isValid() || !s.end.isValid())
                continue;
            const bool sub = s.kind == TimelineStep::Kind::Agenda && !s.sharedByAll;
            const QRectF block(xOf(s.start), top + (sub ? 28 : 6),
                               qMax(3.0, xOf(s.end) - xOf(s.start)), sub ? 11 : 20);
            QColor fill =
                s.kind == TimelineStep::Kind::Visit ? colour
                : (s.kind == TimelineStep::Kind::LegOut || s.kind == TimelineStep::Kind::LegBack)
                    ? colour.lighter(160)
                    : (sub ? colour.lighter(185) : palette().color(QPalette::Midlight));
            const bool bad = (s.legId && badLegs.contains(s.legId)) ||
                             (s.kind == TimelineStep::Kind::Visit &&
                              badDestinations.contains(lane.destinationId));
            p.setPen(bad ? QPen(QColor(0xc0, 0x10, 0x10), 2)
                         : QPen(palette().color(QPalette::Base), 1));
            p.setBrush(fill);
            p.drawRoundedRect(block, 3, 3);
            const qreal l = 0.2126 * fill.redF() + 0.7152 * fill.greenF() + 0.0722 * fill.blueF();
            p.setPen(l > 0.55 ? Qt::black : Qt::white);
            p.drawText(block.adjusted(4, 0, -2, 0), Qt::AlignVCenter,
                       p.fontMetrics().elidedText(s.title, Qt::ElideRight, int(block.width() - 6)));
        }
        top += laneHeight;
    }
}

} // namespace fieldday
