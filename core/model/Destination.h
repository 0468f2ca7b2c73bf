#pragma once

#include "GroupLead.h"

#include <QList>
#include <QTime>

namespace fieldday {

// One destination per group: where the group goes and whom it visits.
struct Destination
{
    qint64 id = 0;
    int position = 0; // display order
    QString name;     // short group name, e.g. "Salford"; unique in the event
    QString hostOrganisation;
    QString hostContactName;
    QString hostContactEmail;
    QString hostContactPhone;
    qint64 placeId = 0; // 0: not set
    QString activity;
    QString description;
    int minSize = 0;
    int maxSize = 0;
    QTime visitStart;
    QTime visitEnd;
    QString colour; // "#rrggbb"
    QList<GroupLead> leads;

    bool operator==(const Destination &other) const = default;
};

} // namespace fieldday
