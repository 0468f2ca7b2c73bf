#pragma once

#include <QString>

namespace fieldday {

// A person who leads a destination group on the day (staff, not a participant).
struct GroupLead
{
    qint64 id = 0;
    QString name;
    QString phone;
    QString email;

    bool operator==(const GroupLead &other) const = default;
};

} // namespace fieldday
