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

QMap<QString, int> ImportSummary::changedFields() const
{
    QMap<QString, int> counts;
    for (const FieldChange &c : changes)
        ++counts[c.field];
    if (conflictsTakeFile) {
        for (const FieldChange &c : conflicts)
            ++counts[c.field];
    }
    return counts;
}

QString ImportSummary::labelOf(const QString &field) const
{
    for (const QList<FieldChange> *list : {&changes, &conflicts, &kept}) {
        for (const FieldChange &c : *list) {
            if (c.field == field)
                return c.label;
        }
    }
    return field;
}

} // namespace fieldday
