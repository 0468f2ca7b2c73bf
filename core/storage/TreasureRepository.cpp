#include "TreasureRepository.h"

#include "Error.h"
#include "EventFile.h"
#include "SqlUtil.h"
#include "WriteTransaction.h"

#include <QSet>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

bool exists(const QSqlDatabase &db, const QString &statement, qint64 id)
{
    QSqlQuery q = sql::prepare(db, statement);
    q.addBindValue(id);
    sql::exec(q);
    return q.next();
}

QVariant dateTimeValue(const QDateTime &value)
{
    return value.isValid() ? QVariant(value.toString(Qt::ISODate))
                           : QVariant(QMetaType::fromType<QString>());
}

void replaceLinks(const QSqlDatabase &db, const QString &clear, const QString &insert, qint64 id,
                  const QVariantList &values)
{
    QSqlQuery c = sql::prepare(db, clear);
    c.addBindValue(id);
    sql::exec(c);
    QSqlQuery q = sql::prepare(db, insert);
    for (const QVariant &value : values) {
        q.bindValue(0, id);
        q.bindValue(1, value);
        sql::exec(q);
    }
}

template <typename T> QVariantList variants(const QList<T> &list)
{
    QVariantList result;
    QSet<T> seen;
    for (const T &value : list) {
        if (!seen.contains(value)) {
            seen.insert(value);
            result.append(QVariant::fromValue(value));
        }
    }
    return result;
}

} // namespace

TreasureRepository::TreasureRepository(EventFile &file) : m_file(file) {}

void TreasureRepository::validate(const TreasureItem &item) const
{
    const QSqlDatabase db = m_file.database();
    const QString what = item.id ? u"treasure item %1"_s.arg(item.id) : u"treasure item"_s;
    if (!item.destinationId ||
        !exists(db, u"SELECT 1 FROM destination WHERE id = ?"_s, item.destinationId))
        throw Error(Error::Kind::BadInput, what + u": group: it must belong to a group"_s);
    if (item.type != TreasureType::Photo && item.text.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput,
                    what + (item.type == TreasureType::Quote
                                ? u": text: a quote needs the words said"_s
                                : u": text: an observation needs what was seen"_s));
    if (item.finderParticipantId &&
        !exists(db, u"SELECT 1 FROM participant WHERE id = ?"_s, item.finderParticipantId))
        throw Error(Error::Kind::BadInput,
                    what + u": finder: no participant with id %1"_s.arg(item.finderParticipantId));
    if (item.placeId && !exists(db, u"SELECT 1 FROM place WHERE id = ?"_s, item.placeId))
        throw Error(Error::Kind::BadInput,
                    what + u": place: no place with id %1"_s.arg(item.placeId));
    if (item.identifiable == Identifiable::Named) {
        if (item.shows.isEmpty())
            throw Error(Error::Kind::BadInput,
                        what + u": shows: say who can be recognised, or choose nobody or "
                               "unknown"_s);
        for (qint64 person : item.shows) {
            if (person && !exists(db, u"SELECT 1 FROM participant WHERE id = ?"_s, person))
                throw Error(Error::Kind::BadInput,
                            what + u": shows: no participant with id %1"_s.arg(person));
        }
    }
}

