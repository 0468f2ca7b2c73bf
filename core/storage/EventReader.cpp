#include "EventReader.h"

#include "EventFile.h"
#include "SqlUtil.h"
#include "SqliteQuery.h"
#include "SqliteStatement.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

QSqlQuery run(const QSqlDatabase &db, const QString &statement)
{
    QSqlQuery query = sql::prepare(db, statement);
    query.setForwardOnly(true);
    sql::exec(query);
    return query;
}

StepFree stepFreeOf(const QVariant &value)
{
    StepFree result = StepFree::Unknown;
    stepFreeFromString(value.toString(), &result);
    return result;
}

// Timestamps as we store them ("2019-02-14T10:32:00", maybe with an offset): a fast path for
// the plain form, which a large event has a hundred thousand times; Qt's parser otherwise.
QDateTime toDateTime(const QString &text)
{
    if (text.isNull())
        return {};
    if (text.size() == 19 && text[4] == u'-' && text[7] == u'-' && text[10] == u'T' &&
        text[13] == u':' && text[16] == u':') {
        auto number = [&text](int from, int length) {
            int n = 0;
            for (int i = from; i < from + length; ++i)
                n = n * 10 + text[i].digitValue();
            return n;
        };
        const QDate date(number(0, 4), number(5, 2), number(8, 2));
        const QTime time(number(11, 2), number(14, 2), number(17, 2));
        if (date.isValid() && time.isValid())
            return QDateTime(date, time);
    }
    return QDateTime::fromString(text, Qt::ISODate);
}

std::optional<double> optionalDouble(const QVariant &value)
{
    return value.isNull() ? std::nullopt : std::optional<double>(value.toDouble());
}

// The participant columns, in the order participantFrom() reads them.
constexpr char participantSelect[] =
    "SELECT id, given_name, family_name, email, phone, organisation, "
    "role, sector, access_needs, needs_step_free, dietary_needs, "
    "emergency_contact, consent_share_contact, consent_photos, status, "
    "booking_ref, booking_source, booked_at, checked_in_at, notes FROM participant";

QDateTime toDateTime(const SqliteQuery &q, int column)
{
    return q.isNull(column) ? QDateTime() : toDateTime(q.text(column));
}

// One row of participantSelect (without choices). Read below Qt Sql: a large event has a
// hundred thousand people, and per-value QVariants in UTF-16 were most of the time of a load.
Participant participantFrom(const SqliteQuery &q)
{
    Participant p;
    p.id = q.integer(0);
    p.givenName = q.text(1);
    p.familyName = q.text(2);
    p.email = q.text(3);
    p.phone = q.text(4);
    p.organisation = q.text(5);
    p.role = q.text(6);
    p.sector = q.text(7);
    p.accessNeeds = q.text(8);
    p.needsStepFree = q.integer(9) != 0;
    p.dietaryNeeds = q.text(10);
    p.emergencyContact = q.text(11);
    p.consentShareContact = q.integer(12) != 0;
    p.consentPhotos = q.integer(13) != 0;
    participantStatusFromString(q.text(14), &p.status);
    p.bookingRef = q.text(15);
    p.bookingSource = q.text(16);
    p.bookedAt = toDateTime(q, 17);
    p.checkedInAt = toDateTime(q, 18);
    p.notes = q.text(19);
    return p;
}

