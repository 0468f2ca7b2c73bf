#include "PdfFile.h"

#include "storage/Error.h"

#include <QFileInfo>
#include <QPdfWriter>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fieldday {

int PdfFile::write(const QString &path, const Settings &settings,
                   const std::function<int(QPdfWriter *)> &paint)
{
    if (QFileInfo(path).suffix().toLower() != u"pdf"_s)
        throw Error(Error::Kind::BadInput, path + u": the name must end in .pdf"_s);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + file.errorString() + u')');
    int pages = 0;
    {
        QPdfWriter pdf(&file);
        pdf.setResolution(settings.resolution);
        pdf.setTitle(settings.title);
        pdf.setCreator(u"Fieldday"_s);
        pdf.setPageLayout(settings.layout);
        pages = paint(&pdf);
    }
    if (!file.commit())
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + file.errorString() + u')');
    return pages;
}

} // namespace fieldday
