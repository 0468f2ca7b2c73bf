#pragma once

#include <QByteArray>
#include <QString>

namespace fieldday {

class EventFile;

// The state shared with a copy (what it held when shared or last merged: a compressed SQLite
// database) is kept in parts: with photos it outgrows the 32 MiB a single value may have
// (ConnectionHardening), so it is written in rows of a few MiB and read back whole.
class SharedState
{
public:
    static constexpr qsizetype partSize = 8 * 1024 * 1024;

    // Replaces the state of the sharing `uid`, inside the caller's transaction.
    static void write(const EventFile &file, const QString &uid, const QByteArray &state);
    // Empty when the sharing has no state.
    static QByteArray read(const EventFile &file, const QString &uid);
};

} // namespace fieldday
