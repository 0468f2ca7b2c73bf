#include "ImportPreview.h"

#include "csv/CsvReader.h"
#include "import/ParticipantImporter.h"
#include "storage/Error.h"
#include "storage/EventFile.h"

#include <QBuffer>
#include <QThread>

namespace fieldday {

ImportPreview::ImportPreview(QString eventPath, QByteArray bytes, QString fileName,
                             QObject *parent)
    : QObject(parent), m_eventPath(std::move(eventPath)), m_bytes(std::move(bytes)),
      m_fileName(std::move(fileName)), m_thread(new QThread(this)), m_worker(new QObject)
{
    m_worker->moveToThread(m_thread);
    m_thread->start();
}

ImportPreview::~ImportPreview()
{
    m_latest = ~quint64(0); // whatever runs stops at its next rows
    // The copy's connection is closed in the thread that opened it.
    QMetaObject::invokeMethod(m_worker, [this] { m_event.reset(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_worker;
}

void ImportPreview::request(const ColumnMapping &mapping, const ImportOptions &options)
{
    const quint64 generation = ++m_latest;
    m_running = true;
    QMetaObject::invokeMethod(
        m_worker, [this, generation, mapping, options] { run(generation, mapping, options); },
        Qt::QueuedConnection);
}

void ImportPreview::run(quint64 generation, const ColumnMapping &mapping, ImportOptions options)
{
    if (generation != m_latest)
        return; // a newer request is queued behind this one
    Result result;
    try {
        if (!m_event)
            m_event = EventFile::openPrivateCopy(m_eventPath);
        QBuffer buffer(&m_bytes);
        buffer.open(QIODevice::ReadOnly);
        CsvOptions csv;
        csv.requireSameFieldCount = false;
        CsvReader reader(&buffer, csv);
        options.dryRun = true;
        options.progress = [this, generation](qint64) { return generation == m_latest; };
        result.summary = ParticipantImporter(*m_event, options).run(reader, m_fileName, mapping);
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Cancelled)
            return;
        result.error = error.message();
    }
    if (generation != m_latest)
        return;
    QMetaObject::invokeMethod(
        this,
        [this, generation, result] {
            if (generation != m_latest)
                return;
            m_running = false;
            emit ready(result);
        },
        Qt::QueuedConnection);
}

} // namespace fieldday
