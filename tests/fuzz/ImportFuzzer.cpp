// libFuzzer target: any bytes as a booking export, through column mapping and the importer
// (a dry run on a copy of the sample event). Bad input must end in an Error, never a crash.
#include "csv/CsvReader.h"
#include "import/ParticipantImporter.h"
#include "sample/SampleEvent.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventWriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QTemporaryDir>

using namespace fieldday;

namespace {
EventFile &event()
{
    static int argc = 1;
    static char name[] = "ImportFuzzer";
    static char *argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
    static QTemporaryDir dir;
    static std::unique_ptr<EventFile> file =
        EventFile::create(dir.filePath(QStringLiteral("fuzz.fieldday")),
                          [](EventFile &f) { EventWriter::writeAll(f, SampleEvent::data()); });
    return *file;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    EventFile &file = event();
    QBuffer buffer;
    buffer.setData(reinterpret_cast<const char *>(data), qsizetype(size));
    buffer.open(QIODevice::ReadOnly);
    CsvOptions csv;
    csv.requireSameFieldCount = false;
    CsvReader reader(&buffer, csv);
    ImportOptions options;
    options.dryRun = true;
    options.skipBadRows = (size % 2) == 0;
    options.onDuplicate = DuplicatePolicy(size % 3);
    try {
        ParticipantImporter(file, options).run(reader, QStringLiteral("fuzz.csv"));
    } catch (const Error &error) {
        if (error.message().isEmpty())
            __builtin_trap();
    }
    return 0;
}
