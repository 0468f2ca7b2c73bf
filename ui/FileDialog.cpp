#include "FileDialog.h"

#include "MessageBox.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileInfo>
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

QString FileDialog::getNewFileName(QWidget *parent, const QString &caption, const QString &filter,
                                   const QString &suggested)
{
    QString answer;
    if (takeNext(&answer))
        return answer;
    QString start = suggested;
    for (;;) {
        const QString path = QFileDialog::getSaveFileName(parent, caption, start, filter, nullptr,
                                                          QFileDialog::DontConfirmOverwrite);
        if (path.isEmpty() || !QFileInfo::exists(path))
            return path;
        MessageBox::warning(
            parent, caption,
            QCoreApplication::translate("fieldday::FileDialog",
                                        "%1 already exists, and nothing is overwritten here. "
                                        "Choose a new name.")
                .arg(QFileInfo(path).fileName()));
        start = path;
    }
}

} // namespace fieldday
