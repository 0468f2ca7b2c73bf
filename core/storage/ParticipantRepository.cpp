#include "ParticipantRepository.h"

#include "Error.h"
#include "EventFile.h"
#include "EventReader.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QVariant dateTimeValue(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>());
}

// The participant table's columns in the order both INSERT and UPDATE name them.
QVariantList columnValues(const Participant &p)
{
    return {sql::text(p.givenName.trimmed()),
            sql::text(p.familyName.trimmed()),
            sql::text(p.email.trimmed()),
            sql::text(p.phone),
            sql::text(p.organisation),
            sql::text(p.role),
            sql::text(p.sector),
            sql::text(p.accessNeeds),
            int(p.needsStepFree),
            sql::text(p.dietaryNeeds),
            sql::text(p.emergencyContact),
            int(p.consentShareContact),
            int(p.consentPhotos),
            participantStatusToString(p.status),
            sql::text(p.bookingRef),
            sql::text(p.bookingSource),
            dateTimeValue(p.bookedAt),
            dateTimeValue(p.checkedInAt),
            sql::text(p.notes)};
}

void bindDateTime(SqliteStatement &statement, int index, const QDateTime &value)
{
    if (value.isValid())
        statement.bind(index, value.toString(Qt::ISODate));
    else
        statement.bindNull(index);
}

} // namespace

ParticipantRepository::ParticipantRepository(EventFile &file) : m_file(file) {}

ParticipantRepository::~ParticipantRepository() = default;

void ParticipantRepository::validate(const Participant &p)
{
    if (p.givenName.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, u"given name: required"_s);
    if (p.familyName.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, u"family name: required"_s);
    if (!p.email.isEmpty() && !Participant::isValidEmail(p.email))
        throw Error(Error::Kind::BadInput,
                    u"e-mail: \"%1\" is not an e-mail address"_s.arg(p.email));
    QList<qint64> seen;
    for (qint64 choice : p.choices) {
        if (seen.contains(choice))
            throw Error(Error::Kind::BadInput, u"choices: a destination is ranked twice"_s);
        seen.append(choice);
    }
}

void ParticipantRepository::requireExists(qint64 id) const
{
    QSqlQuery q = sql::prepare(m_file.database(), u"SELECT 1 FROM participant WHERE id = ?"_s);
    q.addBindValue(id);
    sql::exec(q);
    if (!q.next())
        throw Error(Error::Kind::NotFound, m_file.describe(u"no participant with id %1"_s.arg(id)));
}

QSqlQuery &ParticipantRepository::cached(std::optional<QSqlQuery> &query, const QString &statement)
{
    if (!query)
        query = sql::prepare(m_file.database(), statement);
    return *query;
}

void ParticipantRepository::writeChoices(qint64 id, const QList<qint64> &choices, bool replace)
{
    if (replace) {
        QSqlQuery &clear =
            cached(m_clearChoices, u"DELETE FROM participant_choice WHERE participant_id = ?"_s);
        clear.bindValue(0, id);
        sql::exec(clear);
    }
    if (!m_insertChoice) {
        m_insertChoice = std::make_unique<SqliteStatement>(
            m_file, "INSERT INTO participant_choice (participant_id, rank, destination_id) "
                    "VALUES (?, ?, ?)");
    }
    for (qsizetype rank = 0; rank < choices.size(); ++rank) {
        m_insertChoice->bind(1, id);
        m_insertChoice->bind(2, qint64(rank + 1));
        m_insertChoice->bind(3, choices[rank]);
        m_insertChoice->execute();
    }
}

qint64 ParticipantRepository::add(const Participant &p)
{
    validate(p);
    WriteTransaction transaction(m_file);
    const qint64 id = insert(p);
    transaction.commit();
    return id;
}

