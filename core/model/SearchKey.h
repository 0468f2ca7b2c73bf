#pragma once

#include <QString>

namespace fieldday {

// Text as people search it: case, accents and punctuation do not matter ("Zoe" finds "Zoë").
// Letters and digits are kept, everything else becomes single spaces.
QString searchKey(const QString &text);

} // namespace fieldday
