#include "TreasureItem.h"

using namespace Qt::StringLiterals;

namespace fieldday {

QString TreasureItem::label() const
{
    const QString words = (caption.isEmpty() ? text : caption).simplified();
    const QString shortWords = words.size() > 48 ? words.left(47).trimmed() + u'…' : words;
    const QString what = treasureTypeToString(type);
    return shortWords.isEmpty() ? u"%1 %2"_s.arg(what).arg(id) : u"%1 “%2”"_s.arg(what, shortWords);
}

} // namespace fieldday