qint64 ParticipantRepository::insert(const Participant &p)
{
    if (!m_insert) {
        m_insert = std::make_unique<SqliteStatement>(
            m_file,
            "INSERT INTO participant (given_name, family_name, email, phone, organisation, role, "
            "sector, access_needs, needs_step_free, dietary_needs, emergency_contact, "
            "consent_share_contact, consent_photos, status, booking_ref, booking_source, "
            "booked_at, checked_in_at, notes, id) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    }
    SqliteStatement &q = *m_insert;
    q.bind(1, QStringView(p.givenName).trimmed());
    q.bind(2, QStringView(p.familyName).trimmed());
    q.bind(3, QStringView(p.email).trimmed());
    q.bind(4, p.phone);
    q.bind(5, p.organisation);
    q.bind(6, p.role);
    q.bind(7, p.sector);
    q.bind(8, p.accessNeeds);
    q.bind(9, qint64(p.needsStepFree));
    q.bind(10, p.dietaryNeeds);
    q.bind(11, p.emergencyContact);
    q.bind(12, qint64(p.consentShareContact));
    q.bind(13, qint64(p.consentPhotos));
    q.bind(14, participantStatusToString(p.status));
    q.bind(15, p.bookingRef);
    q.bind(16, p.bookingSource);
    bindDateTime(q, 17, p.bookedAt);
    bindDateTime(q, 18, p.checkedInAt);
    q.bind(19, p.notes);
    if (p.id > 0)
        q.bind(20, p.id);
    else
        q.bindNull(20);
    q.execute();
    const qint64 id = q.lastInsertRowId();
    writeChoices(id, p.choices, false);
    return id;
}

void ParticipantRepository::update(const Participant &p)
{
    validate(p);
    WriteTransaction transaction(m_file);
    requireExists(p.id);
    QSqlQuery q = sql::prepare(
        m_file.database(),
        u"UPDATE participant SET given_name = ?, family_name = ?, email = ?, phone = ?, "
        "organisation = ?, role = ?, sector = ?, access_needs = ?, needs_step_free = ?, "
        "dietary_needs = ?, emergency_contact = ?, consent_share_contact = ?, consent_photos = ?, "
        "status = ?, booking_ref = ?, booking_source = ?, booked_at = ?, checked_in_at = ?, "
        "notes = ? WHERE id = ?"_s);
    QVariantList values = columnValues(p);
    values.append(p.id);
    for (qsizetype i = 0; i < values.size(); ++i)
        q.bindValue(int(i), values[i]);
    sql::exec(q);
    writeChoices(p.id, p.choices, true);
    if (p.status == ParticipantStatus::Cancelled || p.status == ParticipantStatus::Waitlisted)
        unassign(p.id);
    transaction.commit();
}

std::optional<Participant> ParticipantRepository::find(qint64 id) const
{
    return EventReader::participant(m_file, id);
}

QHash<QString, qint64> ParticipantRepository::idsByEmail() const
{
    QSqlQuery q = sql::prepare(
        m_file.database(), u"SELECT id, email FROM participant WHERE email <> '' ORDER BY id"_s);
    q.setForwardOnly(true);
    sql::exec(q);
    QHash<QString, qint64> ids;
    while (q.next())
        ids.insert(q.value(1).toString().toCaseFolded(), q.value(0).toLongLong());
    return ids;
}

void ParticipantRepository::setStatus(qint64 id, ParticipantStatus status,
                                      const QDateTime &checkedInAt)
{
    WriteTransaction transaction(m_file);
    requireExists(id);
    QSqlQuery q = sql::prepare(
        m_file.database(), u"UPDATE participant SET status = ?, checked_in_at = ? WHERE id = ?"_s);
    q.addBindValue(participantStatusToString(status));
    q.addBindValue(dateTimeValue(checkedInAt));
    q.addBindValue(id);
    sql::exec(q);
    // Only people who are coming hold a place in a group.
    if (status == ParticipantStatus::Cancelled || status == ParticipantStatus::Waitlisted)
        unassign(id);
    transaction.commit();
}

void ParticipantRepository::cancel(qint64 id)
{
    setStatus(id, ParticipantStatus::Cancelled);
}
void ParticipantRepository::waitlist(qint64 id)
{
    setStatus(id, ParticipantStatus::Waitlisted);
}
void ParticipantRepository::rebook(qint64 id)
{
    setStatus(id, ParticipantStatus::Booked);
}
void ParticipantRepository::markNoShow(qint64 id)
{
    setStatus(id, ParticipantStatus::NoShow);
}

void ParticipantRepository::checkIn(qint64 id, const QDateTime &at)
{
    if (!at.isValid())
        throw Error(Error::Kind::BadInput, u"check-in time: required"_s);
    setStatus(id, ParticipantStatus::Attended, at);
}

void ParticipantRepository::remove(qint64 id)
{
    WriteTransaction transaction(m_file);
    requireExists(id);
    QSqlQuery q = sql::prepare(m_file.database(), u"DELETE FROM participant WHERE id = ?"_s);
    q.addBindValue(id);
    sql::exec(q);
    transaction.commit();
}

void ParticipantRepository::assign(qint64 participantId, qint64 destinationId, bool pinned)
{
    WriteTransaction transaction(m_file);
    requireExists(participantId);
    QSqlQuery q = sql::prepare(
        m_file.database(), u"INSERT INTO assignment (participant_id, destination_id, pinned) "
                           "VALUES (?, ?, ?) ON CONFLICT (participant_id) DO UPDATE SET "
                           "destination_id = excluded.destination_id, pinned = excluded.pinned"_s);
    q.addBindValue(participantId);
    q.addBindValue(destinationId);
    q.addBindValue(int(pinned));
    sql::exec(q);
    transaction.commit();
}

void ParticipantRepository::unassign(qint64 participantId)
{
    QSqlQuery q =
        sql::prepare(m_file.database(), u"DELETE FROM assignment WHERE participant_id = ?"_s);
    q.addBindValue(participantId);
    sql::exec(q);
}

} // namespace fieldday
