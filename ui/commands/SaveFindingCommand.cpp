#include "SaveFindingCommand.h"

#include "EventDocument.h"
#include "storage/TreasureRepository.h"

#include <QObject>

namespace fieldday {

SaveFindingCommand::SaveFindingCommand(EventDocument *document, std::optional<Finding> before,
                                       std::optional<Finding> after)
    : DocumentCommand(document, QString()), m_before(std::move(before)), m_after(std::move(after))
{
    if (!m_before)
        setText(QObject::tr("Add the finding \"%1\"").arg(m_after ? m_after->title : QString()));
    else if (!m_after)
        setText(QObject::tr("Delete the finding \"%1\"").arg(m_before->title));
    else
        setText(QObject::tr("Edit the finding \"%1\"").arg(m_after->title));
}

QString SaveFindingCommand::problem(const EventData &event) const
{
    if (m_after && m_after->title.trimmed().isEmpty())
        return QObject::tr("A finding needs a title: what was learned, in a sentence.");
    if (m_before && !std::any_of(event.findings.cbegin(), event.findings.cend(),
                                 [this](const Finding &f) { return f.id == m_before->id; }))
        return QObject::tr("That finding is no longer there.");
    return {};
}

void SaveFindingCommand::write(std::optional<Finding> &target, const std::optional<Finding> &other)
{
    TreasureRepository treasure(document()->file());
    if (target)
        target->id = treasure.saveFinding(*target); // a new one keeps its id for undo and redo
    else if (other)
        treasure.removeFinding(other->id);
    touched(DocumentChange::treasure());
}

void SaveFindingCommand::apply()
{
    write(m_after, m_before);
}

void SaveFindingCommand::revert()
{
    write(m_before, m_after);
}

} // namespace fieldday