void readPlanInto(const QSqlDatabase &db, EventData &data)
{
    data.details = {};
    data.sectors.clear();
    data.places.clear();
    data.destinations.clear();
    data.legs.clear();
    data.reconvene = {};
    data.agenda.clear();
    {
        QSqlQuery q = run(db, u"SELECT title, date, time_zone, hub_place_id, day_start, day_end, "
                              "organisers, partners, contact_email, description FROM event"_s);
        if (q.next()) {
            EventDetails &e = data.details;
            e.title = q.value(0).toString();
            e.date = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            e.timeZone = q.value(2).toString();
            e.hubPlaceId = q.value(3).toLongLong();
            e.dayStart = sql::toTime(q.value(4));
            e.dayEnd = sql::toTime(q.value(5));
            e.organisers = q.value(6).toString();
            e.partners = q.value(7).toString();
            e.contactEmail = q.value(8).toString();
            e.description = q.value(9).toString();
        }
    }
    for (QSqlQuery q = run(db, u"SELECT name FROM theme ORDER BY position"_s); q.next();)
        data.details.themes.append(q.value(0).toString());
    for (QSqlQuery q = run(db, u"SELECT id, text FROM research_question ORDER BY position, id"_s);
         q.next();)
        data.details.questions.append({q.value(0).toLongLong(), q.value(1).toString()});
    for (QSqlQuery q = run(db, u"SELECT name FROM sector ORDER BY position"_s); q.next();)
        data.sectors.append(q.value(0).toString());

    for (QSqlQuery q = run(db, u"SELECT id, name, address, postcode, area, latitude, longitude, "
                               "step_free, notes FROM place ORDER BY id"_s);
         q.next();) {
        Place p;
        p.id = q.value(0).toLongLong();
        p.name = q.value(1).toString();
        p.address = q.value(2).toString();
        p.postcode = q.value(3).toString();
        p.area = q.value(4).toString();
        p.latitude = optionalDouble(q.value(5));
        p.longitude = optionalDouble(q.value(6));
        p.stepFree = stepFreeOf(q.value(7));
        p.notes = q.value(8).toString();
        data.places.append(p);
    }

    for (QSqlQuery q = run(db, u"SELECT id, position, name, host_organisation, host_contact_name, "
                               "host_contact_email, host_contact_phone, place_id, activity, "
                               "description, min_size, max_size, visit_start, visit_end, colour "
                               "FROM destination ORDER BY position, id"_s);
         q.next();) {
        Destination d;
        d.id = q.value(0).toLongLong();
        d.position = q.value(1).toInt();
        d.name = q.value(2).toString();
        d.hostOrganisation = q.value(3).toString();
        d.hostContactName = q.value(4).toString();
        d.hostContactEmail = q.value(5).toString();
        d.hostContactPhone = q.value(6).toString();
        d.placeId = q.value(7).toLongLong();
        d.activity = q.value(8).toString();
        d.description = q.value(9).toString();
        d.minSize = q.value(10).toInt();
        d.maxSize = q.value(11).toInt();
        d.visitStart = sql::toTime(q.value(12));
        d.visitEnd = sql::toTime(q.value(13));
        d.colour = q.value(14).toString();
        data.destinations.append(d);
    }
    data.index();
    for (QSqlQuery q = run(db, u"SELECT id, destination_id, name, phone, email FROM group_lead "
                               "ORDER BY destination_id, position, id"_s);
         q.next();) {
        GroupLead lead{q.value(0).toLongLong(), q.value(2).toString(), q.value(3).toString(),
                       q.value(4).toString()};
        for (Destination &d : data.destinations) {
            if (d.id == q.value(1).toLongLong())
                d.leads.append(lead);
        }
    }

    for (QSqlQuery q = run(db, u"SELECT id, destination_id, direction, position, mode, "
                               "from_place_id, to_place_id, departs, arrives, seats, operator, "
                               "booking_ref, step_free, lead_phone, notes FROM transport_leg "
                               "ORDER BY destination_id, direction DESC, position, id"_s);
         q.next();) {
        TransportLeg leg;
        leg.id = q.value(0).toLongLong();
        leg.destinationId = q.value(1).toLongLong();
        legDirectionFromString(q.value(2).toString(), &leg.direction);
        leg.position = q.value(3).toInt();
        transportModeFromString(q.value(4).toString(), &leg.mode);
        leg.fromPlaceId = q.value(5).toLongLong();
        leg.toPlaceId = q.value(6).toLongLong();
        leg.departs = sql::toTime(q.value(7));
        leg.arrives = sql::toTime(q.value(8));
        if (!q.value(9).isNull())
            leg.seats = q.value(9).toInt();
        leg.operatorName = q.value(10).toString();
        leg.bookingRef = q.value(11).toString();
        leg.stepFree = stepFreeOf(q.value(12));
        leg.leadPhone = q.value(13).toString();
        leg.notes = q.value(14).toString();
        data.legs.append(leg);
    }

    {
        QSqlQuery q = run(db, u"SELECT place_id, start, end FROM reconvene"_s);
        if (q.next()) {
            data.reconvene.placeId = q.value(0).toLongLong();
            data.reconvene.start = sql::toTime(q.value(1));
            data.reconvene.end = sql::toTime(q.value(2));
        }
    }
    for (QSqlQuery q = run(db, u"SELECT id, title, start, end, description FROM reconvene_item "
                               "ORDER BY position, id"_s);
         q.next();) {
        data.reconvene.items.append(ProgrammeItem{q.value(0).toLongLong(), q.value(1).toString(),
                                                  sql::toTime(q.value(2)), sql::toTime(q.value(3)),
                                                  q.value(4).toString()});
    }
    for (QSqlQuery q = run(db, u"SELECT id, title, start, end, place_id, destination_id, notes "
                               "FROM agenda_item ORDER BY start, id"_s);
         q.next();) {
        data.agenda.append(AgendaItem{q.value(0).toLongLong(), q.value(1).toString(),
                                      sql::toTime(q.value(2)), sql::toTime(q.value(3)),
                                      q.value(4).toLongLong(), q.value(5).toLongLong(),
                                      q.value(6).toString()});
    }
    data.index();
}

