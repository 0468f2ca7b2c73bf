#pragma once

#include <QString>

namespace fieldday {

// One of the research's questions the day tests ("do we assume good social innovations are
// always new?"). Its id is stable when questions are reordered or reworded, so what speaks to
// it keeps doing so; ids are never reused.
struct ResearchQuestion
{
    qint64 id = 0;
    QString text;
    bool operator==(const ResearchQuestion &other) const = default;
};

} // namespace fieldday
