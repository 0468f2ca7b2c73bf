#pragma once

#include <QList>
#include <QStringList>

namespace fieldday {

// One of the research's questions the day tests ("do we assume good social innovations are
// always new?"). Its id is stable when questions are reordered or reworded, so what speaks to
// it keeps doing so; ids are never reused.
struct ResearchQuestion
{
    qint64 id = 0;
    QString text;
    bool operator==(const ResearchQuestion &other) const = default;

    // The questions as edited one per line: a line that is an old question's text keeps its
    // id (moved), else the line in an old question's place keeps that one's (reworded), else
    // it is new (id 0). Empty lines are dropped.
    static QList<ResearchQuestion> fromLines(const QList<ResearchQuestion> &before,
                                             const QStringList &lines);
};

} // namespace fieldday
