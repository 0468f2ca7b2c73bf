#include "ExifReader.h"

#include <libexif/exif-data.h>
#include <memory>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

struct ExifDataDeleter
{
    void operator()(ExifData *data) const { exif_data_unref(data); }
};

QDateTime dateTime(ExifData *data, ExifIfd ifd, ExifTag tag)
{
    ExifEntry *entry = exif_content_get_entry(data->ifd[ifd], tag);
    if (!entry || entry->format != EXIF_FORMAT_ASCII)
        return {};
    char value[64] = {};
    exif_entry_get_value(entry, value, sizeof value);
    // "2019:03:26 11:02:13"; cameras with no clock set write blanks or zeros.
    return QDateTime::fromString(QString::fromLatin1(value).trimmed(), u"yyyy:MM:dd HH:mm:ss"_s);
}

} // namespace

ExifInfo ExifReader::read(const QByteArray &bytes)
{
    ExifInfo info;
    if (!bytes.startsWith("\xFF\xD8"))
        return info; // only JPEG carries EXIF in a form libexif reads here
    std::unique_ptr<ExifData, ExifDataDeleter> data(exif_data_new());
    if (!data)
        return info;
    // Read what is there; do not "fix" it into what the specification wants.
    exif_data_unset_option(data.get(), EXIF_DATA_OPTION_FOLLOW_SPECIFICATION);
    exif_data_load_data(data.get(), reinterpret_cast<const unsigned char *>(bytes.constData()),
                        unsigned(bytes.size()));
    const ExifByteOrder order = exif_data_get_byte_order(data.get());
    if (ExifEntry *entry = exif_content_get_entry(data->ifd[EXIF_IFD_0], EXIF_TAG_ORIENTATION);
        entry && entry->format == EXIF_FORMAT_SHORT && entry->size >= 2) {
        const int orientation = exif_get_short(entry->data, order);
        if (orientation >= 1 && orientation <= 8)
            info.orientation = orientation;
    }
    info.takenAt = dateTime(data.get(), EXIF_IFD_EXIF, EXIF_TAG_DATE_TIME_ORIGINAL);
    if (!info.takenAt.isValid())
        info.takenAt = dateTime(data.get(), EXIF_IFD_0, EXIF_TAG_DATE_TIME);
    return info;
}

} // namespace fieldday
