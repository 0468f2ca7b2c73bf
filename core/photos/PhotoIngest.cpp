#include "PhotoIngest.h"

#include "ExifReader.h"
#include "storage/Error.h"

#include <QBuffer>
#include <QColorSpace>
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPainter>
#include <QTransform>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

// EXIF orientation 1..8 → the upright image.
QImage oriented(const QImage &image, int orientation)
{
    auto rotated = [&image](qreal degrees) {
        return image.transformed(QTransform().rotate(degrees));
    };
    switch (orientation) {
    case 2:
        return image.mirrored(true, false);
    case 3:
        return rotated(180);
    case 4:
        return image.mirrored(false, true);
    case 5: // transpose
        return rotated(90).mirrored(true, false);
    case 6:
        return rotated(90);
    case 7: // transverse
        return rotated(90).mirrored(false, true);
    case 8:
        return rotated(270);
    default:
        return image;
    }
}

// The pixels alone: a new image knows no text keys, colour space or anything else the file had.
QImage pixelsOnly(QImage image)
{
    if (image.colorSpace().isValid() && image.colorSpace() != QColorSpace(QColorSpace::SRgb))
        image.convertToColorSpace(QColorSpace::SRgb);
    if (image.hasAlphaChannel()) {
        // JPEG has no transparency: put it on white, as it would look on a page.
        QImage flat(image.size(), QImage::Format_RGB32);
        flat.fill(Qt::white);
        QPainter(&flat).drawImage(0, 0, image);
        image = flat;
    }
    if (image.format() != QImage::Format_RGB32 && image.format() != QImage::Format_Grayscale8)
        image = image.convertToFormat(QImage::Format_RGB32);
    return QImage(image.constBits(), image.width(), image.height(), image.bytesPerLine(),
                  image.format())
        .copy();
}

} // namespace

bool PhotoIngest::hasPhotoSuffix(const QString &fileName)
{
    static const QStringList suffixes = {u"jpg"_s,  u"jpeg"_s, u"png"_s,
                                         u"webp"_s, u"tif"_s,  u"tiff"_s};
    return suffixes.contains(QFileInfo(fileName).suffix().toLower());
}

QStringList PhotoIngest::photosIn(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::Readable, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (hasPhotoSuffix(path) && !it.fileName().startsWith(u'.'))
            files.append(path);
    }
    std::sort(files.begin(), files.end());
    return files;
}

QByteArray PhotoIngest::readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(QFileInfo::exists(path) ? Error::Kind::BadInput : Error::Kind::NotFound,
                    path + u": cannot be read ("_s + file.errorString() + u')');
    return file.readAll();
}

QString PhotoIngest::sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

IngestedPhoto PhotoIngest::fromFile(const QString &path, const Options &options)
{
    return fromBytes(readFile(path), path, options);
}

IngestedPhoto PhotoIngest::fromBytes(const QByteArray &bytes, const QString &name,
                                     const Options &options, const QString &sha256)
{
    IngestedPhoto photo;
    photo.sourceName = QFileInfo(name).fileName();
    photo.sourceSha256 = sha256.isEmpty() ? sha256Of(bytes) : sha256;
    const ExifInfo exif = ExifReader::read(bytes);
    photo.takenAt = exif.takenAt;

    QByteArray data = bytes; // shared, not copied
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(false); // the orientation is applied below, from libexif's reading
    const QSize stored = reader.size();
    if (!reader.canRead() || !stored.isValid())
        throw Error(Error::Kind::BadInput,
                    name + u": not a photo Fieldday can read (JPEG, PNG, WebP or TIFF)"_s);
    // Decode straight to about the size wanted: a JPEG is then decoded at 1/8…8/8 of its size
    // (libjpeg's DCT scaling), far faster and in far less memory than the full image.
    const int longEdge = qMax(1, options.longEdge);
    if (qMax(stored.width(), stored.height()) > longEdge)
        reader.setScaledSize(stored.scaled(longEdge, longEdge, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        throw Error(Error::Kind::BadInput,
                    name + u": the image could not be decoded ("_s + reader.errorString() + u')');
    image = pixelsOnly(oriented(image, exif.orientation));

    QBuffer out(&photo.jpeg);
    out.open(QIODevice::WriteOnly);
    QImageWriter writer(&out, "jpeg");
    writer.setQuality(options.quality);
    writer.setOptimizedWrite(true);
    if (!writer.write(image))
        throw Error(Error::Kind::Storage,
                    name + u": could not be re-encoded ("_s + writer.errorString() + u')');
    photo.width = image.width();
    photo.height = image.height();
    return photo;
}

} // namespace fieldday
