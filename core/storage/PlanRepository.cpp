#include "PlanRepository.h"

#include "Error.h"
#include "EventFile.h"
#include "SqlUtil.h"
#include "TreasureRepository.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

void requireName(const QString &name, const QString &what)
{
    if (name.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, what + u": a name is required"_s);
}

void requireOrder(const QTime &start, const QTime &end, const QString &what)
{
    if (start.isValid() && end.isValid() && end < start)
        throw Error(Error::Kind::BadInput,
                    u"%1: ends (%2) before it starts (%3)"_s.arg(what, end.toString(u"HH:mm"_s),
                                                                 start.toString(u"HH:mm"_s)));
}

} // namespace

PlanRepository::PlanRepository(EventFile &file) : m_file(file) {}

QList<qint64> PlanRepository::saveDetails(const EventDetails &e, const QStringList &sectors)
{
    if (e.title.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, u"title: required"_s);
    if (!e.date.isValid())
        throw Error(Error::Kind::BadInput, u"date: required"_s);
    requireOrder(e.dayStart, e.dayEnd, u"the day"_s);
    WriteTransaction transaction(m_file);
    const QSqlDatabase db = m_file.database();
    sql::upsert(db, u"event"_s,
                {u"title"_s, u"date"_s, u"time_zone"_s, u"hub_place_id"_s, u"day_start"_s,
                 u"day_end"_s, u"organisers"_s, u"partners"_s, u"contact_email"_s,
                 u"description"_s},
                1,
                {e.title.trimmed(), e.date.toString(Qt::ISODate), sql::text(e.timeZone),
                 sql::idValue(e.hubPlaceId), sql::timeValue(e.dayStart), sql::timeValue(e.dayEnd),
                 sql::text(e.organisers), sql::text(e.partners), sql::text(e.contactEmail),
                 sql::text(e.description)});
    sql::exec(db, u"DELETE FROM theme"_s);
    QSqlQuery theme = sql::prepare(db, u"INSERT INTO theme (position, name) VALUES (?, ?)"_s);
    for (qsizetype i = 0; i < e.themes.size(); ++i) {
        theme.bindValue(0, qint64(i));
        theme.bindValue(1, e.themes[i]);
        sql::exec(theme);
    }
    sql::exec(db, u"DELETE FROM sector"_s);
    QSqlQuery sector = sql::prepare(db, u"INSERT INTO sector (position, name) VALUES (?, ?)"_s);
    for (qsizetype i = 0; i < sectors.size(); ++i) {
        sector.bindValue(0, qint64(i));
        sector.bindValue(1, sectors[i]);
        sql::exec(sector);
    }
    const QList<qint64> questions = TreasureRepository(m_file).saveQuestions(e.questions);
    transaction.commit();
    return questions;
}

qint64 PlanRepository::save(const Place &p)
{
    requireName(p.name, u"place"_s);
    WriteTransaction transaction(m_file);
    const qint64 id = sql::upsert(
        m_file.database(), u"place"_s,
        {u"name"_s, u"address"_s, u"postcode"_s, u"area"_s, u"latitude"_s, u"longitude"_s,
         u"step_free"_s, u"notes"_s},
        p.id,
        {p.name.trimmed(), sql::text(p.address), sql::text(p.postcode), sql::text(p.area),
         p.latitude ? QVariant(*p.latitude) : QVariant(QMetaType::fromType<double>()),
         p.longitude ? QVariant(*p.longitude) : QVariant(QMetaType::fromType<double>()),
         stepFreeToString(p.stepFree), sql::text(p.notes)});
    transaction.commit();
    return id;
}

qint64 PlanRepository::save(const Destination &d)
{
    requireName(d.name, u"destination"_s);
    if (d.minSize < 0 || d.maxSize < d.minSize)
        throw Error(Error::Kind::BadInput,
                    u"%1: sizes must be 0 ≤ minimum ≤ maximum (got %2 and %3)"_s.arg(d.name)
                        .arg(d.minSize)
                        .arg(d.maxSize));
    requireOrder(d.visitStart, d.visitEnd, d.name + u" visit"_s);
    WriteTransaction transaction(m_file);
    const QSqlDatabase db = m_file.database();
    QSqlQuery clash = sql::prepare(db, u"SELECT id FROM destination WHERE name = ? COLLATE NOCASE "
                                       "AND id <> ?"_s);
    clash.addBindValue(d.name.trimmed());
    clash.addBindValue(d.id);
    sql::exec(clash);
    if (clash.next())
        throw Error(Error::Kind::BadInput,
                    u"destination: another group is already called \"%1\""_s.arg(d.name.trimmed()));
    const qint64 id = sql::upsert(
        db, u"destination"_s,
        {u"position"_s, u"name"_s, u"host_organisation"_s, u"host_contact_name"_s,
         u"host_contact_email"_s, u"host_contact_phone"_s, u"place_id"_s, u"activity"_s,
         u"description"_s, u"min_size"_s, u"max_size"_s, u"visit_start"_s, u"visit_end"_s,
         u"colour"_s},
        d.id,
        {d.position, d.name.trimmed(), sql::text(d.hostOrganisation), sql::text(d.hostContactName),
         sql::text(d.hostContactEmail), sql::text(d.hostContactPhone), sql::idValue(d.placeId),
         sql::text(d.activity), sql::text(d.description), d.minSize, d.maxSize,
         sql::timeValue(d.visitStart), sql::timeValue(d.visitEnd), sql::text(d.colour)});
    QSqlQuery clear = sql::prepare(db, u"DELETE FROM group_lead WHERE destination_id = ?"_s);
    clear.addBindValue(id);
    sql::exec(clear);
    QSqlQuery lead = sql::prepare(db, u"INSERT INTO group_lead (destination_id, position, name, "
                                      "phone, email) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < d.leads.size(); ++i) {
        requireName(d.leads[i].name, d.name + u" lead"_s);
        lead.bindValue(0, id);
        lead.bindValue(1, qint64(i));
        lead.bindValue(2, d.leads[i].name.trimmed());
        lead.bindValue(3, sql::text(d.leads[i].phone));
        lead.bindValue(4, sql::text(d.leads[i].email));
        sql::exec(lead);
    }
    transaction.commit();
    return id;
}

