#include "EventDocument.h"

#include "commands/DocumentCommand.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"

#include <QFileInfo>

namespace fieldday {

EventDocument::EventDocument(std::unique_ptr<EventFile> file, QObject *parent)
    : QObject(parent), m_file(std::move(file)), m_undoStack(new QUndoStack(this))
{
    m_data = EventReader::load(*m_file);
}

EventDocument::~EventDocument() = default;

bool EventDocument::isReadOnly() const
{
    return m_file->isReadOnly();
}

QString EventDocument::fileName() const
{
    return QFileInfo(m_file->path()).fileName();
}

bool EventDocument::write(DocumentCommand *command, bool forward)
{
    try {
        command->write(forward);
        return true;
    } catch (const Error &error) {
        // The transaction rolled back: the file is as it was, and so is the snapshot.
        reportError(error.message());
        return false;
    }
}

EventDocument::Outcome EventDocument::push(std::unique_ptr<DocumentCommand> command)
{
    if (const QString problem = command->problem(m_data); !problem.isEmpty()) {
        reportError(problem);
        return {};
    }
    if (!write(command.get(), true))
        return {};
    const Outcome outcome{true, command->createdId()};
    const DocumentChange change = command->change();
    command->m_written = true;
    m_undoStack->push(command.release()); // its redo() finds the write made
    refresh(change);
    return outcome;
}

bool EventDocument::undo()
{
    const int index = m_undoStack->index();
    if (index == 0)
        return false;
    auto *command = const_cast<DocumentCommand *>(
        static_cast<const DocumentCommand *>(m_undoStack->command(index - 1)));
    if (!write(command, false))
        return false;
    command->m_written = true;
    m_undoStack->undo();
    refresh(command->change());
    return true;
}

bool EventDocument::redo()
{
    const int index = m_undoStack->index();
    if (index == m_undoStack->count())
        return false;
    auto *command = const_cast<DocumentCommand *>(
        static_cast<const DocumentCommand *>(m_undoStack->command(index)));
    if (!write(command, true))
        return false;
    command->m_written = true;
    m_undoStack->redo();
    refresh(command->change());
    return true;
}

void EventDocument::refresh(const DocumentChange &change)
{
    switch (change.scope) {
    case DocumentChange::Scope::People:
        refreshPeople(change.participantIds);
        break;
    case DocumentChange::Scope::Plan:
        EventReader::reloadPlan(*m_file, m_data);
        // The log reads its kinds of treasure and questions through the plan's.
        EventReader::reloadTreasure(*m_file, m_data);
        break;
    case DocumentChange::Scope::Treasure:
        EventReader::reloadTreasure(*m_file, m_data);
        break;
    case DocumentChange::Scope::Everything:
        m_data = EventReader::load(*m_file);
        break;
    }
    emit changed(change);
}

void EventDocument::refreshPeople(const QList<qint64> &ids)
{
    for (qint64 id : ids) {
        const std::optional<Participant> person = EventReader::participant(*m_file, id);
        if (person)
            m_data.setParticipant(*person, EventReader::assignment(*m_file, id));
        else
            m_data.removeParticipant(id);
    }
}

void EventDocument::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace fieldday
