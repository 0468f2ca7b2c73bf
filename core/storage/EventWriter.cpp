#include "EventWriter.h"

#include "Error.h"
#include "EventFile.h"
#include "SqlUtil.h"
#include "TreasureRepository.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

QVariant optionalDouble(const std::optional<double> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType::fromType<double>());
}

QVariant optionalDateTime(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>());
}

} // namespace

void EventWriter::writeAll(EventFile &file, const EventData &data)
{
    const QSqlDatabase db = file.database();
    {
        QSqlQuery q = sql::prepare(db, u"INSERT INTO place (id, name, address, postcode, area, "
                                       "latitude, longitude, step_free, notes) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const Place &p : data.places) {
            q.bindValue(0, p.id);
            q.bindValue(1, sql::text(p.name));
            q.bindValue(2, sql::text(p.address));
            q.bindValue(3, sql::text(p.postcode));
            q.bindValue(4, sql::text(p.area));
            q.bindValue(5, optionalDouble(p.latitude));
            q.bindValue(6, optionalDouble(p.longitude));
            q.bindValue(7, stepFreeToString(p.stepFree));
            q.bindValue(8, sql::text(p.notes));
            sql::exec(q);
        }
    }
    {
        const EventDetails &e = data.details;
        QSqlQuery q = sql::prepare(db, u"INSERT INTO event (id, title, date, time_zone, "
                                       "hub_place_id, day_start, day_end, organisers, partners, "
                                       "contact_email, description) "
                                       "VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        q.addBindValue(sql::text(e.title));
        q.addBindValue(e.date.toString(Qt::ISODate));
        q.addBindValue(sql::text(e.timeZone));
        q.addBindValue(sql::idValue(e.hubPlaceId));
        q.addBindValue(sql::timeValue(e.dayStart));
        q.addBindValue(sql::timeValue(e.dayEnd));
        q.addBindValue(sql::text(e.organisers));
        q.addBindValue(sql::text(e.partners));
        q.addBindValue(sql::text(e.contactEmail));
        q.addBindValue(sql::text(e.description));
        sql::exec(q);
    }
    {
        QSqlQuery q = sql::prepare(db, u"INSERT INTO theme (position, name) VALUES (?, ?)"_s);
        for (qsizetype i = 0; i < data.details.themes.size(); ++i) {
            q.bindValue(0, qint64(i));
            q.bindValue(1, sql::text(data.details.themes[i]));
            sql::exec(q);
        }
        QSqlQuery s = sql::prepare(db, u"INSERT INTO sector (position, name) VALUES (?, ?)"_s);
        for (qsizetype i = 0; i < data.sectors.size(); ++i) {
            s.bindValue(0, qint64(i));
            s.bindValue(1, sql::text(data.sectors[i]));
            sql::exec(s);
        }
    }
    {
        QSqlQuery q = sql::prepare(
            db, u"INSERT INTO destination (id, position, name, host_organisation, "
                "host_contact_name, host_contact_email, host_contact_phone, place_id, activity, "
                "description, min_size, max_size, visit_start, visit_end, colour) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery lead =
            sql::prepare(db, u"INSERT INTO group_lead (destination_id, position, name, "
                             "phone, email) VALUES (?, ?, ?, ?, ?)"_s);
        for (const Destination &d : data.destinations) {
            const QVariantList values = {d.id,
                                         d.position,
                                         sql::text(d.name),
                                         sql::text(d.hostOrganisation),
                                         sql::text(d.hostContactName),
                                         sql::text(d.hostContactEmail),
                                         sql::text(d.hostContactPhone),
                                         sql::idValue(d.placeId),
                                         sql::text(d.activity),
                                         sql::text(d.description),
                                         d.minSize,
                                         d.maxSize,
                                         sql::timeValue(d.visitStart),
                                         sql::timeValue(d.visitEnd),
                                         sql::text(d.colour)};
            for (qsizetype i = 0; i < values.size(); ++i)
                q.bindValue(int(i), values[i]);
            sql::exec(q);
            for (qsizetype i = 0; i < d.leads.size(); ++i) {
                lead.bindValue(0, d.id);
                lead.bindValue(1, qint64(i));
                lead.bindValue(2, sql::text(d.leads[i].name));
                lead.bindValue(3, sql::text(d.leads[i].phone));
                lead.bindValue(4, sql::text(d.leads[i].email));
                sql::exec(lead);
            }
        }
    }
    {
        QSqlQuery q = sql::prepare(
            db, u"INSERT INTO participant (id, given_name, family_name, email, phone, "
                "organisation, role, sector, access_needs, needs_step_free, dietary_needs, "
                "emergency_contact, consent_share_contact, consent_photos, status, booking_ref, "
                "booking_source, booked_at, checked_in_at, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        QSqlQuery choice = sql::prepare(db, u"INSERT INTO participant_choice (participant_id, "
                                            "rank, destination_id) VALUES (?, ?, ?)"_s);
        for (const Participant &p : data.participants) {
            q.bindValue(0, p.id);
            q.bindValue(1, sql::text(p.givenName));
            q.bindValue(2, sql::text(p.familyName));
            q.bindValue(3, sql::text(p.email));
            q.bindValue(4, sql::text(p.phone));
            q.bindValue(5, sql::text(p.organisation));
            q.bindValue(6, sql::text(p.role));
            q.bindValue(7, sql::text(p.sector));
            q.bindValue(8, sql::text(p.accessNeeds));
            q.bindValue(9, int(p.needsStepFree));
            q.bindValue(10, sql::text(p.dietaryNeeds));
            q.bindValue(11, sql::text(p.emergencyContact));
            q.bindValue(12, int(p.consentShareContact));
            q.bindValue(13, int(p.consentPhotos));
            q.bindValue(14, participantStatusToString(p.status));
            q.bindValue(15, sql::text(p.bookingRef));
            q.bindValue(16, sql::text(p.bookingSource));
            q.bindValue(17, optionalDateTime(p.bookedAt));
            q.bindValue(18, optionalDateTime(p.checkedInAt));
            q.bindValue(19, sql::text(p.notes));
            sql::exec(q);
            for (qsizetype rank = 0; rank < p.choices.size(); ++rank) {
                choice.bindValue(0, p.id);
                choice.bindValue(1, qint64(rank + 1));
                choice.bindValue(2, p.choices[rank]);
                sql::exec(choice);
            }
        }
    }
    {
        QSqlQuery q = sql::prepare(db, u"INSERT INTO assignment (participant_id, destination_id, "
                                       "pinned) VALUES (?, ?, ?)"_s);
        for (const Assignment &a : data.assignments) {
            q.bindValue(0, a.participantId);
            q.bindValue(1, a.destinationId);
            q.bindValue(2, int(a.pinned));
            sql::exec(q);
        }
    }
    {
        QSqlQuery q = sql::prepare(
            db, u"INSERT INTO transport_leg (id, destination_id, direction, position, mode, "
                "from_place_id, to_place_id, departs, arrives, seats, operator, booking_ref, "
                "step_free, lead_phone, notes) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
        for (const TransportLeg &leg : data.legs) {
            const QVariantList values = {leg.id,
                                         leg.destinationId,
                                         legDirectionToString(leg.direction),
                                         leg.position,
                                         transportModeToString(leg.mode),
                                         sql::idValue(leg.fromPlaceId),
                                         sql::idValue(leg.toPlaceId),
                                         sql::timeValue(leg.departs),
                                         sql::timeValue(leg.arrives),
                                         leg.seats ? QVariant(*leg.seats)
                                                   : QVariant(QMetaType::fromType<int>()),
                                         sql::text(leg.operatorName),
                                         sql::text(leg.bookingRef),
                                         stepFreeToString(leg.stepFree),
                                         sql::text(leg.leadPhone),
                                         sql::text(leg.notes)};
            for (qsizetype i = 0; i < values.size(); ++i)
                q.bindValue(int(i), values[i]);
            sql::exec(q);
        }
    }
    {
        const Reconvene &r = data.reconvene;
        QSqlQuery q = sql::prepare(
            db, u"INSERT INTO reconvene (id, place_id, start, end) VALUES (1, ?, ?, ?)"_s);
        q.addBindValue(sql::idValue(r.placeId));
        q.addBindValue(sql::timeValue(r.start));
        q.addBindValue(sql::timeValue(r.end));
        sql::exec(q);
        QSqlQuery item = sql::prepare(db, u"INSERT INTO reconvene_item (position, title, start, "
                                          "end, description) VALUES (?, ?, ?, ?, ?)"_s);
        for (qsizetype i = 0; i < r.items.size(); ++i) {
            item.bindValue(0, qint64(i));
            item.bindValue(1, sql::text(r.items[i].title));
            item.bindValue(2, sql::timeValue(r.items[i].start));
            item.bindValue(3, sql::timeValue(r.items[i].end));
            item.bindValue(4, sql::text(r.items[i].description));
            sql::exec(item);
        }
    }
    {
        QSqlQuery q = sql::prepare(db, u"INSERT INTO agenda_item (title, start, end, place_id, "
                                       "destination_id, notes) VALUES (?, ?, ?, ?, ?, ?)"_s);
        for (const AgendaItem &a : data.agenda) {
            q.bindValue(0, sql::text(a.title));
            q.bindValue(1, sql::timeValue(a.start));
            q.bindValue(2, sql::timeValue(a.end));
            q.bindValue(3, sql::idValue(a.placeId));
            q.bindValue(4, sql::idValue(a.destinationId));
            q.bindValue(5, sql::text(a.notes));
            sql::exec(q);
        }
    }
    {
        QSqlQuery q =
            sql::prepare(db, u"INSERT INTO keep_together (set_id, participant_id) VALUES (?, ?)"_s);
        for (qsizetype set = 0; set < data.keepTogether.size(); ++set) {
            for (qint64 pid : data.keepTogether[set]) {
                q.bindValue(0, qint64(set + 1));
                q.bindValue(1, pid);
                sql::exec(q);
            }
        }
    }
    {
        // The treasure log through its repository, ids kept, so there is one way to write it.
        TreasureRepository treasure(file);
        treasure.saveQuestions(data.details.questions);
        for (const TreasureItem &item : data.treasure) {
            if (!item.isPhoto()) {
                treasure.save(item);
                continue;
            }
            const QByteArray jpeg = data.photoFiles.value(item.id);
            if (jpeg.isEmpty())
                throw Error(Error::Kind::BadInput,
                            u"treasure item %1: a photo without its image"_s.arg(item.id));
            treasure.addPhoto(item, jpeg);
        }
        for (const Finding &finding : data.findings)
            treasure.saveFinding(finding);
    }
}

} // namespace fieldday
