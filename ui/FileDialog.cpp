#include "FileDialog.h"

#include <QFileDialog>
#include <optional>

namespace fieldday {
namespace {
std::optional<QStringList> nextFileNames;
}

bool FileDialog::takeNext(QStringList *fileNames)
{
    if (!nextFileNames)
        return false;
    *fileNames = *nextFileNames;
    nextFileNames.reset();
    return true;
}

bool FileDialog::takeNext(QString *fileName)
{
    QStringList names;
    if (!takeNext(&names))
        return false;
    *fileName = names.value(0);
    return true;
}

void FileDialog::setNextFileName(const QString &fileName)
{
    nextFileNames = fileName.isEmpty() ? QStringList() : QStringList{fileName};
}

void FileDialog::setNextFileNames(const QStringList &fileNames)
{
    nextFileNames = fileNames;
}

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption,
                                         const QString &filter)
{
    QStringList answer;
    if (takeNext(&answer))
        return answer;
    return QFileDialog::getOpenFileNames(parent, caption, QString(), filter);
}

QString FileDialog::getExistingDirectory(QWidget *parent, const QString &caption)
{
    QString answer;
    if (takeNext(&answer))
        return answer;
    return QFileDialog::getExistingDirectory(parent, caption);
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
