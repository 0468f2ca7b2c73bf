#include "FullProfileRows.h"

#include "Error.h"
#include "EventFile.h"
#include "SqliteStatement.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

struct Statement
{
    sqlite3_stmt *statement = nullptr;
    ~Statement() { sqlite3_finalize(statement); }
};

// Column 7 holds the ranked choices as one text, unit-separated.
constexpr int choicesColumn = 7;

} // namespace

int FullProfileRows::read(const EventFile &file, qint64 destinationId,
                          const std::function<void(int)> &begin,
                          const std::function<void(const Row &)> &row)
{
    sqlite3 *db = SqliteStatement::handleOf(file);
    auto fail = [&](const char *what) {
        throw Error(Error::Kind::Storage, file.describe(QString::fromUtf8(what) + u": "_s +
                                                        QString::fromUtf8(sqlite3_errmsg(db))));
    };
    // One snapshot for both statements; a savepoint also works inside a caller's transaction.
    if (sqlite3_exec(db, "SAVEPOINT full_profile", nullptr, nullptr, nullptr) != SQLITE_OK)
        fail("cannot read the participants");
    struct Release
    {
        sqlite3 *db;
        ~Release() { sqlite3_exec(db, "RELEASE full_profile", nullptr, nullptr, nullptr); }
    } release{db};

    int choices = 1;
    {
        Statement s;
        if (sqlite3_prepare_v2(db, "SELECT coalesce(max(rank), 1) FROM participant_choice", -1,
                               &s.statement, nullptr) != SQLITE_OK ||
            sqlite3_step(s.statement) != SQLITE_ROW)
            fail("cannot read the choices");
        choices = qMax(1, sqlite3_column_int(s.statement, 0));
    }
    static const char *query =
        "SELECT p.given_name, p.family_name, p.email, p.phone, p.organisation, p.role, p.sector, "
        "(SELECT group_concat(name, char(31)) FROM (SELECT d.name AS name FROM participant_choice "
        "c "
        "JOIN destination d ON d.id = c.destination_id WHERE c.participant_id = p.id ORDER BY "
        "c.rank)), "
        "coalesce(g.name, ''), CASE WHEN a.pinned = 1 THEN 'yes' ELSE 'no' END, p.access_needs, "
        "CASE p.needs_step_free WHEN 1 THEN 'yes' ELSE 'no' END, p.dietary_needs, "
        "p.emergency_contact, "
        "CASE p.consent_share_contact WHEN 1 THEN 'yes' ELSE 'no' END, "
        "CASE p.consent_photos WHEN 1 THEN 'yes' ELSE 'no' END, p.status, p.booking_ref, "
        "p.booking_source, "
        "coalesce(p.booked_at, ''), coalesce(p.checked_in_at, ''), p.notes "
        "FROM participant p LEFT JOIN assignment a ON a.participant_id = p.id "
        "LEFT JOIN destination g ON g.id = a.destination_id WHERE ?1 = 0 OR a.destination_id = ?1 "
        "ORDER BY p.id";
    Statement s;
    if (sqlite3_prepare_v2(db, query, -1, &s.statement, nullptr) != SQLITE_OK)
        fail("cannot read the participants");
    sqlite3_bind_int64(s.statement, 1, destinationId);
    begin(choices);

    const int columns = sqlite3_column_count(s.statement);
    Row values;
    int count = 0;
    int step;
    while ((step = sqlite3_step(s.statement)) == SQLITE_ROW) {
        values.clear();
        for (int c = 0; c < columns; ++c) {
            const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(s.statement, c));
            const QByteArrayView value(text ? text : "", sqlite3_column_bytes(s.statement, c));
            if (c != choicesColumn) {
                values.append(value);
                continue;
            }
            qsizetype start = 0;
            for (int rank = 0; rank < choices; ++rank) {
                const qsizetype end = value.indexOf('\x1f', start);
                values.append(start > value.size()
                                  ? QByteArrayView()
                                  : value.sliced(start, (end < 0 ? value.size() : end) - start));
                start = end < 0 ? value.size() + 1 : end + 1;
            }
        }
        row(values);
        ++count;
    }
    if (step != SQLITE_DONE)
        fail("cannot read the participants");
    return count;
}

} // namespace fieldday
