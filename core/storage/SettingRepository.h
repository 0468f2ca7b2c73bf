#pragma once

#include <QList>
#include <QMap>
#include <QString>

namespace fieldday {

class EventFile;

// The event's own settings: text values under dotted keys ("allocation.unranked_cost").
// What a value means is for the part of Fieldday that owns the key.
class SettingRepository
{
public:
    explicit SettingRepository(EventFile &file);

    // Every setting whose key starts with `prefix`, by key (reading needs no write access).
    static QMap<QString, QString> values(const EventFile &file, const QString &prefix);
    // Sets each key to its value, all in one transaction.
    void set(const QList<std::pair<QString, QString>> &values);

private:
    EventFile &m_file;
};

} // namespace fieldday
