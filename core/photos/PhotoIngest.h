#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QStringList>

namespace fieldday {

// A photo made fit to store: turned as the camera meant (EXIF orientation), downscaled to
// the long edge, re-encoded as a baseline JPEG from the pixels alone, so nothing of the
// original file (EXIF with its GPS position and camera, XMP, comments, colour profile) is
// carried over.
struct IngestedPhoto
{
    QByteArray jpeg;
    int width = 0;
    int height = 0;
    QDateTime takenAt;    // from EXIF; invalid if the camera did not say
    QString sourceName;   // the file's name, without its folder
    QString sourceSha256; // of the file's bytes, hex
};

class PhotoIngest
{
public:
    struct Options
    {
        int longEdge = 2048; // pixels; a smaller photo is not enlarged
        int quality = 85;    // JPEG quality
    };

    // Throws Error (BadInput) naming the file if it cannot be read as an image.
    static IngestedPhoto fromFile(const QString &path, const Options &options);
    // `sha256`: the bytes' hash when the caller has it already.
    static IngestedPhoto fromBytes(const QByteArray &bytes, const QString &name,
                                   const Options &options, const QString &sha256 = {});
    // Reads a file whole (a phone's photo is a few megabytes); throws Error naming it.
    static QByteArray readFile(const QString &path);
    static QString sha256Of(const QByteArray &bytes); // hex

    // The photos in a folder and its subfolders (a phone's card: DCIM/100APPLE/…), by path.
    static QStringList photosIn(const QString &folder);
    static bool hasPhotoSuffix(const QString &fileName); // .jpg .jpeg .png .webp .tif .tiff
};

} // namespace fieldday
