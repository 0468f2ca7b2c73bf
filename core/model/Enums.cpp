#include "ParticipantStatus.h"
#include "StepFree.h"
#include "TransportMode.h"
#include "TreasureEnums.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

// One table per enum keeps the stored spelling and the parser in step.
template <typename E, std::size_t N>
QString toText(const std::array<std::pair<E, QLatin1StringView>, N> &table, E value)
{
    for (const auto &[e, text] : table) {
        if (e == value)
            return QString(text);
    }
    return {};
}

template <typename E, std::size_t N>
bool fromText(const std::array<std::pair<E, QLatin1StringView>, N> &table, const QString &text,
              E *value)
{
    const QString wanted = text.trimmed().toLower().replace(u' ', u'_').replace(u'-', u'_');
    for (const auto &[e, name] : table) {
        if (wanted == name) {
            *value = e;
            return true;
        }
    }
    return false;
}

constexpr std::array<std::pair<StepFree, QLatin1StringView>, 3> stepFreeNames{{
    {StepFree::Unknown, "unknown"_L1},
    {StepFree::Yes, "yes"_L1},
    {StepFree::No, "no"_L1},
}};

constexpr std::array<std::pair<ParticipantStatus, QLatin1StringView>, 5> statusNames{{
    {ParticipantStatus::Booked, "booked"_L1},
    {ParticipantStatus::Waitlisted, "waitlisted"_L1},
    {ParticipantStatus::Cancelled, "cancelled"_L1},
    {ParticipantStatus::Attended, "attended"_L1},
    {ParticipantStatus::NoShow, "no_show"_L1},
}};

constexpr std::array<std::pair<TransportMode, QLatin1StringView>, 8> modeNames{{
    {TransportMode::Coach, "coach"_L1},
    {TransportMode::Minibus, "minibus"_L1},
    {TransportMode::Tram, "tram"_L1},
    {TransportMode::Train, "train"_L1},
    {TransportMode::Bus, "bus"_L1},
    {TransportMode::Taxi, "taxi"_L1},
    {TransportMode::Walk, "walk"_L1},
    {TransportMode::CarShare, "car_share"_L1},
}};

constexpr std::array<std::pair<LegDirection, QLatin1StringView>, 2> directionNames{{
    {LegDirection::Out, "out"_L1},
    {LegDirection::Back, "back"_L1},
}};

constexpr std::array<std::pair<TreasureType, QLatin1StringView>, 3> treasureTypeNames{{
    {TreasureType::Photo, "photo"_L1},
    {TreasureType::Quote, "quote"_L1},
    {TreasureType::Observation, "observation"_L1},
}};

constexpr std::array<std::pair<FinderConsent, QLatin1StringView>, 3> consentNames{{
    {FinderConsent::None, "none"_L1},
    {FinderConsent::Room, "room"_L1},
    {FinderConsent::Publish, "publish"_L1},
}};

constexpr std::array<std::pair<Identifiable, QLatin1StringView>, 3> identifiableNames{{
    {Identifiable::Unknown, "unknown"_L1},
    {Identifiable::Nobody, "nobody"_L1},
    {Identifiable::Named, "named"_L1},
}};

template <typename E, std::size_t N>
QList<E> allOf(const std::array<std::pair<E, QLatin1StringView>, N> &table)
{
    QList<E> all;
    for (const auto &entry : table)
        all.append(entry.first);
    return all;
}

} // namespace

QString stepFreeToString(StepFree value)
{
    return toText(stepFreeNames, value);
}
bool stepFreeFromString(const QString &text, StepFree *value)
{
    return fromText(stepFreeNames, text, value);
}

QString participantStatusToString(ParticipantStatus status)
{
    return toText(statusNames, status);
}
bool participantStatusFromString(const QString &text, ParticipantStatus *status)
{
    return fromText(statusNames, text, status);
}
QList<ParticipantStatus> allParticipantStatuses()
{
    QList<ParticipantStatus> all;
    for (const auto &entry : statusNames)
        all.append(entry.first);
    return all;
}

QString transportModeToString(TransportMode mode)
{
    return toText(modeNames, mode);
}
bool transportModeFromString(const QString &text, TransportMode *mode)
{
    return fromText(modeNames, text, mode);
}
QList<TransportMode> allTransportModes()
{
    QList<TransportMode> all;
    for (const auto &entry : modeNames)
        all.append(entry.first);
    return all;
}
bool hasReservedSeats(TransportMode mode)
{
    return mode == TransportMode::Coach || mode == TransportMode::Minibus ||
           mode == TransportMode::Taxi || mode == TransportMode::CarShare;
}

QString legDirectionToString(LegDirection direction)
{
    return toText(directionNames, direction);
}
bool legDirectionFromString(const QString &text, LegDirection *direction)
{
    return fromText(directionNames, text, direction);
}

QString treasureTypeToString(TreasureType type)
{
    return toText(treasureTypeNames, type);
}
bool treasureTypeFromString(const QString &text, TreasureType *type)
{
    return fromText(treasureTypeNames, text, type);
}
QList<TreasureType> allTreasureTypes()
{
    return allOf(treasureTypeNames);
}

QString finderConsentToString(FinderConsent consent)
{
    return toText(consentNames, consent);
}
bool finderConsentFromString(const QString &text, FinderConsent *consent)
{
    return fromText(consentNames, text, consent);
}
QList<FinderConsent> allFinderConsents()
{
    return allOf(consentNames);
}

QString identifiableToString(Identifiable identifiable)
{
    return toText(identifiableNames, identifiable);
}
bool identifiableFromString(const QString &text, Identifiable *identifiable)
{
    return fromText(identifiableNames, text, identifiable);
}

} // namespace fieldday
