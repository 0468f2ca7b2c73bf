#include "ImportSummary.h"

using namespace Qt::StringLiterals;

namespace fieldday {

QString ImportIssue::toString(const QString &fileName) const
{
    QString text = fileName + u": row "_s + QString::number(row);
    if (!field.isEmpty())
        text += u", field \""_s + field + u'"';
    return text + u": "_s + message;
}

} // namespace fieldday
