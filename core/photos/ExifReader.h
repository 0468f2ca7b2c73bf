#pragma once

#include <QByteArray>
#include <QDateTime>

namespace fieldday {

// What Fieldday reads from a photo's EXIF (libexif): how the camera meant it to be turned,
// and when it was taken. Nothing else is kept: location and camera stay behind.
struct ExifInfo
{
    int orientation = 1; // EXIF 1..8; 1 is upright
    QDateTime takenAt;   // the camera's local time; invalid if not recorded
};

class ExifReader
{
public:
    // `bytes` is a whole JPEG file (libexif finds its APP1 segment); anything else, or a photo
    // without EXIF, gives the defaults.
    static ExifInfo read(const QByteArray &bytes);
};

} // namespace fieldday
