#pragma once

#include <QByteArray>
#include <QStringEncoder>
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
    // The same for a row already in UTF-8 (a row read straight from SQLite).
    void writeRow(const QList<QByteArrayView> &fields);

    // Appends one field, guarded and quoted, in UTF-8: the one place both rows above meet.
    static void appendField(QByteArray &line, QByteArrayView utf8, char delimiter);

    static QString neutralised(const QString &value); // the formula guard alone

private:
    void start();
    void finishRow();

    QIODevice *m_device;
    Options m_options;
    bool m_started = false;
    // Reused for every row and cell, so a long export allocates next to nothing per cell.
    QByteArray m_line;
    QByteArray m_cell;
    QStringEncoder m_encoder{QStringEncoder::Utf8, QStringEncoder::Flag::Stateless};
};

} // namespace fieldday
