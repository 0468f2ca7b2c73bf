#include "CsvReader.h"

#include <QBuffer>
#include <QIODevice>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

constexpr qint64 chunkSize = 1 << 20;

// Windows-1252 differs from Latin-1 only in 0x80–0x9F; the five bytes it leaves undefined
// keep their C1 code points, as browsers do.
constexpr char16_t windows1252High[32] = {
    0x20AC, 0x0081, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x008D, 0x017D, 0x008F, 0x0090, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x009D, 0x017E, 0x0178};

QString fromWindows1252(const QByteArray &bytes)
{
    QString text(bytes.size(), Qt::Uninitialized);
    char16_t *out = reinterpret_cast<char16_t *>(text.data());
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const auto b = static_cast<unsigned char>(bytes[i]);
        out[i] = (b >= 0x80 && b < 0xA0) ? windows1252High[b - 0x80] : char16_t(b);
    }
    return text;
}

// Validates UTF-8 across chunk boundaries: `pending` carries an incomplete sequence.
class Utf8Validator
{
public:
    bool feed(const QByteArray &chunk)
    {
        for (const char c : chunk) {
            const auto b = static_cast<unsigned char>(c);
            if (m_needed > 0) {
                if ((b & 0xC0) != 0x80)
                    return false;
                m_code = (m_code << 6) | (b & 0x3F);
                if (--m_needed == 0) {
                    if (m_code < m_minimum || m_code > 0x10FFFF ||
                        (m_code >= 0xD800 && m_code <= 0xDFFF))
                        return false;
                    m_sawMultiByte = true;
                }
                continue;
            }
            if (b < 0x80)
                continue;
            if ((b & 0xE0) == 0xC0) {
                m_needed = 1;
                m_code = b & 0x1F;
                m_minimum = 0x80;
            } else if ((b & 0xF0) == 0xE0) {
                m_needed = 2;
                m_code = b & 0x0F;
                m_minimum = 0x800;
            } else if ((b & 0xF8) == 0xF0) {
                m_needed = 3;
                m_code = b & 0x07;
                m_minimum = 0x10000;
            } else {
                return false;
            }
        }
        return true;
    }
    bool complete() const { return m_needed == 0; }
    // Whether a valid sequence beyond ASCII came before the end or the first invalid byte.
    bool sawMultiByte() const { return m_sawMultiByte; }

private:
    int m_needed = 0;
    char32_t m_code = 0;
    char32_t m_minimum = 0;
    bool m_sawMultiByte = false;
};

bool isLineEnd(QChar c)
{
    return c == u'\n' || c == u'\r';
}

} // namespace

QString CsvError::toString(const QString &fileName) const
{
    QString where = fileName + u": row "_s + QString::number(row);
    if (line != row)
        where += u" (line "_s + QString::number(line) + u')';
    if (field > 0)
        where += u", field "_s + QString::number(field);
    if (!fieldName.isEmpty())
        where += u" (\""_s + fieldName + u"\")"_s;
    return where + u": "_s + message;
}

QString CsvReader::encodingName(CsvEncoding encoding)
{
    switch (encoding) {
    case CsvEncoding::Auto:
        return u"auto"_s;
    case CsvEncoding::Utf8:
        return u"UTF-8"_s;
    case CsvEncoding::Utf16:
        return u"UTF-16"_s;
    case CsvEncoding::Windows1252:
        return u"Windows-1252"_s;
    }
    return {};
}

const CsvError &CsvReader::error() const
{
    static const CsvError none;
    return m_error ? *m_error : none;
}

CsvReader::CsvReader(QIODevice *device, const CsvOptions &options)
    : m_device(device), m_options(options)
{
}

void CsvReader::fail(qint64 line, int field, const QString &message)
{
    if (!m_error)
        m_error = CsvError{m_row + 1, line, field, QString(), message};
}