void readPeopleInto(const QSqlDatabase &db, EventData &data)
{
    data.participants.clear();
    data.assignments.clear();
    data.keepTogether.clear();
    sqlite3 *handle = SqliteStatement::handleOf(db); // people below Qt Sql: see participantFrom()
    for (SqliteQuery q(handle, QByteArray(participantSelect).append(" ORDER BY id").constData());
         q.next();)
        data.participants.append(participantFrom(q));
    data.index();
    {
        // Participants are sorted by id, so choices can be attached in one pass.
        SqliteQuery q(handle, "SELECT participant_id, destination_id FROM participant_choice "
                              "ORDER BY participant_id, rank");
        qsizetype i = 0;
        while (q.next()) {
            const qint64 pid = q.integer(0);
            while (i < data.participants.size() && data.participants[i].id < pid)
                ++i;
            if (i < data.participants.size() && data.participants[i].id == pid)
                data.participants[i].choices.append(q.integer(1));
        }
    }
    for (SqliteQuery q(handle, "SELECT participant_id, destination_id, pinned FROM assignment "
                               "ORDER BY participant_id");
         q.next();)
        data.assignments.append({q.integer(0), q.integer(1), q.integer(2) != 0});
    {
        QSqlQuery q = run(db, u"SELECT set_id, participant_id FROM keep_together "
                              "ORDER BY set_id, participant_id"_s);
        qint64 current = -1;
        while (q.next()) {
            if (q.value(0).toLongLong() != current) {
                current = q.value(0).toLongLong();
                data.keepTogether.append(QList<qint64>());
            }
            data.keepTogether.last().append(q.value(1).toLongLong());
        }
    }
    data.index();
}

