#include "EventDocument.h"

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

void EventDocument::reload()
{
    m_data = EventReader::load(*m_file);
    emit changed();
}

void EventDocument::push(QUndoCommand *command)
{
    m_undoStack->push(command);
}

void EventDocument::reportError(const QString &message)
{
    emit errorOccurred(message);
}

} // namespace fieldday
