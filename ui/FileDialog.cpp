#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace fieldday {
namespace {
std::optional<QString> nextFileName;
}

bool FileDialog::takeNext(QString *fileName)
{
    if (!nextFileName)
        return false;
    *fileName = *nextFileName;
    nextFileName.reset();
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileName = fileName;
}

QString FileDialog::getOpenFileName(QWidget *parent, const QString &caption, const QString &filter)
{
    QString answer;
    if (takeNext(&answer))
        return answer;
    return QFileDialog::getOpenFileName(parent, caption, QString(), filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                    const QString &suggested)
{
    QString answer;
    if (takeNext(&answer))
        return answer;
    return QFileDialog::getSaveFileName(parent, caption, suggested, filter);
}

} // namespace fieldday
