#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportOptions.h"
#include "import/ImportSummary.h"

#include <QObject>
#include <atomic>
#include <functional>
#include <memory>

class QThread;

namespace fieldday {

class EventFile;

// The import dialog's "what the import would do", worked out off the UI thread: a dry run of
// the whole file on a private copy of the event in memory (the very checks the import makes),
// so the window never freezes on a large file. A newer request cancels the one running; only
// the latest answer is delivered, on the caller's thread.
class ImportPreview : public QObject
{
    Q_OBJECT

public:
    struct Result
    {
        ImportSummary summary;
        QString error; // the file could not be read, or the event copied
    };

    ImportPreview(QString eventPath, QByteArray bytes, QString fileName,
                  QObject *parent = nullptr);
    ~ImportPreview() override; // cancels and waits for the worker

    void request(const ColumnMapping &mapping, const ImportOptions &options);
    bool isRunning() const { return m_running; }

signals:
    void ready(const fieldday::ImportPreview::Result &result);

private:
    void run(quint64 generation, const ColumnMapping &mapping, ImportOptions options);

    QString m_eventPath;
    QByteArray m_bytes;
    QString m_fileName;
    QThread *m_thread;
    QObject *m_worker;                  // lives in m_thread; runs the dry runs there
    std::unique_ptr<EventFile> m_event; // the private copy, made and used in m_thread only
    std::atomic<quint64> m_latest{0};
    bool m_running = false;
};

} // namespace fieldday