qint64 PlanRepository::save(const TransportLeg &leg)
{
    if (!leg.destinationId)
        throw Error(Error::Kind::BadInput, u"leg: it must belong to a destination"_s);
    requireOrder(leg.departs, leg.arrives, u"leg"_s);
    if (leg.seats && *leg.seats < 0)
        throw Error(Error::Kind::BadInput, u"leg: seats cannot be negative"_s);
    WriteTransaction transaction(m_file);
    const qint64 id = sql::upsert(
        m_file.database(), u"transport_leg"_s,
        {u"destination_id"_s, u"direction"_s, u"position"_s, u"mode"_s, u"from_place_id"_s,
         u"to_place_id"_s, u"departs"_s, u"arrives"_s, u"seats"_s, u"operator"_s, u"booking_ref"_s,
         u"step_free"_s, u"lead_phone"_s, u"notes"_s},
        leg.id,
        {leg.destinationId, legDirectionToString(leg.direction), leg.position,
         transportModeToString(leg.mode), sql::idValue(leg.fromPlaceId),
         sql::idValue(leg.toPlaceId), sql::timeValue(leg.departs), sql::timeValue(leg.arrives),
         leg.seats ? QVariant(*leg.seats) : QVariant(QMetaType::fromType<int>()),
         sql::text(leg.operatorName), sql::text(leg.bookingRef), stepFreeToString(leg.stepFree),
         sql::text(leg.leadPhone), sql::text(leg.notes)});
    transaction.commit();
    return id;
}

qint64 PlanRepository::save(const AgendaItem &item)
{
    requireName(item.title, u"agenda item"_s);
    requireOrder(item.start, item.end, item.title);
    WriteTransaction transaction(m_file);
    const qint64 id = sql::upsert(
        m_file.database(), u"agenda_item"_s,
        {u"title"_s, u"start"_s, u"end"_s, u"place_id"_s, u"destination_id"_s, u"notes"_s}, item.id,
        {item.title.trimmed(), sql::timeValue(item.start), sql::timeValue(item.end),
         sql::idValue(item.placeId), sql::idValue(item.destinationId), sql::text(item.notes)});
    transaction.commit();
    return id;
}

void PlanRepository::saveReconvene(const Reconvene &r)
{
    requireOrder(r.start, r.end, u"the reconvene"_s);
    WriteTransaction transaction(m_file);
    const QSqlDatabase db = m_file.database();
    sql::upsert(db, u"reconvene"_s, {u"place_id"_s, u"start"_s, u"end"_s}, 1,
                {sql::idValue(r.placeId), sql::timeValue(r.start), sql::timeValue(r.end)});
    sql::exec(db, u"DELETE FROM reconvene_item"_s);
    QSqlQuery item = sql::prepare(db, u"INSERT INTO reconvene_item (position, title, start, end, "
                                      "description) VALUES (?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < r.items.size(); ++i) {
        requireName(r.items[i].title, u"programme item"_s);
        item.bindValue(0, qint64(i));
        item.bindValue(1, r.items[i].title.trimmed());
        item.bindValue(2, sql::timeValue(r.items[i].start));
        item.bindValue(3, sql::timeValue(r.items[i].end));
        item.bindValue(4, sql::text(r.items[i].description));
        sql::exec(item);
    }
    transaction.commit();
}

void PlanRepository::remove(const QString &table, qint64 id)
{
    WriteTransaction transaction(m_file);
    // The table name is one of ours, never the user's; identifiers cannot be bound.
    QSqlQuery q = sql::prepare(m_file.database(), u"DELETE FROM "_s + table + u" WHERE id = ?"_s);
    q.addBindValue(id);
    sql::exec(q);
    transaction.commit();
}

void PlanRepository::removePlace(qint64 id)
{
    remove(u"place"_s, id);
}
void PlanRepository::removeDestination(qint64 id)
{
    QSqlQuery q = sql::prepare(m_file.database(), u"SELECT d.name, count(*) FROM treasure_item t "
                                                  "JOIN destination d ON d.id = t.destination_id "
                                                  "WHERE t.destination_id = ? GROUP BY d.name"_s);
    q.addBindValue(id);
    sql::exec(q);
    if (q.next()) {
        const qint64 items = q.value(1).toLongLong();
        throw Error(Error::Kind::BadInput,
                    u"%1: its treasure log has %2; move them to another group or delete them "
                    "first"_s.arg(q.value(0).toString(),
                                  items == 1 ? u"1 item"_s : u"%1 items"_s.arg(items)));
    }
    remove(u"destination"_s, id);
}
void PlanRepository::removeLeg(qint64 id)
{
    remove(u"transport_leg"_s, id);
}
void PlanRepository::removeAgendaItem(qint64 id)
{
    remove(u"agenda_item"_s, id);
}

} // namespace fieldday
