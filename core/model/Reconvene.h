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

    bool operator==(const ProgrammeItem &other) const = default;
};

// The afternoon session where the groups come back together.
struct Reconvene
{
    qint64 placeId = 0;
    QTime start;
    QTime end;
    QList<ProgrammeItem> items;

    bool operator==(const Reconvene &other) const = default;
};

} // namespace fieldday
