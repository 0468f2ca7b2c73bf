#pragma once

#include "ReportBlock.h"

namespace fieldday {

// Writes report blocks as an OpenDocument text (.odt) for LibreOffice Writer and other word
// processors: real headings (the Navigator lists them), numbered and bulleted lists, a table,
// the photos as their own JPEG files with numbered figure captions (alt text too), and the
// page number in the footer. The archive is zipped by libzip; Qt's own ODF writer would turn
// headings into bold paragraphs and every JPEG into a PNG many times its size.
class OdtWriter
{
public:
    // Written whole or not at all (libzip commits by renaming). Throws Error.
    static void write(const QString &path, const QString &title, const QList<ReportBlock> &blocks,
                      const PhotoLoader &photos);
};

} // namespace fieldday