void CsvReader::start()
{
    m_started = true;
    const QByteArray head = m_device->peek(4);
    qsizetype bom = 0;
    CsvEncoding detected = CsvEncoding::Auto;
    if (head.startsWith("\xEF\xBB\xBF")) {
        detected = CsvEncoding::Utf8;
        bom = 3;
    } else if (head.startsWith("\xFF\xFE") || head.startsWith("\xFE\xFF")) {
        detected = CsvEncoding::Utf16;
    }
    m_encoding = m_options.encoding != CsvEncoding::Auto ? m_options.encoding : detected;
    if (m_encoding != CsvEncoding::Utf16) {
        // Text has no NUL bytes: this is some other kind of file, whose bytes would otherwise
        // end up in the error message or, worse, in people's names.
        const QByteArray first = m_device->peek(chunkSize);
        if (first.contains('\0')) {
            fail(1, 0,
                 first.startsWith("PK\x03\x04")
                     ? u"not a CSV file but a zip archive (an Excel .xlsx workbook?): save it as "
                       "CSV first"_s
                 : first.startsWith("SQLite format 3")
                     ? u"not a CSV file but an SQLite database (an event file?)"_s
                     : u"not a CSV text file: it holds binary data (NUL bytes; if it is UTF-16 "
                       "text without a byte order mark, say so with --encoding utf-16)"_s);
            return;
        }
    }
    if (m_encoding == CsvEncoding::Utf8 && bom)
        m_device->read(bom);

    if (m_encoding == CsvEncoding::Auto) {
        // Spreadsheets saved on Windows are Windows-1252; anything valid as UTF-8 is UTF-8.
        // A file can be scanned to the end first; a stream is judged by its first chunk.
        Utf8Validator validator;
        bool valid = true;
        if (!m_device->isSequential()) {
            const qint64 start = m_device->pos();
            while (valid && !m_device->atEnd())
                valid = validator.feed(m_device->read(chunkSize));
            valid = valid && validator.complete();
            m_device->seek(start);
        } else {
            valid = validator.feed(m_device->peek(chunkSize));
        }
        // UTF-8 text with a stray byte is still UTF-8: read as Windows-1252 its accented names
        // would be garbled ("Zoë" as "ZoÃ«"), so the stray byte is reported where it is instead.
        m_encoding =
            valid || validator.sawMultiByte() ? CsvEncoding::Utf8 : CsvEncoding::Windows1252;
    }
    if (m_encoding == CsvEncoding::Utf8)
        m_decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    else if (m_encoding == CsvEncoding::Utf16)
        m_decoder = QStringDecoder(QStringDecoder::Utf16); // a BOM picks the byte order

    fill();
    m_delimiter = m_options.delimiter;
    if (m_delimiter.isNull())
        detectDelimiter();
}

QString CsvReader::decode(const QByteArray &bytes, bool last)
{
    if (m_encoding == CsvEncoding::Windows1252)
        return fromWindows1252(bytes);
    if (m_encoding == CsvEncoding::Utf16)
        return m_decoder.decode(bytes);
    // UTF-8: decode only whole sequences, carrying an incomplete tail to the next chunk, so
    // an invalid byte can be told from a sequence split between chunks.
    QByteArray data = m_pendingBytes + bytes;
    m_pendingBytes.clear();
    if (!last) {
        qsizetype cut = data.size();
        for (qsizetype back = 1; back <= 3 && back <= data.size(); ++back) {
            const auto b = static_cast<unsigned char>(data[data.size() - back]);
            if ((b & 0xC0) == 0xC0) { // a lead byte: is its sequence complete?
                const int length = (b & 0xE0) == 0xC0 ? 2 : (b & 0xF0) == 0xE0 ? 3 : 4;
                if (back < length)
                    cut = data.size() - back;
                break;
            }
            if ((b & 0x80) == 0)
                break;
        }
        m_pendingBytes = data.mid(cut);
        data.truncate(cut);
    }
    QString text = m_decoder.decode(data);
    if (m_decoder.hasError()) {
        // Mark where the bad bytes are; the parser names their row and field.
        m_decoder.resetState();
        const qsizetype bad = text.indexOf(QChar::ReplacementCharacter);
        if (!m_error)
            m_invalidFrom = qMin(m_invalidFrom, m_text.size() + (bad < 0 ? 0 : bad));
    }
    return text;
}

bool CsvReader::fill()
{
    if (m_inputDone)
        return false;
    const QByteArray bytes = m_device->read(chunkSize);
    const bool last = bytes.isEmpty() || m_device->atEnd();
    // Drop what has been parsed; keep the record in progress.
    m_text.remove(0, m_pos);
    if (m_invalidFrom != std::numeric_limits<qsizetype>::max())
        m_invalidFrom -= m_pos;
    m_pos = 0;
    m_text += decode(bytes, last);
    if (last) {
        if (!m_pendingBytes.isEmpty())
            m_text += m_decoder.decode(std::exchange(m_pendingBytes, {}));
        m_inputDone = true;
    }
    return true;
}

void CsvReader::detectDelimiter()
{
    // Count the candidates on the header line, outside quotes; the most frequent wins.
    int comma = 0, semicolon = 0, tab = 0;
    bool quoted = false;
    for (qsizetype i = 0; i < m_text.size(); ++i) {
        const QChar c = m_text[i];
        if (c == u'"')
            quoted = !quoted;
        else if (!quoted && isLineEnd(c))
            break;
        else if (!quoted && c == u',')
            ++comma;
        else if (!quoted && c == u';')
            ++semicolon;
        else if (!quoted && c == u'\t')
            ++tab;
    }
    m_delimiter = u',';
    if (semicolon > comma && semicolon >= tab)
        m_delimiter = u';';
    else if (tab > comma && tab > semicolon)
        m_delimiter = u'\t';
}

