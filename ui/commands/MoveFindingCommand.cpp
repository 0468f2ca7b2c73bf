#include "MoveFindingCommand.h"

#include "EventDocument.h"
#include "storage/TreasureRepository.h"

#include <QObject>

namespace fieldday {

MoveFindingCommand::MoveFindingCommand(EventDocument *document, qint64 findingId, int step)
    : DocumentCommand(document, QObject::tr("Move a finding")), m_before(document->data().findings)
{
    m_after = m_before;
    for (qsizetype i = 0; i < m_after.size(); ++i) {
        if (m_after[i].id == findingId && i + step >= 0 && i + step < m_after.size()) {
            m_after.move(i, i + step);
            setText(step < 0 ? QObject::tr("Move \"%1\" up").arg(m_after[i + step].title)
                             : QObject::tr("Move \"%1\" down").arg(m_after[i + step].title));
            break;
        }
    }
}

QString MoveFindingCommand::problem(const EventData &event) const
{
    if (m_after == m_before)
        return QObject::tr("The finding is already there.");
    return event.findings == m_before ? QString() : QObject::tr("The findings changed meanwhile.");
}

void MoveFindingCommand::writeOrder(const QList<Finding> &order)
{
    TreasureRepository treasure(document()->file());
    for (qsizetype i = 0; i < order.size(); ++i) {
        Finding f = order[i];
        f.position = int(i);
        treasure.saveFinding(f);
    }
    touched(DocumentChange::treasure());
}

void MoveFindingCommand::apply()
{
    writeOrder(m_after);
}

void MoveFindingCommand::revert()
{
    writeOrder(m_before);
}

} // namespace fieldday
