#pragma once

#include <QList>
#include <QString>

namespace fieldday {

// What a group brought back: a photograph, something someone said, or what the finder saw.
enum class TreasureType
{
    Photo,
    Quote,
    Observation
};

// How far the finder agreed their item may go: nowhere beyond the group, the room at the
// reconvene, or a publication (the report). Publication includes the room.
enum class FinderConsent
{
    None,
    Room,
    Publish
};

// Who can be recognised in a photo. Unknown is its own answer: nobody has looked yet.
enum class Identifiable
{
    Unknown,
    Nobody,
    Named // the participants listed with the item
};

QString treasureTypeToString(TreasureType type);
bool treasureTypeFromString(const QString &text, TreasureType *type);
QList<TreasureType> allTreasureTypes();

QString finderConsentToString(FinderConsent consent);
bool finderConsentFromString(const QString &text, FinderConsent *consent);
QList<FinderConsent> allFinderConsents();

QString identifiableToString(Identifiable identifiable);
bool identifiableFromString(const QString &text, Identifiable *identifiable);

} // namespace fieldday
