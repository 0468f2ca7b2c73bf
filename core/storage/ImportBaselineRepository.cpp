#include "ImportBaselineRepository.h"

#include "EventFile.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"
#include "WriteTransaction.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

ImportBaselineRepository::ImportBaselineRepository(EventFile &file) : m_file(file) {}

ImportBaselineRepository::~ImportBaselineRepository() = default;

const QStringList &ImportBaselineRepository::columns()
{
    static const QStringList all = {
        u"given_name"_s,
        u"family_name"_s,
        u"email"_s,
        u"phone"_s,
        u"organisation"_s,
        u"role"_s,
        u"sector"_s,
        u"access_needs"_s,
        u"needs_step_free"_s,
        u"dietary_needs"_s,
        u"emergency_contact"_s,
        u"consent_share_contact"_s,
        u"consent_photos"_s,
        u"status"_s,
        u"booking_ref"_s,
        u"booking_source"_s,
        u"booked_at"_s,
        u"checked_in_at"_s,
        u"notes"_s,
        u"choices"_s,
        u"destination"_s,
    };
    return all;
}

std::optional<ImportBaselineRepository::Values>
ImportBaselineRepository::find(qint64 participantId) const
{
    QSqlQuery q = sql::prepare(m_file.database(), u"SELECT "_s + columns().join(u", "_s) +
                                                      u" FROM import_baseline "
                                                      "WHERE participant_id = ?"_s);
    q.addBindValue(participantId);
    sql::exec(q);
    if (!q.next())
        return std::nullopt;
    Values values;
    for (int c = 0; c < columns().size(); ++c)
        values.append(q.isNull(c) ? std::nullopt : std::optional<QString>(q.value(c).toString()));
    return values;
}

void ImportBaselineRepository::record(qint64 participantId, const Values &values)
{
    if (!m_record) {
        // A value not brought in this time keeps the earlier one (coalesce).
        QStringList assignments;
        for (const QString &column : columns())
            assignments << column + u" = coalesce(excluded."_s + column + u", "_s + column + u')';
        const QByteArray statement =
            (u"INSERT INTO import_baseline (participant_id, "_s + columns().join(u", "_s) +
             u") VALUES (?"_s + u", ?"_s.repeated(columns().size()) +
             u") ON CONFLICT (participant_id) DO UPDATE SET "_s + assignments.join(u", "_s))
                .toUtf8();
        m_record = std::make_unique<SqliteStatement>(m_file, statement.constData());
    }
    m_record->bind(1, participantId);
    for (int c = 0; c < columns().size(); ++c) {
        const std::optional<QString> &value = values.value(c);
        if (value)
            m_record->bind(c + 2, *value);
        else
            m_record->bindNull(c + 2);
    }
    m_record->execute();
}

void ImportBaselineRepository::restore(qint64 participantId, const std::optional<Values> &values)
{
    WriteTransaction transaction(m_file);
    QSqlQuery clear =
        sql::prepare(m_file.database(), u"DELETE FROM import_baseline WHERE participant_id = ?"_s);
    clear.addBindValue(participantId);
    sql::exec(clear);
    if (values)
        record(participantId, *values);
    transaction.commit();
}

} // namespace fieldday
