#pragma once

#include <QStringList>

namespace fieldday {

// The recently opened event files, most recent first, kept in QSettings.
class RecentFiles
{
public:
    static QStringList list();
    static void add(const QString &path);
    static void remove(const QString &path);
    static constexpr int maximum = 8;
};

} // namespace fieldday
