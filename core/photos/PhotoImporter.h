#pragma once

#include "model/TreasureItem.h"

#include <QStringList>
#include <functional>

namespace fieldday {

class EventFile;

// Photos into a group's treasure log, in bulk: a folder (and its subfolders) or many files,
// each made fit to store (PhotoIngest) and written one at a time, so memory stays that of one
// photo however many there are. The whole import is one transaction: a file that cannot be
// read stops it with nothing imported. A photo already in the event (the same file's bytes)
// is skipped, so importing a phone's card again adds only what is new.
class PhotoImporter
{
public:
    struct Request
    {
        QStringList paths; // files and folders
        TreasureItem item; // what each photo starts as: group, finder, choices, …
        int longEdge = 0;  // 0: the event's setting (photos.long_edge)
        QList<qint64> ids; // ids to give the photos, in order (an undone import
                           // done again); empty: new ids
        // Called before each photo; returning false cancels (Error::Kind::Cancelled).
        std::function<bool(qsizetype done, qsizetype total, const QString &file)> progress;
    };
    struct Result
    {
        QList<qint64> added;    // item ids, in the order of the files
        QStringList duplicates; // "IMG_0042.JPG: already in the log (item 12)"
        qsizetype files = 0;    // photo files found
    };

    // The photo files a request names: files as given, folders searched. Throws BadInput for
    // a path that does not exist or is not a photo.
    static QStringList files(const QStringList &paths);
    static Result run(EventFile &file, const Request &request);
};

} // namespace fieldday
