#pragma once

#include "model/StepFree.h"
#include "model/TransportMode.h"

#include <QCoreApplication>

namespace fieldday {

// How the plan's values read on screen, in sentence case and translatable (the file and the
// command line keep their lower-case keys: "minibus", "unknown").
class PlanLabels
{
    Q_DECLARE_TR_FUNCTIONS(PlanLabels)

public:
    static QString transportMode(TransportMode mode);
    static QString stepFree(StepFree value);
};

} // namespace fieldday