// The treasure log (without the photos' bytes) and the findings; after the plan, whose kinds of
// treasure and research questions they refer to. Links to a kind of treasure or a question the
// event no longer has are kept in the file (an undo may bring the theme back) but not read.
void readTreasureInto(const QSqlDatabase &db, EventData &data)
{
    data.treasure.clear();
    data.findings.clear();
    QStringList showedColumns;
    for (const ShowedQuestion &question : showedQuestions)
        showedColumns << u"i."_s + question.key;
    QHash<qint64, qsizetype> items;
    for (QSqlQuery q = run(db, u"SELECT i.id, i.destination_id, i.type, i.finder_participant_id, "
                               "i.finder_lead, i.found_at, i.place_id, i.text, i.caption, "
                               "i.share_out, i.in_report, i.consent, i.credit, i.identifiable, "
                               "p.width, p.height, p.source_name, p.source_sha256, "_s +
                                   showedColumns.join(u", "_s) +
                                   u" FROM treasure_item i LEFT JOIN treasure_photo p "
                                   "ON p.item_id = i.id "
                                   "ORDER BY i.found_at IS NULL, i.found_at, i.id"_s);
         q.next();) {
        TreasureItem item;
        item.id = q.value(0).toLongLong();
        item.destinationId = q.value(1).toLongLong();
        treasureTypeFromString(q.value(2).toString(), &item.type);
        item.finderParticipantId = q.value(3).toLongLong();
        item.finderLead = q.value(4).toString();
        item.foundAt = toDateTime(q.value(5).toString());
        item.placeId = q.value(6).toLongLong();
        item.text = q.value(7).toString();
        item.caption = q.value(8).toString();
        item.shareOut = q.value(9).toBool();
        item.inReport = q.value(10).toBool();
        finderConsentFromString(q.value(11).toString(), &item.consent);
        item.credit = q.value(12).toBool();
        identifiableFromString(q.value(13).toString(), &item.identifiable);
        if (!q.value(14).isNull())
            item.photo = PhotoInfo{q.value(14).toInt(), q.value(15).toInt(), q.value(16).toString(),
                                   q.value(17).toString()};
        for (int a = 0; a < int(showedQuestions.size()); ++a)
            item.showed[size_t(a)] = q.value(18 + a).toString();
        items.insert(item.id, data.treasure.size());
        data.treasure.append(item);
    }

    QHash<QString, QString> themes; // case-folded → the event's spelling
    for (const QString &theme : data.details.themes)
        themes.insert(theme.toCaseFolded(), theme);
    QHash<qint64, QStringList> itemThemes;
    for (QSqlQuery q = run(db, u"SELECT item_id, theme FROM treasure_theme"_s); q.next();) {
        const QString theme = themes.value(q.value(1).toString().toCaseFolded());
        if (!theme.isEmpty())
            itemThemes[q.value(0).toLongLong()].append(theme);
    }
    for (auto it = itemThemes.cbegin(); it != itemThemes.cend(); ++it) {
        // In the event's order of the kinds of treasure.
        TreasureItem &item = data.treasure[items.value(it.key())];
        for (const QString &theme : data.details.themes) {
            if (it.value().contains(theme))
                item.themes.append(theme);
        }
    }
    for (QSqlQuery q = run(db, u"SELECT t.item_id, t.question_id FROM treasure_question t "
                               "JOIN research_question q ON q.id = t.question_id "
                               "ORDER BY t.item_id, q.position, q.id"_s);
         q.next();) {
        if (const auto it = items.constFind(q.value(0).toLongLong()); it != items.cend())
            data.treasure[*it].questionIds.append(q.value(1).toLongLong());
    }
    for (QSqlQuery q = run(db, u"SELECT item_id, participant_id FROM treasure_person "
                               "ORDER BY item_id, id"_s);
         q.next();) {
        if (const auto it = items.constFind(q.value(0).toLongLong()); it != items.cend())
            data.treasure[*it].shows.append(q.value(1).toLongLong()); // NULL reads as 0
    }

    QHash<qint64, qsizetype> findings;
    for (QSqlQuery q =
             run(db, u"SELECT id, position, title, text FROM finding ORDER BY position, id"_s);
         q.next();) {
        findings.insert(q.value(0).toLongLong(), data.findings.size());
        data.findings.append(Finding{q.value(0).toLongLong(),
                                     q.value(1).toInt(),
                                     q.value(2).toString(),
                                     q.value(3).toString(),
                                     {},
                                     {}});
    }
    for (QSqlQuery q = run(db, u"SELECT f.finding_id, f.question_id FROM finding_question f "
                               "JOIN research_question q ON q.id = f.question_id "
                               "ORDER BY f.finding_id, q.position, q.id"_s);
         q.next();) {
        if (const auto it = findings.constFind(q.value(0).toLongLong()); it != findings.cend())
            data.findings[*it].questionIds.append(q.value(1).toLongLong());
    }
    for (QSqlQuery q = run(db, u"SELECT finding_id, item_id FROM finding_item "
                               "ORDER BY finding_id, item_id"_s);
         q.next();) {
        if (const auto it = findings.constFind(q.value(0).toLongLong()); it != findings.cend())
            data.findings[*it].itemIds.append(q.value(1).toLongLong());
    }
}

