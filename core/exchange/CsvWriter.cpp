#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace fieldday {

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device), m_options(options)
{
}

namespace {
// A cell starting with one of these is a formula to Excel and LibreOffice (OWASP's list).
bool startsFormula(char16_t c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r' ||
           c == u'\n';
}
} // namespace

QString CsvWriter::neutralised(const QString &value)
{
    return !value.isEmpty() && startsFormula(value.front().unicode()) ? u'\'' + value : value;
}

void CsvWriter::appendField(QByteArray &line, QByteArrayView utf8, char delimiter)
{
    // The characters that matter are ASCII, so the UTF-8 bytes can be tested one by one.
    const bool formula =
        !utf8.isEmpty() && startsFormula(char16_t(static_cast<unsigned char>(utf8.front())));
    bool quote = false;
    for (const char c : utf8) {
        if (c == delimiter || c == '"' || c == '\n' || c == '\r') {
            quote = true;
            break;
        }
    }
    if (quote)
        line += '"';
    if (formula)
        line += '\'';
    if (quote) {
        for (const char c : utf8) {
            if (c == '"')
                line += '"';
            line += c;
        }
        line += '"';
    } else {
        line += utf8;
    }
}

void CsvWriter::start()
{
    m_started = true;
    if (m_options.byteOrderMark)
        m_device->write("\xEF\xBB\xBF");
}

void CsvWriter::finishRow()
{
    m_line += "\r\n";
    m_device->write(m_line);
}

void CsvWriter::writeRow(const QList<QByteArrayView> &fields)
{
    if (!m_started)
        start();
    m_line.truncate(0); // unlike clear(), keeps the capacity
    const char delimiter = char(m_options.delimiter.unicode());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_line += delimiter;
        appendField(m_line, fields[i], delimiter);
    }
    finishRow();
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_started)
        start();
    m_line.truncate(0);
    const char delimiter = char(m_options.delimiter.unicode());
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            m_line += delimiter;
        const QString &field = fields[i];
        m_cell.resize(m_encoder.requiredSpace(field.size()));
        const char *end = m_encoder.appendToBuffer(m_cell.data(), field);
        appendField(m_line, QByteArrayView(m_cell.constData(), end), delimiter);
    }
    finishRow();
}

} // namespace fieldday
