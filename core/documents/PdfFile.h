#pragma once

#include <QPageLayout>
#include <QString>
#include <functional>

class QPdfWriter;

namespace fieldday {

// A PDF written whole or not at all: the name must end in .pdf, the pages are painted into a
// temporary file (QSaveFile) that replaces `path` only once it is complete. Throws Error.
class PdfFile
{
public:
    struct Settings
    {
        int resolution = 300; // device pixels per inch
        QString title;
        QPageLayout layout;
    };
    // `paint` draws every page on the writer and returns how many it drew; so does write().
    static int write(const QString &path, const Settings &settings,
                     const std::function<int(QPdfWriter *)> &paint);
};

} // namespace fieldday
