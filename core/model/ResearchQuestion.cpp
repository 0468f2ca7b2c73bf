#include "ResearchQuestion.h"

#include <QSet>

namespace fieldday {

QList<ResearchQuestion> ResearchQuestion::fromLines(const QList<ResearchQuestion> &before,
                                                    const QStringList &lines)
{
    QStringList texts;
    for (const QString &line : lines) {
        if (!line.trimmed().isEmpty())
            texts << line.trimmed();
    }
    QList<ResearchQuestion> result(texts.size());
    QSet<qint64> used;
    // Unchanged questions first, wherever they moved.
    for (qsizetype i = 0; i < texts.size(); ++i) {
        result[i].text = texts[i];
        for (const ResearchQuestion &q : before) {
            if (!used.contains(q.id) && q.text == texts[i]) {
                result[i].id = q.id;
                used.insert(q.id);
                break;
            }
        }
    }
    // Then a reworded line keeps the id of the question that stood in its place.
    for (qsizetype i = 0; i < texts.size(); ++i) {
        if (result[i].id == 0 && i < before.size() && !used.contains(before[i].id)) {
            result[i].id = before[i].id;
            used.insert(before[i].id);
        }
    }
    return result;
}

} // namespace fieldday
