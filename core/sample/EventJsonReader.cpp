#include "EventJsonReader.h"

#include "storage/Error.h"

#include <QJsonArray>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

class Reader
{
public:
    Reader(QString source, EventJsonReader::PhotoFile photoFile)
        : m_source(std::move(source)), m_photoFile(std::move(photoFile))
    {
    }

    [[noreturn]] void fail(const QString &path, const QString &message) const
    {
        throw Error(Error::Kind::BadInput, m_source + u": "_s + path + u": "_s + message);
    }

    QTime time(const QJsonObject &o, const QString &key, const QString &path) const
    {
        const QJsonValue v = o.value(key);
        if (v.isNull() || v.isUndefined())
            return {};
        const QTime t = QTime::fromString(v.toString(), u"HH:mm"_s);
        if (!t.isValid())
            fail(path + u'.' + key, u"expected a time as HH:MM, got \""_s + v.toString() + u'"');
        return t;
    }

    StepFree stepFree(const QJsonObject &o, const QString &path) const
    {
        StepFree value = StepFree::Unknown;
        const QString text = o.value(u"step_free"_s).toString(u"unknown"_s);
        if (!stepFreeFromString(text, &value))
            fail(path + u".step_free"_s, u"expected yes, no or unknown"_s);
        return value;
    }

    qint64 place(const QJsonValue &key, const QString &path) const
    {
        if (key.isNull() || key.isUndefined())
            return 0;
        const auto it = m_places.constFind(key.toString());
        if (it == m_places.cend())
            fail(path, u"no place with key \""_s + key.toString() + u'"');
        return *it;
    }

    qint64 destination(const QJsonValue &name, const QString &path) const
    {
        if (name.isNull() || name.isUndefined())
            return 0;
        const auto it = m_destinations.constFind(name.toString().toLower());
        if (it == m_destinations.cend())
            fail(path, u"no destination named \""_s + name.toString() + u'"');
        return *it;
    }

    EventData read(const QJsonObject &root);

private:
    void readTreasure(const QJsonObject &root, EventData &data) const;
    qint64 participantByEmail(const EventData &data, const QJsonValue &email,
                              const QString &path) const;

    QString m_source;
    EventJsonReader::PhotoFile m_photoFile;
    QHash<QString, qint64> m_places;
    QHash<QString, qint64> m_destinations; // by lower-case name
};

QString str(const QJsonObject &o, const QString &key)
{
    return o.value(key).toString();
}

