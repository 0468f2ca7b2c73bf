#include "PhotoImporter.h"

#include "PhotoIngest.h"
#include "storage/Error.h"
#include "storage/TreasureRepository.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace fieldday {

QStringList PhotoImporter::files(const QStringList &paths)
{
    QStringList result;
    for (const QString &path : paths) {
        const QFileInfo info(path);
        if (!info.exists())
            throw Error(Error::Kind::NotFound, path + u": no such file or folder"_s);
        if (info.isDir())
            result += PhotoIngest::photosIn(path);
        else
            result.append(path); // named on purpose: read whatever it is, or say why not
    }
    return result;
}

PhotoImporter::Result PhotoImporter::run(EventFile &file, const Request &request)
{
    Result result;
    const QStringList photos = files(request.paths);
    result.files = photos.size();
    TreasureRepository treasure(file);
    PhotoIngest::Options options;
    options.longEdge = request.longEdge > 0 ? request.longEdge : treasure.photoLongEdge();
    WriteTransaction transaction(file);
    for (qsizetype i = 0; i < photos.size(); ++i) {
        if (request.progress && !request.progress(i, photos.size(), photos[i]))
            throw Error(Error::Kind::Cancelled, u"cancelled; no photo was imported"_s);
        const QByteArray bytes = PhotoIngest::readFile(photos[i]);
        // Known by its bytes before any decoding: a card imported again costs little. Photos
        // added earlier in this import are in the transaction, so they are found too.
        const QString sha256 = PhotoIngest::sha256Of(bytes);
        if (const qint64 existing = treasure.photoFromSource(sha256)) {
            result.duplicates.append(
                u"%1: already in the treasure log (item %2)"_s.arg(photos[i]).arg(existing));
            continue;
        }
        const IngestedPhoto photo = PhotoIngest::fromBytes(bytes, photos[i], options, sha256);
        TreasureItem item = request.item;
        item.type = TreasureType::Photo;
        item.id = result.added.size() < request.ids.size() ? request.ids[result.added.size()] : 0;
        item.text.clear();
        if (!item.foundAt.isValid())
            item.foundAt = photo.takenAt;
        item.photo = PhotoInfo{photo.width, photo.height, photo.sourceName, photo.sourceSha256};
        result.added.append(treasure.addPhoto(item, photo.jpeg));
    }
    if (request.progress)
        request.progress(photos.size(), photos.size(), QString());
    transaction.commit();
    return result;
}

} // namespace fieldday
