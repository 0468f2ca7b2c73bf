#pragma once

#include <QUndoCommand>

namespace fieldday {

class EventDocument;

// An undoable change to an open event. Redo and undo both write to the file at once, then
// the document reloads. A change the file refuses (disk full, read-only) is reported through
// the document and the command makes itself obsolete, so the stack never records a change
// that did not happen.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(EventDocument *document, const QString &text);

    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    EventDocument *document() const { return m_document; }

private:
    EventDocument *m_document;
};

} // namespace fieldday