qint64 TreasureRepository::write(const TreasureItem &item)
{
    const QSqlDatabase db = m_file.database();
    QStringList columns{u"destination_id"_s, u"type"_s,     u"finder_participant_id"_s,
                        u"finder_lead"_s,    u"found_at"_s, u"place_id"_s,
                        u"text"_s,           u"caption"_s,  u"share_out"_s,
                        u"in_report"_s,      u"consent"_s,  u"credit"_s,
                        u"identifiable"_s};
    QVariantList values{item.destinationId,
                        treasureTypeToString(item.type),
                        sql::idValue(item.finderParticipantId),
                        sql::text(item.finderLead.trimmed()),
                        dateTimeValue(item.foundAt),
                        sql::idValue(item.placeId),
                        sql::text(item.text.trimmed()),
                        sql::text(item.caption.trimmed()),
                        int(item.shareOut),
                        int(item.inReport),
                        finderConsentToString(item.consent),
                        int(item.credit),
                        identifiableToString(item.identifiable)};
    for (size_t a = 0; a < showedQuestions.size(); ++a) {
        columns << QString(showedQuestions[a].key);
        values << sql::text(item.showed[a].trimmed());
    }
    // A new item takes its id from the file's range (docs/file-format.md, "Ids").
    const qint64 id =
        sql::upsert(db, u"treasure_item"_s, columns,
                    item.id > 0 ? item.id : m_file.nextId(u"treasure_item"_s), values);

    QStringList themes;
    for (const QString &theme : item.themes) {
        if (!theme.trimmed().isEmpty() && !themes.contains(theme.trimmed(), Qt::CaseInsensitive))
            themes << theme.trimmed();
    }
    replaceLinks(db, u"DELETE FROM treasure_theme WHERE item_id = ?"_s,
                 u"INSERT INTO treasure_theme (item_id, theme) VALUES (?, ?)"_s, id,
                 variants(themes));
    replaceLinks(db, u"DELETE FROM treasure_question WHERE item_id = ?"_s,
                 u"INSERT INTO treasure_question (item_id, question_id) VALUES (?, ?)"_s, id,
                 variants(item.questionIds));
    // One row per person; a removed person (0) stays a NULL row: someone whose consent is
    // unknown. Nobody or unknown: no rows. A person still shown keeps their row and its id, so
    // saving a find unchanged is no change to merge (two copies would otherwise each add one).
    QList<qint64> wanted; // 0: a removed person
    if (item.identifiable == Identifiable::Named) {
        QSet<qint64> seen;
        for (qint64 p : item.shows) {
            if (p && seen.contains(p))
                continue;
            seen.insert(p);
            wanted << p;
        }
    }
    QSqlQuery rows = sql::prepare(
        db, u"SELECT id, participant_id FROM treasure_person WHERE item_id = ? ORDER BY id"_s);
    rows.addBindValue(id);
    sql::exec(rows);
    QList<qint64> stale;
    while (rows.next()) {
        const qint64 shown = rows.value(1).isNull() ? 0 : rows.value(1).toLongLong();
        if (const qsizetype at = wanted.indexOf(shown); at >= 0)
            wanted.removeAt(at); // kept as it is
        else
            stale << rows.value(0).toLongLong();
    }
    QSqlQuery remove = sql::prepare(db, u"DELETE FROM treasure_person WHERE id = ?"_s);
    for (qint64 row : std::as_const(stale)) {
        remove.bindValue(0, row);
        sql::exec(remove);
    }
    QSqlQuery person =
        sql::prepare(db, u"INSERT INTO treasure_person (item_id, participant_id, id) "
                         "VALUES (?, ?, ?)"_s);
    for (qint64 p : std::as_const(wanted)) {
        person.bindValue(0, id);
        person.bindValue(1, sql::idValue(p));
        person.bindValue(2, m_file.nextId(u"treasure_person"_s));
        sql::exec(person);
    }
    return id;
}

qint64 TreasureRepository::save(const TreasureItem &item)
{
    validate(item);
    WriteTransaction transaction(m_file);
    if (item.type == TreasureType::Photo &&
        !exists(m_file.database(), u"SELECT 1 FROM treasure_photo WHERE item_id = ?"_s, item.id))
        throw Error(Error::Kind::BadInput,
                    u"treasure item: a photo is added with its image (treasure add --photo)"_s);
    const qint64 id = write(item);
    transaction.commit();
    return id;
}

