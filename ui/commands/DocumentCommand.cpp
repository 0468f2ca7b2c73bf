#include "DocumentCommand.h"

#include "EventDocument.h"
#include "storage/Error.h"
#include "storage/WriteTransaction.h"

namespace fieldday {

DocumentCommand::DocumentCommand(EventDocument *document, const QString &text)
    : QUndoCommand(text), m_document(document)
{
}

QString DocumentCommand::problem(const EventData &) const
{
    return {};
}

void DocumentCommand::write(bool forward)
{
    m_change = DocumentChange::everything();
    WriteTransaction transaction(m_document->file());
    if (forward)
        apply();
    else
        revert();
    transaction.commit();
}

void DocumentCommand::redo()
{
    // Only EventDocument moves the stack, after writing; a stack moved by anyone else would
    // no longer say what the file holds.
    Q_ASSERT_X(m_written, "DocumentCommand::redo", "use EventDocument::redo");
    m_written = false;
}

void DocumentCommand::undo()
{
    Q_ASSERT_X(m_written, "DocumentCommand::undo", "use EventDocument::undo");
    m_written = false;
}

} // namespace fieldday
