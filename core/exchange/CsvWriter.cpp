#include "CsvWriter.h"

#include <QIODevice>

using namespace Qt::StringLiterals;

namespace fieldday {

CsvWriter::CsvWriter(QIODevice *device, const Options &options)
    : m_device(device), m_options(options)
{
}

QString CsvWriter::neutralised(const QString &value)
{
    if (value.isEmpty())
        return value;
    const QChar first = value.front();
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' ||
        first == u'\r' || first == u'\n')
        return u'\'' + value;
    return value;
}

QString CsvWriter::quoted(const QString &value, QChar delimiter)
{
    if (!value.contains(delimiter) && !value.contains(u'"') && !value.contains(u'\n') &&
        !value.contains(u'\r'))
        return value;
    QString escaped = value;
    escaped.replace(u'"', u"\"\""_s);
    return u'"' + escaped + u'"';
}

void CsvWriter::writeRow(const QStringList &fields)
{
    if (!m_started) {
        m_started = true;
        if (m_options.byteOrderMark)
            m_device->write("\xEF\xBB\xBF");
    }
    QString line;
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i)
            line += m_options.delimiter;
        line += quoted(neutralised(fields[i]), m_options.delimiter);
    }
    line += u"\r\n"_s;
    m_device->write(line.toUtf8());
}

} // namespace fieldday
