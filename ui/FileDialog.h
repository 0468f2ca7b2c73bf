#pragma once

#include <QString>

class QWidget;

namespace fieldday {

// File dialogs behind a seam: tests queue the next answer instead of clicking a real dialog.
class FileDialog
{
public:
    static QString getOpenFileName(QWidget *parent, const QString &caption, const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &filter,
                                   const QString &suggested = {});
    // The next call returns `fileName` (an empty string means "cancelled") without a dialog.
    static void setNextFileName(const QString &fileName);

private:
    static bool takeNext(QString *fileName);
};

} // namespace fieldday
