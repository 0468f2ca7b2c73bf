#pragma once

#include "DocumentChange.h"

#include <QUndoCommand>

namespace fieldday {

struct EventData;
class EventDocument;

// One user action on an open event, as one undo step. Its change is checked against the event
// before anything is written (problem()), and each write, forward or back, is one transaction:
// wholly in the file or wholly absent. EventDocument writes first and moves the undo stack only
// once the file took the change, so the stack and the file never disagree.
class DocumentCommand : public QUndoCommand
{
public:
    DocumentCommand(EventDocument *document, const QString &text);

    // Why the change cannot be made to the event as it is now, in words for the user; empty
    // when it can. Asked before the first write.
    virtual QString problem(const EventData &event) const;
    // What the last write touched (set by apply() and revert(); everything unless they say).
    const DocumentChange &change() const { return m_change; }
    // The id of what the first write created (a person, a destination), else 0.
    virtual qint64 createdId() const { return 0; }

    // Writes the change (forward) or takes it back, in one transaction. Throws Error and then
    // has written nothing.
    void write(bool forward);

    // The stack calls these; the write has already been made by EventDocument by then.
    void redo() final;
    void undo() final;

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    EventDocument *document() const { return m_document; }
    void touched(DocumentChange change) { m_change = std::move(change); }

private:
    friend class EventDocument;

    EventDocument *m_document;
    DocumentChange m_change;
    bool m_written = false; // the stack's next redo() or undo() finds its write made
};

} // namespace fieldday
