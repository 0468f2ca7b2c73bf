#pragma once

#include <QString>
#include <QTime>

namespace fieldday {

// Something on the day's programme, for everyone or for one group.
struct AgendaItem
{
    qint64 id = 0;
    QString title;
    QTime start;
    QTime end;
    qint64 placeId = 0;       // 0: not set
    qint64 destinationId = 0; // 0: everyone
    QString notes;

    bool operator==(const AgendaItem &other) const = default;
};

} // namespace fieldday