EventData Reader::read(const QJsonObject &root)
{
    EventData data;
    const QJsonArray places = root.value(u"places"_s).toArray();
    for (qsizetype i = 0; i < places.size(); ++i) {
        const QJsonObject o = places[i].toObject();
        const QString path = u"places[%1]"_s.arg(i);
        Place p;
        p.id = i + 1;
        p.name = str(o, u"name"_s);
        if (p.name.isEmpty())
            fail(path + u".name"_s, u"a place needs a name"_s);
        p.address = str(o, u"address"_s);
        p.postcode = str(o, u"postcode"_s);
        p.area = str(o, u"area"_s);
        if (o.contains(u"latitude"_s) && !o.value(u"latitude"_s).isNull())
            p.latitude = o.value(u"latitude"_s).toDouble();
        if (o.contains(u"longitude"_s) && !o.value(u"longitude"_s).isNull())
            p.longitude = o.value(u"longitude"_s).toDouble();
        p.stepFree = stepFree(o, path);
        p.notes = str(o, u"notes"_s);
        const QString key = str(o, u"key"_s);
        if (key.isEmpty() || m_places.contains(key))
            fail(path + u".key"_s, u"each place needs a unique key"_s);
        m_places.insert(key, p.id);
        data.places.append(p);
    }

    const QJsonObject event = root.value(u"event"_s).toObject();
    EventDetails &e = data.details;
    e.title = str(event, u"title"_s);
    if (e.title.isEmpty())
        fail(u"event.title"_s, u"the event needs a title"_s);
    e.date = QDate::fromString(str(event, u"date"_s), Qt::ISODate);
    if (!e.date.isValid())
        fail(u"event.date"_s, u"expected a date as YYYY-MM-DD"_s);
    e.timeZone = event.value(u"time_zone"_s).toString(u"Europe/London"_s);
    e.hubPlaceId = place(event.value(u"hub"_s), u"event.hub"_s);
    e.dayStart = time(event, u"day_start"_s, u"event"_s);
    e.dayEnd = time(event, u"day_end"_s, u"event"_s);
    e.organisers = str(event, u"organisers"_s);
    e.partners = str(event, u"partners"_s);
    e.contactEmail = str(event, u"contact_email"_s);
    e.description = str(event, u"description"_s);
    for (const QJsonValue &theme : event.value(u"themes"_s).toArray())
        e.themes.append(theme.toString());
    for (const QJsonValue &sector : root.value(u"sectors"_s).toArray())
        data.sectors.append(sector.toString());

    const QJsonArray destinations = root.value(u"destinations"_s).toArray();
    qint64 legId = 0;
    for (qsizetype i = 0; i < destinations.size(); ++i) {
        const QJsonObject o = destinations[i].toObject();
        const QString path = u"destinations[%1]"_s.arg(i);
        Destination d;
        d.id = i + 1;
        d.position = int(i);
        d.name = str(o, u"name"_s);
        if (d.name.isEmpty() || m_destinations.contains(d.name.toLower()))
            fail(path + u".name"_s, u"each destination needs a unique name"_s);
        m_destinations.insert(d.name.toLower(), d.id);
        d.hostOrganisation = str(o, u"host_organisation"_s);
        const QJsonObject host = o.value(u"host_contact"_s).toObject();
        d.hostContactName = str(host, u"name"_s);
        d.hostContactEmail = str(host, u"email"_s);
        d.hostContactPhone = str(host, u"phone"_s);
        d.placeId = place(o.value(u"place"_s), path + u".place"_s);
        d.activity = str(o, u"activity"_s);
        d.description = str(o, u"description"_s);
        d.minSize = o.value(u"min_size"_s).toInt();
        d.maxSize = o.value(u"max_size"_s).toInt();
        if (d.minSize < 0 || d.maxSize < d.minSize)
            fail(path, u"sizes must satisfy 0 <= min_size <= max_size"_s);
        d.visitStart = time(o, u"visit_start"_s, path);
        d.visitEnd = time(o, u"visit_end"_s, path);
        d.colour = str(o, u"colour"_s);
        for (const QJsonValue &leadValue : o.value(u"leads"_s).toArray()) {
            const QJsonObject lead = leadValue.toObject();
            d.leads.append({0, str(lead, u"name"_s), str(lead, u"phone"_s), str(lead, u"email"_s)});
        }
        const QJsonArray legs = o.value(u"legs"_s).toArray();
        QHash<LegDirection, int> positions;
        for (qsizetype j = 0; j < legs.size(); ++j) {
            const QJsonObject l = legs[j].toObject();
            const QString legPath = path + u".legs[%1]"_s.arg(j);
            TransportLeg leg;
            leg.id = ++legId;
            leg.destinationId = d.id;
            if (!legDirectionFromString(str(l, u"direction"_s), &leg.direction))
                fail(legPath + u".direction"_s, u"expected out or back"_s);
            leg.position = positions[leg.direction]++;
            if (!transportModeFromString(str(l, u"mode"_s), &leg.mode))
                fail(legPath + u".mode"_s, u"unknown mode \""_s + str(l, u"mode"_s) + u'"');
            leg.fromPlaceId = place(l.value(u"from"_s), legPath + u".from"_s);
            leg.toPlaceId = place(l.value(u"to"_s), legPath + u".to"_s);
            leg.departs = time(l, u"departs"_s, legPath);
            leg.arrives = time(l, u"arrives"_s, legPath);
            if (!l.value(u"seats"_s).isNull() && !l.value(u"seats"_s).isUndefined())
                leg.seats = l.value(u"seats"_s).toInt();
            leg.operatorName = str(l, u"operator"_s);
            leg.bookingRef = str(l, u"booking_ref"_s);
            leg.stepFree = stepFree(l, legPath);
            leg.leadPhone = str(l, u"lead_phone"_s);
            leg.notes = str(l, u"notes"_s);
            data.legs.append(leg);
        }
        data.destinations.append(d);
    }

    const QJsonObject reconvene = root.value(u"reconvene"_s).toObject();
    data.reconvene.placeId = place(reconvene.value(u"place"_s), u"reconvene.place"_s);
    data.reconvene.start = time(reconvene, u"start"_s, u"reconvene"_s);
    data.reconvene.end = time(reconvene, u"end"_s, u"reconvene"_s);
    const QJsonArray items = reconvene.value(u"items"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        const QString path = u"reconvene.items[%1]"_s.arg(i);
        data.reconvene.items.append(
            ProgrammeItem{i + 1, str(o, u"title"_s), time(o, u"start"_s, path),
                          time(o, u"end"_s, path), str(o, u"description"_s)});
    }

    const QJsonArray agenda = root.value(u"agenda"_s).toArray();
    for (qsizetype i = 0; i < agenda.size(); ++i) {
        const QJsonObject o = agenda[i].toObject();
        const QString path = u"agenda[%1]"_s.arg(i);
        data.agenda.append(AgendaItem{
            i + 1, str(o, u"title"_s), time(o, u"start"_s, path), time(o, u"end"_s, path),
            place(o.value(u"place"_s), path + u".place"_s),
            destination(o.value(u"destination"_s), path + u".destination"_s), str(o, u"notes"_s)});
    }

    const QJsonArray people = root.value(u"participants"_s).toArray();
    for (qsizetype i = 0; i < people.size(); ++i) {
        const QJsonObject o = people[i].toObject();
        const QString path = u"participants[%1]"_s.arg(i);
        Participant p;
        p.id = i + 1;
        p.givenName = str(o, u"given_name"_s);
        p.familyName = str(o, u"family_name"_s);
        if (p.givenName.isEmpty() || p.familyName.isEmpty())
            fail(path, u"a participant needs a given and a family name"_s);
        p.email = str(o, u"email"_s);
        p.phone = str(o, u"phone"_s);
        p.organisation = str(o, u"organisation"_s);
        p.role = str(o, u"role"_s);
        p.sector = str(o, u"sector"_s);
        const QJsonArray choices = o.value(u"choices"_s).toArray();
        for (qsizetype c = 0; c < choices.size(); ++c)
            p.choices.append(destination(choices[c], path + u".choices[%1]"_s.arg(c)));
        p.accessNeeds = str(o, u"access_needs"_s);
        p.needsStepFree = o.value(u"needs_step_free"_s).toBool();
        p.dietaryNeeds = str(o, u"dietary_needs"_s);
        p.emergencyContact = str(o, u"emergency_contact"_s);
        p.consentShareContact = o.value(u"consent_share_contact"_s).toBool();
        p.consentPhotos = o.value(u"consent_photos"_s).toBool();
        if (!participantStatusFromString(o.value(u"status"_s).toString(u"booked"_s), &p.status))
            fail(path + u".status"_s, u"unknown status \""_s + str(o, u"status"_s) + u'"');
        p.bookingRef = str(o, u"booking_ref"_s);
        p.bookingSource = str(o, u"booking_source"_s);
        p.bookedAt = QDateTime::fromString(str(o, u"booked_at"_s), Qt::ISODate);
        p.notes = str(o, u"notes"_s);
        const qint64 assigned = destination(o.value(u"assigned"_s), path + u".assigned"_s);
        if (assigned)
            data.assignments.append(Assignment{p.id, assigned, o.value(u"pinned"_s).toBool()});
        data.participants.append(p);
    }
    data.index();
    readTreasure(root, data);
    data.index();
    return data;
}

