#pragma once

#include <QList>
#include <QString>
#include <QTime>

namespace fieldday {

struct ProgrammeItem
{
    qint64 id = 0;
    QString title;
    QTime start;
    QTime end;
    QString description;
};

// The afternoon session where the groups come back together.
struct Reconvene
{
    qint64 placeId = 0;
    QTime start;
    QTime end;
    QList<ProgrammeItem> items;
};

} // namespace fieldday
