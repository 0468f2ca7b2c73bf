#pragma once

#include <QStringList>

class QWidget;

namespace fieldday {

// File dialogs behind a seam: tests queue the next answer instead of clicking a real dialog.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                   const QString &suggested = {});
    // A name for a file that must not exist yet (a shared copy): the dialog offers no
    // "replace?", and a name that is taken is refused with a message and asked for again.
    static QString getNewFileName(QWidget *parent, const QString &caption, const QString &filter,
                                  const QString &suggested = {});
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption,
                                        const QString &filter);
    static QString getExistingDirectory(QWidget *parent, const QString &caption);
    // The next call returns `fileName` (an empty string means "cancelled") without a dialog.
    static void setNextFileName(const QString &fileName);
    // The next getOpenFileNames() returns these (none: cancelled) without a dialog.
    static void setNextFileNames(const QStringList &fileNames);

private:
    static bool takeNext(QString *fileName);
    static bool takeNext(QStringList *fileNames);
};

} // namespace fieldday
