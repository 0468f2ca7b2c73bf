#pragma once

#include <QByteArray>
#include <QStringList>

class QIODevice;

namespace fieldday {

// Writes RFC 4180 CSV that is safe to open in a spreadsheet: CRLF line ends, fields quoted when
// they hold the delimiter, a quote or a line break, and a cell that would start a formula
// (=, +, -, @, tab, CR, LF) prefixed with ' as OWASP advises, the rest of it kept intact.
class CsvWriter
{
public:
    struct Options
    {
        QChar delimiter = u',';
        bool byteOrderMark = true; // Excel reads UTF-8 as such only with a BOM
    };

    CsvWriter(QIODevice *device, const Options &options);
    CsvWriter(QIODevice *device) : CsvWriter(device, Options()) {}

    void writeRow(const QStringList &fields);

    static QString neutralised(const QString &value); // the formula guard alone
    static QString quoted(const QString &value, QChar delimiter);

private:
    QIODevice *m_device;
    Options m_options;
    bool m_started = false;
    QByteArray m_buffer;
};

} // namespace fieldday
