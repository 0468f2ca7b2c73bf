#pragma once

#include <QList>
#include <QString>

namespace fieldday {

// "What we learned": a finding the organisers write after the day, drawn from research
// questions and treasure items.
struct Finding
{
    qint64 id = 0;
    int position = 0;
    QString title;
    QString text;
    QList<qint64> questionIds;
    QList<qint64> itemIds;
    bool operator==(const Finding &other) const = default;
};

} // namespace fieldday
