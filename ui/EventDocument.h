#pragma once

#include "DocumentChange.h"
#include "model/EventData.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace fieldday {

class DocumentCommand;
class EventFile;

// One open event in the GUI: the file, an in-memory snapshot the views read, and the undo
// stack. Every change is written to the file at once, in one transaction; undo writes too.
// Only this class moves the undo stack, and only after the file took the write.
class EventDocument : public QObject
{
    Q_OBJECT

public:
    // What push() did: whether the change is in the file (and on the undo stack), and the id
    // of what it created. The caller never touches the command again.
    struct Outcome
    {
        bool done = false;
        qint64 createdId = 0;
        explicit operator bool() const { return done; }
    };

    explicit EventDocument(std::unique_ptr<EventFile> file, QObject *parent = nullptr);
    ~EventDocument() override;

    EventFile &file() const { return *m_file; }
    const EventData &data() const { return m_data; }
    // To follow (signals, texts); undo and redo go through undo() and redo() below.
    const QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const;
    QString fileName() const;

    // Checks the command against the event, writes it, and on success puts it on the undo
    // stack as one step. A refusal (a problem, or the file's) is reported once and changes
    // nothing.
    Outcome push(std::unique_ptr<DocumentCommand> command);
    // Take back or make again the step at the stack's index; if the file refuses (read-only,
    // disk full), that is reported and the stack stays where the file is.
    bool undo();
    bool redo();

    // Re-reads what a change touched from the file and tells the views.
    void refresh(const DocumentChange &change);
    void reportError(const QString &message);

signals:
    void changed(const fieldday::DocumentChange &change);
    void errorOccurred(const QString &message);

private:
    bool write(DocumentCommand *command, bool forward);
    void refreshPeople(const QList<qint64> &ids);

    std::unique_ptr<EventFile> m_file;
    EventData m_data;
    QUndoStack *m_undoStack;
};

} // namespace fieldday
