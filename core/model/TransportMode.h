#pragma once

#include <QList>
#include <QString>

namespace fieldday {

enum class TransportMode
{
    Coach,
    Minibus,
    Tram,
    Train,
    Bus,
    Taxi,
    Walk,
    CarShare
};

QString transportModeToString(TransportMode mode);
bool transportModeFromString(const QString &text, TransportMode *mode);
QList<TransportMode> allTransportModes();
// Coaches, minibuses, taxis and car shares have a fixed number of seats booked for the group.
bool hasReservedSeats(TransportMode mode);

enum class LegDirection
{
    Out,
    Back
};

QString legDirectionToString(LegDirection direction);
bool legDirectionFromString(const QString &text, LegDirection *direction);

} // namespace fieldday
