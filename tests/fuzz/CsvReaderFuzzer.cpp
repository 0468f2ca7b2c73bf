// libFuzzer target: any bytes, read as CSV with every encoding, must end in rows or an error,
// never a crash, a hang or a sanitizer report.
#include "csv/CsvReader.h"

#include <QBuffer>

using namespace fieldday;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    for (CsvEncoding encoding :
         {CsvEncoding::Auto, CsvEncoding::Utf8, CsvEncoding::Windows1252, CsvEncoding::Utf16}) {
        for (bool sameCount : {true, false}) {
            CsvOptions options;
            options.encoding = encoding;
            options.requireSameFieldCount = sameCount;
            QBuffer buffer;
            buffer.setData(bytes);
            buffer.open(QIODevice::ReadOnly);
            CsvReader reader(&buffer, options);
            QStringList fields;
            qint64 rows = 0;
            while (reader.readRow(fields)) {
                // Every row read has at least one field and rows only go up.
                if (fields.isEmpty() || reader.rowNumber() != ++rows)
                    __builtin_trap();
            }
            if (reader.hasError() && reader.error().message.isEmpty())
                __builtin_trap();
        }
    }
    return 0;
}
