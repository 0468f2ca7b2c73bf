#pragma once

#include <QByteArray>
#include <QChar>
#include <QStringDecoder>
#include <QStringList>
#include <limits>
#include <optional>

class QIODevice;

namespace fieldday {

enum class CsvEncoding
{
    Auto,
    Utf8,
    Utf16,
    Windows1252
};

struct CsvOptions
{
    QChar delimiter;                          // null: detect from the header (',' ';' or tab)
    CsvEncoding encoding = CsvEncoding::Auto; // Auto: BOM, else UTF-8 if valid, else Windows-1252
    bool requireSameFieldCount = true;        // a row with another field count is an error
};

// Where a file stops being CSV. Rows count records (the header is row 1); a quoted line
// break makes a record span lines, so the physical line is given too. Fields count from 1.
struct CsvError
{
    qint64 row = 0;
    qint64 line = 0;
    int field = 0;
    QString fieldName; // the field's header, when the reader's user knows it
    QString message;

    // "bookings.csv: row 12 (line 14), field 3 ("Surname"): …"
    QString toString(const QString &fileName) const;
};

// A strict, streaming RFC 4180 reader: quoted fields with delimiters, doubled quotes and line
// breaks; CRLF, LF or lone CR line ends; UTF-8 (with or without BOM), UTF-16 with BOM, or
// Windows-1252. Malformed input stops the reader with an error naming the row and field; it
// never merges or drops a row. Blank lines between records are skipped (an empty line is not
// a person), but counted in line numbers. Memory holds one chunk and one record, not the file.
class CsvReader
{
public:
    explicit CsvReader(QIODevice *device, const CsvOptions &options = {});

    // The next record; false at the end or on an error (see hasError()).
    bool readRow(QStringList &fields);

    bool hasError() const { return m_error.has_value(); }
    const CsvError &error() const;             // an empty CsvError if there is none
    qint64 rowNumber() const { return m_row; } // of the record last read
    qint64 lineNumber() const { return m_recordLine; }
    QChar delimiter() const { return m_delimiter; }
    CsvEncoding encoding() const { return m_encoding; }
    static QString encodingName(CsvEncoding encoding);

    // Reads a whole byte array: every record, or the error. For tests and small inputs.
    static QList<QStringList> readAll(const QByteArray &bytes, const CsvOptions &options = {},
                                      CsvError *error = nullptr);

private:
    enum class Result
    {
        Row,
        NeedMore,
        End,
        Failed
    };

    void start();
    bool fill(); // decodes the next chunk into m_text; false at end of input
    QString decode(const QByteArray &bytes, bool last);
    Result parse(QStringList &fields);
    void fail(qint64 line, int field, const QString &message);
    void detectDelimiter();

    QIODevice *m_device;
    CsvOptions m_options;
    CsvEncoding m_encoding = CsvEncoding::Auto;
    QChar m_delimiter;
    QStringDecoder m_decoder;
    QByteArray
        m_pendingBytes; // an incomplete UTF-8 sequence between chunks (Windows-1252 has none)
    QString m_text;     // decoded, not yet parsed
    qsizetype m_pos = 0;
    bool m_started = false;
    bool m_inputDone = false;
    qint64 m_row = 0;
    qint64 m_line = 1;       // line of m_pos
    qint64 m_recordLine = 0; // line where the last record started
    qsizetype m_expectedFields = -1;
    // Where undecodable UTF-8 starts in m_text, if anywhere: parsing stops there with an error.
    qsizetype m_invalidFrom = std::numeric_limits<qsizetype>::max();
    std::optional<CsvError> m_error;
};

} // namespace fieldday
