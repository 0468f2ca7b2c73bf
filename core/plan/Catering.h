#pragma once

#include "model/EventData.h"

namespace fieldday {

// What a group's members need, in counts only: dietary and access needs are special-category
// data, so a paper for a host says how many, never who.
class Catering
{
public:
    struct Need
    {
        QString need; // as first written ("Vegetarian"); empty: none
        int people = 0;
    };
    // The members coming (booked or attended) by dietary need, the same need however it is
    // capitalised or spaced: the most common first, those with none last.
    static QList<Need> dietaryNeeds(const EventData &event, qint64 destinationId);
    // "15 members: 3 Vegetarian · 2 Halal · 1 Vegan · 9 no dietary need"
    static QString line(const EventData &event, qint64 destinationId);
    // "1 needs step-free access · 1 other access need", or "no access needs".
    static QString accessLine(const EventData &event, qint64 destinationId);
};

} // namespace fieldday
