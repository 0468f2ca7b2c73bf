#pragma once

#include "model/Participant.h"

#include <QDateTime>
#include <QHash>
#include <QSqlQuery>
#include <memory>
#include <optional>

namespace fieldday {

class EventFile;
class SqliteStatement;

// Adds, edits and removes participants, and records what happens to them on the day.
// Each call is one transaction unless the caller already holds one (see WriteTransaction).
// Validation errors are Error::Kind::BadInput and name the field.
class ParticipantRepository
{
public:
    explicit ParticipantRepository(EventFile &file);
    ~ParticipantRepository();

    // Throws BadInput if required fields are missing or the e-mail is not an address.
    static void validate(const Participant &participant);

    // Returns the new id: the participant's own if it has one (an undone removal coming back),
    // else the next.
    qint64 add(const Participant &participant);
    // Adds an already validated person inside the caller's WriteTransaction, without a
    // savepoint of its own: any failure must fail the caller's whole change. For bulk imports.
    qint64 insert(const Participant &participant);
    void update(const Participant &participant); // by id; choices replaced too
    std::optional<Participant> find(qint64 id) const;
    // Everyone with an e-mail, by the address case-folded (the last added, if several share it).
    QHash<QString, qint64> idsByEmail() const;

    // Cancelling keeps the record (status cancelled) and frees the group place.
    void cancel(qint64 id);
    void waitlist(qint64 id);
    void rebook(qint64 id);
    void checkIn(qint64 id, const QDateTime &at);
    void markNoShow(qint64 id);
    // Deleting is explicit and final: the person and their choices and place go.
    void remove(qint64 id);

    void assign(qint64 participantId, qint64 destinationId, bool pinned);
    void unassign(qint64 participantId);

private:
    void setStatus(qint64 id, ParticipantStatus status, const QDateTime &checkedInAt = {});
    void writeChoices(qint64 id, const QList<qint64> &choices, bool replace);
    void requireExists(qint64 id) const;

    QSqlQuery &cached(std::optional<QSqlQuery> &query, const QString &statement);

    EventFile &m_file;
    // Prepared once: an import adds tens of thousands of people through insert(), so these
    // two bind straight to SQLite rather than through QVariants.
    std::unique_ptr<SqliteStatement> m_insert;
    std::unique_ptr<SqliteStatement> m_insertChoice;
    std::optional<QSqlQuery> m_clearChoices;
};

} // namespace fieldday