// One read transaction gives one snapshot even while another process writes. A savepoint
// also works inside a caller's write transaction.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(const QSqlDatabase &db) : m_db(db)
    {
        sql::exec(m_db, u"SAVEPOINT load_event"_s);
    }
    ~ReadSnapshot() { QSqlQuery(m_db).exec(u"RELEASE load_event"_s); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

private:
    QSqlDatabase m_db;
};

} // namespace

EventData EventReader::load(const EventFile &file)
{
    const QSqlDatabase db = file.database();
    const ReadSnapshot snapshot(db);
    EventData data;
    readPlanInto(db, data);
    readPeopleInto(db, data);
    readTreasureInto(db, data);
    data.index();
    data.unsound = file.unsoundRows();
    return data;
}

void EventReader::reloadPlan(const EventFile &file, EventData &data)
{
    const QSqlDatabase db = file.database();
    const ReadSnapshot snapshot(db);
    readPlanInto(db, data);
}

void EventReader::reloadTreasure(const EventFile &file, EventData &data)
{
    const QSqlDatabase db = file.database();
    const ReadSnapshot snapshot(db);
    readTreasureInto(db, data);
    data.index();
}

std::optional<Participant> EventReader::participant(const EventFile &file, qint64 id)
{
    const QSqlDatabase db = file.database();
    const ReadSnapshot snapshot(db);
    SqliteQuery q(SqliteStatement::handleOf(db),
                  QByteArray(participantSelect).append(" WHERE id = ?").constData());
    q.bind(1, id);
    if (!q.next())
        return std::nullopt;
    Participant p = participantFrom(q);
    QSqlQuery c = sql::prepare(db, u"SELECT destination_id FROM participant_choice "
                                   "WHERE participant_id = ? ORDER BY rank"_s);
    c.addBindValue(id);
    sql::exec(c);
    while (c.next())
        p.choices.append(c.value(0).toLongLong());
    return p;
}

std::optional<Assignment> EventReader::assignment(const EventFile &file, qint64 participantId)
{
    QSqlQuery q = sql::prepare(file.database(), u"SELECT destination_id, pinned FROM assignment "
                                                "WHERE participant_id = ?"_s);
    q.addBindValue(participantId);
    sql::exec(q);
    if (!q.next())
        return std::nullopt;
    return Assignment{participantId, q.value(0).toLongLong(), q.value(1).toBool()};
}

QList<Destination> EventReader::destinationNames(const EventFile &file)
{
    QList<Destination> list;
    for (QSqlQuery q = run(file.database(), u"SELECT id, name, host_organisation FROM destination "
                                            "ORDER BY position, id"_s);
         q.next();) {
        Destination d;
        d.id = q.value(0).toLongLong();
        d.name = q.value(1).toString();
        d.hostOrganisation = q.value(2).toString();
        list.append(d);
    }
    return list;
}

} // namespace fieldday