qint64 Reader::participantByEmail(const EventData &data, const QJsonValue &email,
                                  const QString &path) const
{
    for (const Participant &p : data.participants) {
        if (p.email.compare(email.toString(), Qt::CaseInsensitive) == 0)
            return p.id;
    }
    fail(path, u"no participant with the e-mail \""_s + email.toString() + u'"');
}

void Reader::readTreasure(const QJsonObject &root, EventData &data) const
{
    const QJsonArray questions = root.value(u"research_questions"_s).toArray();
    for (qsizetype i = 0; i < questions.size(); ++i)
        data.details.questions.append({i + 1, questions[i].toString()});
    auto questionIds = [&](const QJsonValue &numbers, const QString &path) {
        QList<qint64> ids;
        for (const QJsonValue &n : numbers.toArray()) {
            if (n.toInt() < 1 || n.toInt() > data.details.questions.size())
                fail(path, u"no research question %1"_s.arg(n.toInt()));
            ids.append(data.details.questions[n.toInt() - 1].id);
        }
        return ids;
    };

    const QJsonArray items = root.value(u"treasure"_s).toArray();
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject o = items[i].toObject();
        const QString path = u"treasure[%1]"_s.arg(i);
        TreasureItem item;
        item.id = i + 1;
        item.destinationId = destination(o.value(u"group"_s), path + u".group"_s);
        if (!item.destinationId)
            fail(path + u".group"_s, u"each item belongs to a group"_s);
        if (!treasureTypeFromString(str(o, u"type"_s), &item.type))
            fail(path + u".type"_s, u"expected photo, quote or observation"_s);
        if (o.contains(u"finder"_s))
            item.finderParticipantId =
                participantByEmail(data, o.value(u"finder"_s), path + u".finder"_s);
        item.finderLead = str(o, u"finder_lead"_s);
        if (const QTime at = time(o, u"found_at"_s, path); at.isValid())
            item.foundAt = QDateTime(data.details.date, at);
        item.placeId = place(o.value(u"place"_s), path + u".place"_s);
        item.text = str(o, u"text"_s);
        item.caption = str(o, u"caption"_s);
        const QJsonObject showed = o.value(u"showed"_s).toObject();
        for (size_t a = 0; a < showedQuestions.size(); ++a)
            item.showed[a] = showed.value(showedQuestions[a].key).toString();
        for (const QJsonValue &kind : o.value(u"kinds"_s).toArray()) {
            if (!data.details.themes.contains(kind.toString()))
                fail(path + u".kinds"_s, u"not a kind of treasure: \""_s + kind.toString() + u'"');
            item.themes.append(kind.toString());
        }
        item.questionIds = questionIds(o.value(u"questions"_s), path + u".questions"_s);
        std::sort(item.questionIds.begin(), item.questionIds.end()); // ids follow the order
        item.shareOut = o.value(u"share_out"_s).toBool();
        item.inReport = o.value(u"in_report"_s).toBool();
        if (!finderConsentFromString(o.value(u"consent"_s).toString(u"none"_s), &item.consent))
            fail(path + u".consent"_s, u"expected none, room or publish"_s);
        item.credit = o.value(u"credit"_s).toBool();
        if (!identifiableFromString(o.value(u"identifiable"_s).toString(u"unknown"_s),
                                    &item.identifiable))
            fail(path + u".identifiable"_s, u"expected nobody, named or unknown"_s);
        for (const QJsonValue &email : o.value(u"shows"_s).toArray())
            item.shows.append(participantByEmail(data, email, path + u".shows"_s));
        if (item.isPhoto()) {
            const QJsonObject photo = o.value(u"photo"_s).toObject();
            const QString file = str(photo, u"file"_s);
            const QByteArray jpeg = m_photoFile ? m_photoFile(file) : QByteArray();
            if (jpeg.isEmpty())
                fail(path + u".photo.file"_s, u"no photo \""_s + file + u'"');
            item.photo = PhotoInfo{photo.value(u"width"_s).toInt(),
                                   photo.value(u"height"_s).toInt(), file, QString()};
            if (item.photo.width <= 0 || item.photo.height <= 0)
                fail(path + u".photo"_s, u"width and height are required"_s);
            data.photoFiles.insert(item.id, jpeg);
        }
        data.treasure.append(item);
    }

    const QJsonArray findings = root.value(u"findings"_s).toArray();
    for (qsizetype i = 0; i < findings.size(); ++i) {
        const QJsonObject o = findings[i].toObject();
        const QString path = u"findings[%1]"_s.arg(i);
        Finding finding{i + 1, int(i), str(o, u"title"_s), str(o, u"text"_s), {}, {}};
        finding.questionIds = questionIds(o.value(u"questions"_s), path + u".questions"_s);
        for (const QJsonValue &n : o.value(u"items"_s).toArray()) {
            if (n.toInt() < 1 || n.toInt() > data.treasure.size())
                fail(path + u".items"_s, u"no treasure item %1"_s.arg(n.toInt()));
            finding.itemIds.append(n.toInt());
        }
        // As the file reads them back: items by id, questions in the event's order.
        std::sort(finding.itemIds.begin(), finding.itemIds.end());
        std::sort(finding.questionIds.begin(), finding.questionIds.end());
        data.findings.append(finding);
    }
}

} // namespace

EventData EventJsonReader::read(const QJsonObject &root, const QString &sourceName,
                                const PhotoFile &photoFile)
{
    return Reader(sourceName, photoFile).read(root);
}

} // namespace fieldday