qint64 TreasureRepository::addPhoto(const TreasureItem &item, const QByteArray &jpeg)
{
    validate(item);
    if (item.type != TreasureType::Photo)
        throw Error(Error::Kind::BadInput, u"treasure item: only a photo has an image"_s);
    if (!jpeg.startsWith("\xFF\xD8\xFF") || item.photo.width <= 0 || item.photo.height <= 0)
        throw Error(Error::Kind::BadInput,
                    u"photo: not a JPEG as stored (PhotoIngest makes one)"_s);
    WriteTransaction transaction(m_file);
    const qint64 id = write(item);
    QSqlQuery q = sql::prepare(m_file.database(),
                               u"INSERT INTO treasure_photo (item_id, width, height, source_name, "
                               "source_sha256, jpeg) VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(item.photo.width);
    q.addBindValue(item.photo.height);
    q.addBindValue(sql::text(item.photo.sourceName));
    q.addBindValue(sql::text(item.photo.sourceSha256));
    q.addBindValue(jpeg);
    sql::exec(q);
    transaction.commit();
    return id;
}

void TreasureRepository::remove(qint64 itemId)
{
    WriteTransaction transaction(m_file);
    QSqlQuery q = sql::prepare(m_file.database(), u"DELETE FROM treasure_item WHERE id = ?"_s);
    q.addBindValue(itemId);
    sql::exec(q);
    transaction.commit();
}

QByteArray TreasureRepository::photo(qint64 itemId) const
{
    QSqlQuery q =
        sql::prepare(m_file.database(), u"SELECT jpeg FROM treasure_photo WHERE item_id = ?"_s);
    q.setForwardOnly(true);
    q.addBindValue(itemId);
    sql::exec(q);
    return q.next() ? q.value(0).toByteArray() : QByteArray();
}

qint64 TreasureRepository::photoFromSource(const QString &sha256) const
{
    if (sha256.isEmpty())
        return 0;
    QSqlQuery q = sql::prepare(m_file.database(), u"SELECT item_id FROM treasure_photo "
                                                  "WHERE source_sha256 = ? LIMIT 1"_s);
    q.addBindValue(sha256);
    sql::exec(q);
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 TreasureRepository::saveFinding(const Finding &f)
{
    if (f.title.trimmed().isEmpty())
        throw Error(Error::Kind::BadInput, u"finding: title: required"_s);
    WriteTransaction transaction(m_file);
    const QSqlDatabase db = m_file.database();
    for (qint64 item : f.itemIds) {
        if (!exists(db, u"SELECT 1 FROM treasure_item WHERE id = ?"_s, item))
            throw Error(Error::Kind::BadInput,
                        u"finding \"%1\": items: no treasure item %2"_s.arg(f.title).arg(item));
    }
    const qint64 id = sql::upsert(db, u"finding"_s, {u"position"_s, u"title"_s, u"text"_s},
                                  f.id > 0 ? f.id : m_file.nextId(u"finding"_s),
                                  {f.position, f.title.trimmed(), sql::text(f.text.trimmed())});
    replaceLinks(db, u"DELETE FROM finding_question WHERE finding_id = ?"_s,
                 u"INSERT INTO finding_question (finding_id, question_id) VALUES (?, ?)"_s, id,
                 variants(f.questionIds));
    replaceLinks(db, u"DELETE FROM finding_item WHERE finding_id = ?"_s,
                 u"INSERT INTO finding_item (finding_id, item_id) VALUES (?, ?)"_s, id,
                 variants(f.itemIds));
    transaction.commit();
    return id;
}

void TreasureRepository::removeFinding(qint64 id)
{
    WriteTransaction transaction(m_file);
    QSqlQuery q = sql::prepare(m_file.database(), u"DELETE FROM finding WHERE id = ?"_s);
    q.addBindValue(id);
    sql::exec(q);
    transaction.commit();
}

QList<qint64> TreasureRepository::saveQuestions(const QList<ResearchQuestion> &questions)
{
    const QSqlDatabase db = m_file.database();
    QList<qint64> ids;
    for (qsizetype i = 0; i < questions.size(); ++i) {
        const QString text = questions[i].text.trimmed();
        if (text.isEmpty())
            throw Error(Error::Kind::BadInput,
                        u"research question %1: the question is empty"_s.arg(i + 1));
        ids << sql::upsert(db, u"research_question"_s, {u"position"_s, u"text"_s},
                           questions[i].id > 0 ? questions[i].id
                                               : m_file.nextId(u"research_question"_s),
                           {qint64(i), text});
    }
    // The ones no longer asked. Links to them stay (no foreign key) and are not read; an undo
    // that asks the question again under its id brings them back.
    QStringList keep;
    for (qint64 id : ids)
        keep << QString::number(id);
    sql::exec(db, u"DELETE FROM research_question WHERE id NOT IN ("_s + keep.join(u',') +
                      u")"_s); // our own integers
    return ids;
}

int TreasureRepository::photoLongEdge() const
{
    QSqlQuery q = sql::prepare(m_file.database(),
                               u"SELECT value FROM setting WHERE key = 'photos.long_edge'"_s);
    sql::exec(q);
    if (!q.next())
        return defaultLongEdge;
    const int value = q.value(0).toInt();
    return value >= minimumLongEdge && value <= maximumLongEdge ? value : defaultLongEdge;
}

void TreasureRepository::setPhotoLongEdge(int pixels)
{
    if (pixels < minimumLongEdge || pixels > maximumLongEdge)
        throw Error(Error::Kind::BadInput,
                    u"photos.long_edge: between %1 and %2 pixels (got %3)"_s.arg(minimumLongEdge)
                        .arg(maximumLongEdge)
                        .arg(pixels));
    WriteTransaction transaction(m_file);
    QSqlQuery q = sql::prepare(m_file.database(),
                               u"INSERT INTO setting (key, value) VALUES ('photos.long_edge', ?) "
                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    q.addBindValue(QString::number(pixels));
    sql::exec(q);
    transaction.commit();
}

} // namespace fieldday
