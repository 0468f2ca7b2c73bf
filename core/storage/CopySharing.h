#pragma once

#include <QByteArray>
#include <QString>
#include <future>

namespace fieldday {

class EventFile;

// Sharing a copy of an event with another organiser (docs/file-format.md, "Shared copies").
class CopySharing
{
public:
    struct Shared
    {
        QString uid;
        QString name;
        int idSpace = 0;
    };

    // Writes a complete copy of `original` to `outPath` (through SQLite, as `backup` does)
    // that knows its event and this sharing and adds rows in an id range of its own; the
    // original records the sharing and the copy's content at this moment (the shared state,
    // compressed), which a merge compares both sides with. Throws Error; on failure neither
    // file is changed.
    static Shared share(EventFile &original, const QString &outPath, const QString &name);

    // The whole database of `file` as SQLite would write it (sqlite3_serialize), compressed.
    static QByteArray snapshot(const EventFile &file);
    // The same, compressed on another thread; the file may change meanwhile.
    static std::future<QByteArray> snapshotLater(const EventFile &file);
};

} // namespace fieldday
