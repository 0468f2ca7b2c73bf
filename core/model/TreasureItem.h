#pragma once

#include "Showed.h"
#include "TreasureEnums.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

namespace fieldday {

// What is known about a stored photo without reading its bytes (they stay in the file until
// a document or a thumbnail needs them, one at a time).
struct PhotoInfo
{
    int width = 0;
    int height = 0;
    QString sourceName;   // the file it was imported from, without its folder
    QString sourceSha256; // of the file as imported: the same photo is not imported twice
    bool operator==(const PhotoInfo &other) const = default;
};

// One find in a group's treasure log (Photovoice): a photo, a quote or an observation, with
// its caption in the finder's words, what it speaks to, where it is chosen to be shown, and
// the consent that decides whether it may be (TreasureConsent).
struct TreasureItem
{
    qint64 id = 0;
    qint64 destinationId = 0; // the group
    TreasureType type = TreasureType::Photo;
    qint64 finderParticipantId = 0; // 0: not a participant (see finderLead), or not known
    QString finderLead;             // a group lead's name, when a lead found it
    QDateTime foundAt;              // local time of the event; a photo's from its EXIF
    qint64 placeId = 0;             // 0: not said
    QString text;                   // the quote's words or the observation; empty for a photo
    QString caption;                // in the finder's words
    ShowedAnswers showed;           // the five SHOWeD answers, any of them empty
    QStringList themes;             // the event's kinds of treasure it speaks to
    QList<qint64> questionIds;      // the research questions it speaks to
    bool shareOut = false;          // chosen for the reconvene
    bool inReport = false;          // chosen for the event report
    FinderConsent consent = FinderConsent::None;
    bool credit = false; // the finder wants their name beside it
    Identifiable identifiable = Identifiable::Unknown;
    // The participants who can be recognised in it (Identifiable::Named). A 0 is a person
    // whose record was removed: their consent can no longer be checked.
    QList<qint64> shows;
    PhotoInfo photo; // for a photo only

    bool isPhoto() const { return type == TreasureType::Photo; }
    // For messages: 'photo “Herbs on the verge…”', or 'quote 12' when it has no words.
    QString label() const;
    bool operator==(const TreasureItem &other) const = default;
};

} // namespace fieldday
