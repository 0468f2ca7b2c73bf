#include "SearchKey.h"

namespace fieldday {

QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD).toCaseFolded();
    QString out;
    out.reserve(decomposed.size());
    bool space = true; // no leading space
    for (const QChar c : decomposed) {
        if (c.isLetterOrNumber()) {
            out.append(c);
            space = false;
        } else if (c.category() != QChar::Mark_NonSpacing && !space) {
            out.append(u' ');
            space = true;
        }
    }
    if (out.endsWith(u' '))
        out.chop(1);
    return out;
}

} // namespace fieldday
