#include "Clock.h"

namespace fieldday {
namespace {
QDateTime fixedNow;
}

QDateTime Clock::currentDateTime()
{
    return fixedNow.isValid() ? fixedNow : QDateTime::currentDateTime();
}

void Clock::setFixed(const QDateTime &now)
{
    fixedNow = now;
}

} // namespace fieldday
