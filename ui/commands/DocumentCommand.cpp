#include "DocumentCommand.h"

#include "EventDocument.h"
#include "storage/Error.h"

namespace fieldday {

DocumentCommand::DocumentCommand(EventDocument *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

void DocumentCommand::redo()
{
    try {
        apply();
    } catch (const Error &error) {
        setObsolete(true);
        m_document->reportError(error.message());
    }
    m_document->reload();
}

void DocumentCommand::undo()
{
    try {
        revert();
    } catch (const Error &error) {
        m_document->reportError(error.message());
    }
    m_document->reload();
}

} // namespace fieldday
