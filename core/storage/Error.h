#pragma once

#include <QByteArray>
#include <QString>
#include <exception>

namespace fieldday {

// What the core throws when it cannot do what was asked. The message is for a person:
// it names the file and, where it applies, the row and field.
class Error : public std::exception
{
public:
    enum class Kind
    {
        BadInput, // the user's input is wrong (a value, a row, a name)
        NotFound, // a file or a named thing does not exist
        NotAnEventFile,
        ForeignSchema,  // a Fieldday file whose schema holds what Fieldday did not make
        UnsoundContent, // rows Fieldday never writes: the file opens read-only, or is salvaged
        NewerVersion,
        Corrupt,
        AlreadyOpen,
        ReadOnly,
        DiskFull,
        Storage,   // any other failure to read or write the event file
        Cancelled, // the user stopped long work; nothing was written
    };

    Error(Kind kind, QString message);

    Kind kind() const { return m_kind; }
    const QString &message() const { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    Kind m_kind;
    QString m_message;
    QByteArray m_utf8;
};

} // namespace fieldday
