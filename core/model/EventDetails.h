#pragma once

#include "ResearchQuestion.h"

#include <QDate>
#include <QList>
#include <QStringList>
#include <QTime>

namespace fieldday {

// The event itself: one per file.
struct EventDetails
{
    QString title;
    QDate date;
    QString timeZone = QStringLiteral("Europe/London");
    qint64 hubPlaceId = 0; // 0: not set
    QTime dayStart;
    QTime dayEnd;
    QString organisers;
    QString partners;
    QString contactEmail;
    QString description;
    QStringList themes;                // the briefing's "kinds of treasure"
    QList<ResearchQuestion> questions; // the research's questions, in order (numbered from 1)

    bool operator==(const EventDetails &other) const = default;
};

} // namespace fieldday