CsvReader::Result CsvReader::parse(QStringList &fields)
{
    const qsizetype size = m_text.size();
    // Blank lines between records are not records.
    while (m_pos < size && isLineEnd(m_text[m_pos])) {
        if (m_text[m_pos] == u'\r') {
            if (m_pos + 1 == size && !m_inputDone)
                return Result::NeedMore;
            if (m_pos + 1 < size && m_text[m_pos + 1] == u'\n')
                ++m_pos;
        }
        ++m_pos;
        ++m_line;
    }
    if (m_pos == size)
        return m_inputDone ? Result::End : Result::NeedMore;

    const qsizetype recordStart = m_pos;
    const qint64 recordLine = m_line;
    qint64 line = m_line;
    qsizetype pos = m_pos;
    fields.clear();
    auto needMore = [&] {
        m_pos = recordStart;
        m_line = recordLine;
        return Result::NeedMore;
    };
    for (;;) {
        const int fieldNumber = int(fields.size()) + 1;
        QString value;
        if (pos < size && m_text[pos] == u'"') {
            qsizetype from = pos + 1;
            for (;;) {
                const qsizetype quote = m_text.indexOf(u'"', from);
                if (quote < 0) {
                    if (!m_inputDone)
                        return needMore();
                    fail(recordLine, fieldNumber,
                         u"unbalanced quote: the quoted field opened on line %1 never closes, "
                         "so nothing after it can be read (skipping bad rows cannot help). "
                         "Remove the stray quote, or double it (\"\") if it belongs in the "
                         "text; saving the sheet again as CSV from the spreadsheet also fixes "
                         "it"_s.arg(line));
                    return Result::Failed;
                }
                const QStringView part = QStringView(m_text).mid(from, quote - from);
                for (qsizetype i = 0; i < part.size(); ++i) {
                    if (part[i] == u'\n' ||
                        (part[i] == u'\r' && (i + 1 == part.size() || part[i + 1] != u'\n')))
                        ++line;
                }
                value += part;
                if (quote + 1 == size && !m_inputDone)
                    return needMore();
                if (quote + 1 < size && m_text[quote + 1] == u'"') {
                    value += u'"';
                    from = quote + 2;
                    continue;
                }
                pos = quote + 1;
                break;
            }
            if (pos < size && m_text[pos] != m_delimiter && !isLineEnd(m_text[pos])) {
                fail(line, fieldNumber,
                     u"text after the closing quote (a quote inside a quoted "
                     "field must be doubled: \"\")"_s);
                return Result::Failed;
            }
        } else {
            qsizetype end = pos;
            while (end < size) {
                const QChar c = m_text[end];
                if (c == m_delimiter || isLineEnd(c))
                    break;
                if (c == u'"') {
                    fail(line, fieldNumber,
                         u"a quote inside an unquoted field (quote the whole "
                         "field, and double the quotes inside it)"_s);
                    return Result::Failed;
                }
                ++end;
            }
            if (end == size && !m_inputDone)
                return needMore();
            value = m_text.mid(pos, end - pos);
            pos = end;
        }
        if (m_invalidFrom <= pos) {
            fail(line, fieldNumber,
                 u"these bytes are not valid UTF-8; if the file was saved as "
                 "Windows-1252, say so with --encoding windows-1252"_s);
            return Result::Failed;
        }
        if (value.contains(QChar(0))) {
            fail(line, fieldNumber, u"a NUL character, which text never holds"_s);
            return Result::Failed;
        }
        fields.append(value);
        if (pos == size)
            break; // end of input ends the last record
        if (m_text[pos] == m_delimiter) {
            ++pos;
            if (pos == size && !m_inputDone)
                return needMore();
            if (pos == size || isLineEnd(m_text[pos])) {
                // "a,b," ends with an empty field.
                if (pos == size) {
                    fields.append(QString());
                    break;
                }
            }
            continue;
        }
        // A line end closes the record; CRLF counts once.
        if (m_text[pos] == u'\r') {
            if (pos + 1 == size && !m_inputDone)
                return needMore();
            if (pos + 1 < size && m_text[pos + 1] == u'\n')
                ++pos;
        }
        ++pos;
        ++line;
        break;
    }
    m_pos = pos;
    m_line = line;
    m_recordLine = recordLine;
    return Result::Row;
}

bool CsvReader::readRow(QStringList &fields)
{
    if (m_error)
        return false;
    if (!m_started) {
        start();
        if (m_error)
            return false;
    }
    for (;;) {
        const Result result = parse(fields);
        if (result == Result::NeedMore) {
            if (!fill()) {
                m_inputDone = true;
            }
            continue;
        }
        if (result != Result::Row)
            return false;
        break;
    }
    if (m_expectedFields < 0) {
        m_expectedFields = fields.size();
    } else if (m_options.requireSameFieldCount && fields.size() != m_expectedFields) {
        fail(
            m_recordLine, int(qMin(fields.size(), m_expectedFields)) + 1,
            u"the row has %1 fields, the header has %2"_s.arg(fields.size()).arg(m_expectedFields));
        return false;
    }
    ++m_row;
    return true;
}

QList<QStringList> CsvReader::readAll(const QByteArray &bytes, const CsvOptions &options,
                                      CsvError *error)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvReader reader(&buffer, options);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRow(fields))
        rows.append(fields);
    if (error)
        *error = reader.hasError() ? reader.error() : CsvError();
    return rows;
}

} // namespace fieldday
