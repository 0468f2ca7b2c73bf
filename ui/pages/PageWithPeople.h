#pragma once

#include <QList>

namespace fieldday {

// A page where people can be selected (the participants table, the groups board): Edit ▸
// Move to group… acts on its selection.
class PageWithPeople
{
public:
    virtual ~PageWithPeople() = default;
    virtual QList<qint64> selectedPeople() const = 0;
};

} // namespace fieldday
