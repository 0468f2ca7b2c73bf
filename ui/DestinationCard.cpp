#include "DestinationCard.h"

#include "model/EventData.h"

#include <QLabel>
#include <QProgressBar>
#include <QVBoxLayout>

namespace fieldday {

namespace {
QString timeRange(const QTime &start, const QTime &end)
{
    if (!start.isValid() || !end.isValid())
        return QObject::tr("times not set");
    return start.toString(QStringLiteral("HH:mm")) + QStringLiteral("–") +
           end.toString(QStringLiteral("HH:mm"));
}
} // namespace

DestinationCard::DestinationCard(const EventData &event, const Destination &destination,
                                 QWidget *parent)
    : QFrame(parent)
{
    setObjectName(QStringLiteral("destinationCard"));
    const QString colour =
        destination.colour.isEmpty() ? QStringLiteral("#888888") : destination.colour;
    setStyleSheet(QStringLiteral("#destinationCard { background: palette(base); border: 1px solid "
                                 "palette(mid); border-left: 6px solid %1; border-radius: 6px; }")
                      .arg(colour));
    setMinimumWidth(260);

    const int count = int(event.members(destination.id).size());
    auto *name = new QLabel(destination.name, this);
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.3);
    nameFont.setBold(true);
    name->setFont(nameFont);
    auto *host = new QLabel(destination.hostOrganisation, this);
    host->setWordWrap(true);
    const QString place = event.placeName(destination.placeId);
    auto *where =
        new QLabel((destination.activity.isEmpty() ? QString()
                                                   : destination.activity + QStringLiteral(" · ")) +
                       (place.isEmpty() ? tr("no place set") : place),
                   this);
    where->setWordWrap(true);
    where->setForegroundRole(QPalette::PlaceholderText);
    auto *when = new QLabel(
        tr("Visit %1").arg(timeRange(destination.visitStart, destination.visitEnd)), this);
    when->setForegroundRole(QPalette::PlaceholderText);

    auto *bar = new QProgressBar(this);
    bar->setRange(0, qMax(1, destination.maxSize));
    bar->setValue(qMin(count, qMax(1, destination.maxSize)));
    bar->setTextVisible(false);
    bar->setMaximumHeight(8);
    const bool over = count > destination.maxSize;
    const bool under = count < destination.minSize;
    bar->setStyleSheet(QStringLiteral("QProgressBar { border: none; background: palette(midlight); "
                                      "border-radius: 4px; } QProgressBar::chunk { background: %1; "
                                      "border-radius: 4px; }")
                           .arg(over ? QStringLiteral("#d55e00") : colour));
    auto *countLabel =
        new QLabel(tr("%n assigned", nullptr, count) +
                       tr(" · limits %1–%2").arg(destination.minSize).arg(destination.maxSize) +
                       (over    ? tr(" · over the limit")
                        : under ? tr(" · below the minimum")
                                : QString()),
                   this);
    countLabel->setAccessibleName(tr("%1: %2 assigned").arg(destination.name).arg(count));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(14, 10, 12, 12);
    layout->setSpacing(4);
    layout->addWidget(name);
    layout->addWidget(host);
    layout->addWidget(where);
    layout->addWidget(when);
    layout->addSpacing(6);
    layout->addWidget(bar);
    layout->addWidget(countLabel);
}

} // namespace fieldday
