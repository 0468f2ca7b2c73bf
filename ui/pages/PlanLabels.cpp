#include "PlanLabels.h"

namespace fieldday {

QString PlanLabels::transportMode(TransportMode mode)
{
    switch (mode) {
    case TransportMode::Coach:
        return tr("Coach");
    case TransportMode::Minibus:
        return tr("Minibus");
    case TransportMode::Tram:
        return tr("Tram");
    case TransportMode::Train:
        return tr("Train");
    case TransportMode::Bus:
        return tr("Bus");
    case TransportMode::Taxi:
        return tr("Taxi");
    case TransportMode::Walk:
        return tr("Walk");
    case TransportMode::CarShare:
        return tr("Car share");
    }
    return {};
}

QString PlanLabels::stepFree(StepFree value)
{
    switch (value) {
    case StepFree::Unknown:
        return tr("Not known");
    case StepFree::Yes:
        return tr("Yes");
    case StepFree::No:
        return tr("No");
    }
    return {};
}

} // namespace fieldday
