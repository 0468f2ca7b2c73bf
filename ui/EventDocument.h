#pragma once

#include "model/EventData.h"

#include <QObject>
#include <QUndoStack>
#include <memory>

namespace fieldday {

class EventFile;

// One open event in the GUI: the file, an in-memory snapshot the views read, and the undo
// stack. Every change is written to the file at once; undo writes too.
class EventDocument : public QObject
{
    Q_OBJECT

public:
    explicit EventDocument(std::unique_ptr<EventFile> file, QObject *parent = nullptr);
    ~EventDocument() override;

    EventFile &file() const { return *m_file; }
    const EventData &data() const { return m_data; }
    QUndoStack *undoStack() const { return m_undoStack; }
    bool isReadOnly() const;
    QString fileName() const;

    // Re-reads the snapshot after a change was written.
    void reload();
    // Runs `command` and, if the file took the change, puts it on the undo stack.
    void push(QUndoCommand *command);
    void reportError(const QString &message);

signals:
    void changed();
    void errorOccurred(const QString &message);

private:
    std::unique_ptr<EventFile> m_file;
    EventData m_data;
    QUndoStack *m_undoStack;
};

} // namespace fieldday
