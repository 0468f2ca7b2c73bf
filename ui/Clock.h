#pragma once

#include <QDateTime>

namespace fieldday {

// The time as the app sees it; tests set it so check-in times are known.
class Clock
{
public:
    static QDateTime currentDateTime();
    static void setFixed(const QDateTime &now); // an invalid QDateTime goes back to real time
};

} // namespace fieldday
