#pragma once

#include "StepFree.h"

#include <optional>

namespace fieldday {

struct Place
{
    qint64 id = 0;
    QString name;
    QString address;
    QString postcode;
    QString area; // area or borough
    std::optional<double> latitude;
    std::optional<double> longitude;
    StepFree stepFree = StepFree::Unknown;
    QString notes;

    bool operator==(const Place &other) const = default;
};

} // namespace fieldday
