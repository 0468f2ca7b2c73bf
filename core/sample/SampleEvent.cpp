#include "SampleEvent.h"

#include "EventJsonReader.h"
#include "storage/Error.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::StringLiterals;

namespace fieldday {

EventData SampleEvent::data()
{
    const QString path = u":/fieldday/sample/sample-event.json"_s;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    path + u": the sample event is missing from the build"_s);
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (doc.isNull())
        throw Error(Error::Kind::BadInput, path + u": "_s + error.errorString());
    return EventJsonReader::read(doc.object(), path, [](const QString &name) {
        QFile photo(u":/fieldday/sample/photos/"_s + name);
        return photo.open(QIODevice::ReadOnly) ? photo.readAll() : QByteArray();
    });
}

} // namespace fieldday
