#include "PhotoImporter.h"

#include "PhotoIngest.h"
#include "storage/Error.h"
#include "storage/TreasureRepository.h"
#include "storage/WriteTransaction.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QTemporaryDir>

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

PhotoImporter::Preparation PhotoImporter::prepare(EventFile &file, const QStringList &paths,
                                                  int longEdge, const QString &folder,
                                                  const Progress &progress)
{
    Preparation result;
    const QStringList photos = files(paths);
    result.files = photos.size();
    const TreasureRepository treasure(file); // reads only
    PhotoIngest::Options options;
    options.longEdge = longEdge > 0 ? longEdge : treasure.photoLongEdge();
    QHash<QString, QString> batch; // hash → the file that had it first
    for (qsizetype i = 0; i < photos.size(); ++i) {
        if (progress && !progress(i, photos.size(), photos[i]))
            throw Error(Error::Kind::Cancelled, u"cancelled; no photo was imported"_s);
        const QByteArray bytes = PhotoIngest::readFile(photos[i]);
        // Known by its bytes before any decoding: a card imported again costs little.
        const QString sha256 = PhotoIngest::sha256Of(bytes);
        if (const qint64 existing = treasure.photoFromSource(sha256)) {
            result.duplicates.append(
                u"%1: already in the treasure log (item %2)"_s.arg(photos[i]).arg(existing));
            continue;
        }
        if (batch.contains(sha256)) {
            result.duplicates.append(u"%1: the same photo as %2"_s.arg(photos[i], batch[sha256]));
            continue;
        }
        batch.insert(sha256, photos[i]);
        const IngestedPhoto photo = PhotoIngest::fromBytes(bytes, photos[i], options, sha256);
        Prepared prepared{
            folder + u"/photo-%1.jpg"_s.arg(result.photos.size() + 1),
            PhotoInfo{photo.width, photo.height, photo.sourceName, photo.sourceSha256},
            photo.takenAt};
        // A plain file, not a QSaveFile: it is scratch, read back within this import, and a
        // sync to disk for each photo costs more than the photo when the disk is busy.
        QFile out(prepared.jpegPath);
        if (!out.open(QIODevice::WriteOnly) || out.write(photo.jpeg) != photo.jpeg.size() ||
            !out.flush())
            throw Error(Error::Kind::Storage,
                        prepared.jpegPath + u": cannot be written ("_s + out.errorString() + u')');
        result.photos.append(prepared);
    }
    if (progress)
        progress(photos.size(), photos.size(), QString());
    return result;
}

QList<qint64> PhotoImporter::store(EventFile &file, const QList<Prepared> &photos,
                                   const TreasureItem &item, const QList<qint64> &ids)
{
    QList<qint64> added;
    TreasureRepository treasure(file);
    WriteTransaction transaction(file);
    for (qsizetype i = 0; i < photos.size(); ++i) {
        QFile jpeg(photos[i].jpegPath);
        if (!jpeg.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::Storage,
                        photos[i].jpegPath + u": cannot be read ("_s + jpeg.errorString() + u')');
        TreasureItem photo = item;
        photo.type = TreasureType::Photo;
        photo.id = i < ids.size() ? ids[i] : 0;
        photo.text.clear();
        if (!photo.foundAt.isValid())
            photo.foundAt = photos[i].takenAt;
        photo.photo = photos[i].info;
        added.append(treasure.addPhoto(photo, jpeg.readAll()));
    }
    transaction.commit();
    return added;
}

PhotoImporter::Result PhotoImporter::run(EventFile &file, const QStringList &paths,
                                         const TreasureItem &item, int longEdge,
                                         const Progress &progress)
{
    QTemporaryDir folder;
    if (!folder.isValid())
        throw Error(Error::Kind::Storage,
                    u"no room for a temporary folder (%1)"_s.arg(folder.errorString()));
    const Preparation prepared = prepare(file, paths, longEdge, folder.path(), progress);
    return Result{store(file, prepared.photos, item), prepared.duplicates, prepared.files};
}

} // namespace fieldday
