#pragma once

#include "model/TreasureItem.h"

#include <QStringList>
#include <functional>

namespace fieldday {

class EventFile;

// Photos into a group's treasure log, in bulk: a folder (and its subfolders) or many files.
// In two steps, so the slow one writes nothing to the event and can be cancelled freely:
// prepare() makes each photo fit to store (PhotoIngest), one at a time, into a folder of
// JPEGs, so memory stays that of one photo however many there are; store() then adds them to
// the event in one transaction (and can add them again under the same ids: an undone import
// redone). A photo already in the event, or twice in the batch (the same file's bytes), is
// skipped, so importing a phone's card again adds only what is new.
class PhotoImporter
{
public:
    // Called before each photo; returning false cancels (Error::Kind::Cancelled).
    using Progress = std::function<bool(qsizetype done, qsizetype total, const QString &file)>;

    struct Prepared
    {
        QString jpegPath; // the photo as it will be stored, in prepare()'s folder
        PhotoInfo info;
        QDateTime takenAt;
    };
    struct Preparation
    {
        QList<Prepared> photos; // in the order of the files
        QStringList duplicates; // "IMG_0042.JPG: already in the treasure log (item 12)"
        qsizetype files = 0;    // photo files found
    };

    // The photo files `paths` name: files as given, folders searched. Throws BadInput for a
    // path that does not exist.
    static QStringList files(const QStringList &paths);
    // `longEdge` 0: the event's setting (photos.long_edge). Reads the event, writes nothing to
    // it. Throws Error (BadInput naming a file that is not a photo; Cancelled).
    static Preparation prepare(EventFile &file, const QStringList &paths, int longEdge,
                               const QString &folder, const Progress &progress = {});
    // Adds the prepared photos as items like `item` (group, finder, choices…), found when
    // their EXIF says unless `item` says; under `ids` if given. One transaction. Returns the
    // ids, in order.
    static QList<qint64> store(EventFile &file, const QList<Prepared> &photos,
                               const TreasureItem &item, const QList<qint64> &ids = {});

    // Both steps, through a temporary folder (the CLI).
    struct Result
    {
        QList<qint64> added;
        QStringList duplicates;
        qsizetype files = 0;
    };
    static Result run(EventFile &file, const QStringList &paths, const TreasureItem &item,
                      int longEdge = 0, const Progress &progress = {});
};

} // namespace fieldday
