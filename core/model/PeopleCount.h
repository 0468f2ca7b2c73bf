#pragma once

#include <QString>

namespace fieldday {

// "1 person", "2 people": counts in messages read as a person would write them.
inline QString peopleCount(qsizetype n)
{
    return n == 1 ? QStringLiteral("1 person") : QString::number(n) + QStringLiteral(" people");
}

} // namespace fieldday
