#pragma once

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QImageWriter>
#include <QList>
#include <cstring>
#include <libexif/exif-data.h>

// Test photos as a phone makes them: a JPEG with EXIF (orientation, time, camera, GPS
// position) and a comment, built here with libexif so no real person's photo is committed.
namespace fieldday::test {

inline QByteArray jpegOf(const QImage &image, int quality = 90)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, "jpeg");
    writer.setQuality(quality);
    writer.write(image);
    return bytes;
}

struct ExifTags
{
    int orientation = 1;
    bool gps = true;
    bool camera = true;
    QByteArray takenAt = "2019:03:26 11:02:13";
    QByteArray comment = "Owner: Jane Example, +44 7700 900123";
};

namespace detail {
inline ExifEntry *addEntry(ExifData *data, ExifIfd ifd, ExifTag tag, ExifFormat format,
                           unsigned long components)
{
    ExifMem *mem = exif_mem_new_default();
    ExifEntry *entry = exif_entry_new_mem(mem);
    const unsigned int size = exif_format_get_size(format) * components;
    entry->data = static_cast<unsigned char *>(exif_mem_alloc(mem, size));
    entry->size = size;
    entry->tag = tag;
    entry->components = components;
    entry->format = format;
    exif_content_add_entry(data->ifd[ifd], entry);
    exif_mem_unref(mem);
    exif_entry_unref(entry); // the IFD holds it
    return entry;
}
inline void addAscii(ExifData *data, ExifIfd ifd, ExifTag tag, const QByteArray &text)
{
    ExifEntry *e = addEntry(data, ifd, tag, EXIF_FORMAT_ASCII, ulong(text.size() + 1));
    std::memcpy(e->data, text.constData(), size_t(text.size()) + 1);
}
inline void addRationals(ExifData *data, ExifIfd ifd, ExifTag tag, QList<ExifRational> values)
{
    ExifEntry *e = addEntry(data, ifd, tag, EXIF_FORMAT_RATIONAL, ulong(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i)
        exif_set_rational(e->data + 8 * i, EXIF_BYTE_ORDER_INTEL, values[i]);
}
} // namespace detail

// `jpeg` with an APP1 EXIF segment and a COM segment inserted after its SOI marker.
inline QByteArray withExif(const QByteArray &jpeg, const ExifTags &tags)
{
    ExifData *data = exif_data_new();
    exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_set_byte_order(data, EXIF_BYTE_ORDER_INTEL);
    ExifEntry *orientation =
        detail::addEntry(data, EXIF_IFD_0, EXIF_TAG_ORIENTATION, EXIF_FORMAT_SHORT, 1);
    exif_set_short(orientation->data, EXIF_BYTE_ORDER_INTEL, ExifShort(tags.orientation));
    if (tags.camera) {
        detail::addAscii(data, EXIF_IFD_0, EXIF_TAG_MAKE, "Acme");
        detail::addAscii(data, EXIF_IFD_0, EXIF_TAG_MODEL, "PhoneCam 3 (serial 0042)");
    }
    if (!tags.takenAt.isEmpty())
        detail::addAscii(data, EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL, tags.takenAt);
    if (tags.gps) {
        detail::addAscii(data, EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LATITUDE_REF), "N");
        detail::addRationals(data, EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LATITUDE),
                             {{53, 1}, {28, 1}, {5736, 100}});
        detail::addAscii(data, EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LONGITUDE_REF), "W");
        detail::addRationals(data, EXIF_IFD_GPS, ExifTag(EXIF_TAG_GPS_LONGITUDE),
                             {{2, 1}, {20, 1}, {1536, 100}});
    }
    unsigned char *blob = nullptr;
    unsigned int size = 0;
    exif_data_save_data(data, &blob, &size);
    exif_data_unref(data);
    QByteArray app1("\xFF\xE1", 2);
    app1.append(char((size + 2) >> 8)).append(char((size + 2) & 0xff));
    app1.append(reinterpret_cast<const char *>(blob), qsizetype(size));
    free(blob);
    QByteArray com("\xFF\xFE", 2);
    com.append(char((tags.comment.size() + 2) >> 8))
        .append(char((tags.comment.size() + 2) & 0xff))
        .append(tags.comment);
    return jpeg.left(2) + app1 + com + jpeg.mid(2);
}

// The markers of a JPEG's header (up to the start of the image data), e.g. 0xE0 for APP0.
inline QList<int> jpegMarkers(const QByteArray &jpeg)
{
    QList<int> markers;
    qsizetype i = 2;
    while (i + 4 <= jpeg.size() && uchar(jpeg[i]) == 0xFF) {
        const int marker = uchar(jpeg[i + 1]);
        markers.append(marker);
        if (marker == 0xDA) // start of scan: the rest is image data
            break;
        i += 2 + ((uchar(jpeg[i + 2]) << 8) | uchar(jpeg[i + 3]));
    }
    return markers;
}

// Every EXIF entry libexif finds in the file, as "IFD:tag".
inline QStringList exifEntries(const QByteArray &jpeg)
{
    QStringList entries;
    ExifData *data = exif_data_new();
    exif_data_unset_option(data, EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(data, reinterpret_cast<const unsigned char *>(jpeg.constData()),
                        unsigned(jpeg.size()));
    for (int ifd = 0; ifd < EXIF_IFD_COUNT; ++ifd) {
        ExifContent *content = data->ifd[ifd];
        for (unsigned i = 0; i < content->count; ++i)
            entries << QStringLiteral("%1:%2")
                           .arg(QString::fromLatin1(exif_ifd_get_name(ExifIfd(ifd))))
                           .arg(content->entries[i]->tag, 4, 16, QLatin1Char('0'));
    }
    exif_data_unref(data);
    return entries;
}

} // namespace fieldday::test
