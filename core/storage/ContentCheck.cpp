#include "ContentCheck.h"

#include "ConnectionHardening.h"
#include "Error.h"
#include "SchemaDescription.h"
#include "SqlUtil.h"
#include "SqliteStatement.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <algorithm>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

using Problem = UnsoundRow::Problem;
using Action = UnsoundRow::Action;
using Table = SchemaDescription::Table;
using Column = SchemaDescription::Column;

// Sizes, seats and other counts: the most people `generate` makes is ten million.
constexpr qint64 maxCount = 10'000'000;

QString number(qint64 n)
{
    static const QLocale english(QLocale::English, QLocale::UnitedKingdom);
    return english.toString(n);
}

QString ident(const QString &name)
{
    return u'"' + QString(name).replace(u'"', u"\"\""_s) + u'"';
}

// A short, safe excerpt of a column for a message: never more than 40 characters of whatever
// the file holds there.
QString shortText(const QString &column)
{
    return u"CASE WHEN typeof(%1) = 'text' THEN CASE WHEN length(%1) > 40 THEN substr(%1, 1, 39) "
           "|| '…' ELSE %1 END END"_s.arg(ident(column));
}

QString inParens(const QString &expression)
{
    return u"coalesce(' (' || nullif(trim("_s + expression + u"), '') || ')', '')"_s;
}

QString shortValue(const QString &column)
{
    return u"CASE WHEN typeof(%1) IN ('integer', 'real') THEN %1 ELSE quote(substr(%1, 1, 30)) "
           "END"_s.arg(ident(column));
}

// How a person finds a row of each table in a message, and its id. A table a later step adds
// is named by its table name and first key until it gets a line here.
struct Naming
{
    QString table;
    QString noun; // what one row is, for "destination 9 is not in the file"
    QString id;   // the column that is its id
    QString designation;
};

const QList<Naming> &namings()
{
    static const QList<Naming> all = {
        {u"event"_s, u"the event"_s, u"id"_s,
         u"'the event' || "_s + inParens(shortText(u"title"_s))},
        {u"theme"_s, u"theme"_s, u"position"_s,
         u"'theme ' || "_s + shortValue(u"position"_s) + u" || "_s +
             inParens(shortText(u"name"_s))},
        {u"sector"_s, u"sector"_s, u"position"_s,
         u"'sector ' || "_s + shortValue(u"position"_s) + u" || "_s +
             inParens(shortText(u"name"_s))},
        {u"place"_s, u"place"_s, u"id"_s,
         u"'place ' || "_s + shortValue(u"id"_s) + u" || "_s + inParens(shortText(u"name"_s))},
        {u"destination"_s, u"destination"_s, u"id"_s,
         u"'destination ' || "_s + shortValue(u"id"_s) + u" || "_s +
             inParens(shortText(u"name"_s))},
        {u"group_lead"_s, u"group lead"_s, u"id"_s,
         u"'group lead ' || "_s + shortValue(u"id"_s) + u" || "_s + inParens(shortText(u"name"_s))},
        {u"participant"_s, u"participant"_s, u"id"_s,
         u"'participant ' || "_s + shortValue(u"id"_s) + u" || "_s +
             inParens(u"coalesce(%1, '') || ' ' || coalesce(%2, '')"_s.arg(
                 shortText(u"given_name"_s), shortText(u"family_name"_s)))},
        {u"participant_choice"_s, u"choice"_s, u"participant_id"_s,
         u"'choice ' || "_s + shortValue(u"rank"_s) + u" || ' of participant ' || "_s +
             shortValue(u"participant_id"_s)},
        {u"assignment"_s, u"group of participant"_s, u"participant_id"_s,
         u"'the group of participant ' || "_s + shortValue(u"participant_id"_s)},
        {u"transport_leg"_s, u"leg"_s, u"id"_s,
         u"'leg ' || "_s + shortValue(u"id"_s) + u" || ' of destination ' || "_s +
             shortValue(u"destination_id"_s)},
        {u"reconvene"_s, u"the reconvene"_s, u"id"_s, u"'the reconvene'"_s},
        {u"reconvene_item"_s, u"reconvene item"_s, u"id"_s,
         u"'reconvene item ' || "_s + shortValue(u"id"_s) + u" || "_s +
             inParens(shortText(u"title"_s))},
        {u"agenda_item"_s, u"agenda item"_s, u"id"_s,
         u"'agenda item ' || "_s + shortValue(u"id"_s) + u" || "_s +
             inParens(shortText(u"title"_s))},
        {u"keep_together"_s, u"keep-together place"_s, u"participant_id"_s,
         u"'participant ' || "_s + shortValue(u"participant_id"_s) +
             u" || ' in keep-together set ' || "_s + shortValue(u"set_id"_s)},
        {u"setting"_s, u"setting"_s, QString(), u"'setting ' || "_s + shortValue(u"key"_s)},
        {u"import_baseline"_s, u"last imported values of participant"_s, u"participant_id"_s,
         u"'the last imported values of participant ' || "_s +
             shortValue(u"participant_id"_s)},
    };
    return all;
}

Naming namingOf(const Table &table)
{
    for (const Naming &n : namings()) {
        if (n.table == table.name.toLower())
            return n;
    }
    const QStringList key = SchemaDescription::rowKey(table);
    const QString id = key.first() == u"rowid"_s ? u"rowid"_s : key.first();
    const QString name = QString(table.name).replace(u'\'', u"''"_s);
    if (key.size() == 1)
        return {table.name, table.name, id, u"'%1 ' || "_s.arg(name) + shortValue(id)};
    // A key of several columns names each, so two rows never read the same:
    // "treasure_question (item_id 3, question_id 2)".
    QStringList parts;
    for (const QString &k : key)
        parts << u"'%1 ' || "_s.arg(QString(k).replace(u'\'', u"''"_s)) + shortValue(k);
    return {table.name, table.name, id,
            u"'%1 (' || "_s.arg(name) + parts.join(u" || ', ' || "_s) + u" || ')'"_s};
}

// Counts Fieldday's code reads into an int and relies on (capacities, seats, ranks).
struct Range
{
    const char16_t *table;
    const char16_t *column;
    qint64 min;
    qint64 max;
};
const Range ranges[] = {
    {u"destination", u"min_size", 0, maxCount},
    {u"destination", u"max_size", 0, maxCount},
    {u"transport_leg", u"seats", 0, maxCount},
    {u"participant_choice", u"rank", 1, 10'000},
};

// Settings Fieldday reads as numbers or flags, by key.
struct SettingRule
{
    const char16_t *key;
    const char16_t *valid; // SQL on `value`
    const char16_t *expected;
};
const SettingRule settingRules[] = {
    {u"allocation.unranked_cost",
     u"CAST(value AS INTEGER) || '' = value AND abs(CAST(value AS INTEGER)) < 10000000",
     u"a whole number of at most 7 digits"},
    {u"allocation.unassigned_cost",
     u"CAST(value AS INTEGER) || '' = value AND abs(CAST(value AS INTEGER)) < 10000000",
     u"a whole number of at most 7 digits"},
    {u"allocation.allow_unranked", u"value IN ('0', '1')", u"0 or 1"},
    {u"allocation.rank_costs",
     u"NOT value GLOB '*[^0-9,-]*' AND NOT value GLOB '*[0-9][0-9][0-9][0-9][0-9][0-9][0-9][0-9]*'",
     u"whole numbers of at most 7 digits, separated by commas"},
};

// SQLite's type affinity of a declared type (https://sqlite.org/datatype3.html, 3.1), and the
// storage classes Fieldday writes into such a column.
QStringList storedAs(const QString &declared)
{
    const QString t = declared.toUpper();
    if (t.contains(u"INT"_s))
        return {u"integer"_s};
    if (t.contains(u"CHAR"_s) || t.contains(u"CLOB"_s) || t.contains(u"TEXT"_s))
        return {u"text"_s};
    if (t.isEmpty() || t.contains(u"BLOB"_s))
        return {u"blob"_s};
    if (t.contains(u"REAL"_s) || t.contains(u"FLOA"_s) || t.contains(u"DOUB"_s))
        return {u"real"_s, u"integer"_s};
    return {u"integer"_s, u"real"_s};
}

QString expectedKind(const QStringList &types)
{
    if (types.first() == u"integer"_s)
        return types.size() == 1 ? u"a whole number"_s : u"a number"_s;
    if (types.first() == u"real"_s)
        return u"a number"_s;
    if (types.first() == u"text"_s)
        return u"text"_s;
    return u"binary data"_s;
}

QString sqlList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted << u'\'' + item + u'\'';
    return quoted.join(u", "_s);
}

struct Rule
{
    QString column; // empty: the row as a whole
    Problem problem;
    QString broken;   // SQL: 1 when the row breaks the rule (read only for rows found)
    QString expected; // for the message
    // NotAllowed: the values a CHECK lists, for the message. WrongType: the storage classes
    // the column may hold ("null" too when it may be empty), for fieldday_wrong_type().
    QStringList allowed;
    QString check;  // the CHECK's expression, for a rule that is not a list
    QString detect; // SQL: cheaper, true at least when `broken` is; empty: another's covers it
};

// The storage classes a column may hold as one letter for fieldday_wrong_type(): '@' plus a bit
// per class, in SQLite's order (integer, real, text, blob, null).
QChar classLetter(const QStringList &classes)
{
    static const QStringList order{u"integer"_s, u"real"_s, u"text"_s, u"blob"_s, u"null"_s};
    int bits = 0;
    for (const QString &c : classes)
        bits |= 1 << order.indexOf(c);
    return QChar(u'@' + bits);
}

// fieldday_wrong_type(letters, v1, v2, …): 1 when a value's storage class is not among those
// its letter allows. One call per row in place of a typeof() test per column, which was most
// of the time a scan takes (a test per column of 20,000 people).
void wrongType(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    const auto *letters = reinterpret_cast<const char *>(sqlite3_value_text(argv[0]));
    const int count = sqlite3_value_bytes(argv[0]);
    for (int i = 1; i < argc; ++i) {
        const int allowed = letters && i - 1 < count ? letters[i - 1] - '@' : 0;
        if (!(allowed & (1 << (sqlite3_value_type(argv[i]) - 1)))) {
            sqlite3_result_int(context, 1);
            return;
        }
    }
    sqlite3_result_int(context, 0);
}

void registerWrongType(const QSqlDatabase &db)
{
    // Direct only: never callable from a trigger or a view a file might bring.
    if (sqlite3_create_function_v2(SqliteStatement::handleOf(db), "fieldday_wrong_type", -1,
                                   SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_DIRECTONLY,
                                   nullptr, &wrongType, nullptr, nullptr, nullptr) != SQLITE_OK)
        throw Error(Error::Kind::Storage, u"check: cannot set up the type test"_s);
}

// The rules of a table. Finding the rows is one scan that tests only each rule's `detect` (one
// or two calls per column: the scan of 20,000 people is most of the time an open takes); the
// exact rules are worked out for the rows it finds.
QList<Rule> rulesFor(const Table &table)
{
    QList<Rule> rules;
    const bool rowidTable = !table.withoutRowid;
    for (const Column &c : table.columns) {
        if (c.hidden)
            continue;
        const QString col = ident(c.name);
        // An INTEGER PRIMARY KEY is the rowid itself: always a whole number, never NULL.
        if (rowidTable && c.primaryKey == 1 && c.type == u"INTEGER"_s &&
            std::count_if(table.columns.begin(), table.columns.end(),
                          [](const Column &k) { return k.primaryKey > 0; }) == 1)
            continue;
        const QStringList types = storedAs(c.type);
        const QString typeOk = u"typeof(%1) IN (%2)"_s.arg(col, sqlList(types));
        if (c.notNull)
            rules.append(
                {c.name, Problem::Missing, u"typeof(%1) = 'null'"_s.arg(col), {}, {}, {}, {}});
        // Found by one fieldday_wrong_type() per row (scanValues), NULL included for a NOT NULL
        // column (its Missing rule).
        rules.append({c.name,
                      Problem::WrongType,
                      u"typeof(%1) NOT IN ('null', %2)"_s.arg(col, sqlList(types)),
                      expectedKind(types),
                      c.notNull ? types : types + QStringList{u"null"_s},
                      {},
                      {}});
        if (types.first() == u"text"_s || types.first() == u"blob"_s) {
            // length() counts characters in text and bytes in binary data.
            const qint64 limit = types.first() == u"text"_s ? ContentCheck::maxTextCharacters
                                                            : ConnectionHardening::maxValueBytes;
            rules.append({c.name,
                          Problem::TooLong,
                          u"(typeof(%1) = 'text' AND length(%1) > %2) OR (typeof(%1) = 'blob' "
                          "AND length(%1) > %3)"_s.arg(col)
                              .arg(ContentCheck::maxTextCharacters)
                              .arg(ConnectionHardening::maxValueBytes),
                          {},
                          {},
                          {},
                          u"length(%1) > %2"_s.arg(col).arg(limit)});
        }
        for (const QString &clause : c.clauses) {
            if (!clause.startsWith(u"check ("_s))
                continue;
            const QString expression = clause.mid(6);
            Rule rule{c.name,
                      Problem::NotAllowed,
                      u"%1 AND coalesce(NOT %2, 0)"_s.arg(typeOk, expression),
                      {},
                      {},
                      expression,
                      u"coalesce(NOT %1, 0)"_s.arg(expression)};
            // "(status in ('booked', 'waitlisted'))": say the list in words.
            static const QRegularExpression list(u"^\\(\\s*(\\w+) in \\((.*)\\)\\)$"_s);
            const auto match = list.match(expression);
            if (match.hasMatch() && match.captured(1) == c.name.toLower()) {
                for (QString item : match.captured(2).split(u", "_s)) {
                    if (item.startsWith(u'\'') && item.endsWith(u'\''))
                        item = item.mid(1, item.size() - 2);
                    rule.allowed << item;
                }
            }
            rules.append(rule);
        }
        for (const Range &r : ranges) {
            if (table.name.compare(QStringView(r.table), Qt::CaseInsensitive) == 0 &&
                c.name.compare(QStringView(r.column), Qt::CaseInsensitive) == 0) {
                const QString outside =
                    u"%1 NOT BETWEEN %2 AND %3"_s.arg(col).arg(r.min).arg(r.max);
                rules.append({c.name,
                              Problem::NotAllowed,
                              u"typeof(%1) = 'integer' AND "_s.arg(col) + outside,
                              number(r.min) + u" to "_s + number(r.max),
                              {},
                              {},
                              outside});
            }
        }
    }
    for (const QString &clause : table.clauses) {
        if (!clause.startsWith(u"check ("_s))
            continue;
        const QString broken = u"coalesce(NOT %1, 0)"_s.arg(clause.mid(6));
        rules.append({QString(), Problem::NotAllowed, broken, {}, {}, clause.mid(6), broken});
    }
    if (table.name.compare(u"setting"_s, Qt::CaseInsensitive) == 0) {
        for (const SettingRule &s : settingRules) {
            const QString broken = u"key = '%1' AND typeof(value) = 'text' AND NOT (%2)"_s.arg(
                QStringView(s.key), QStringView(s.valid));
            rules.append({u"value"_s,
                          Problem::NotAllowed,
                          broken,
                          QString::fromUtf16(s.expected),
                          {},
                          {},
                          broken});
        }
    }
    return rules;
}

// What a value is, for a message, from typeof(), length() and a short excerpt.
QString shownValue(const QString &type, qint64 length, const QString &excerpt)
{
    if (type == u"null"_s)
        return u"empty (NULL)"_s;
    if (type == u"blob"_s)
        return u"binary data (%1 bytes)"_s.arg(number(length));
    if (type == u"text"_s)
        return u'\'' + excerpt + (length > excerpt.size() ? u"…'"_s : u"'"_s);
    return excerpt;
}

QString messageFor(const Rule &rule, const QString &type, qint64 length, const QString &excerpt)
{
    const QString value = shownValue(type, length, excerpt);
    switch (rule.problem) {
    case Problem::Missing:
        return u"is empty (NULL), where Fieldday always writes a value"_s;
    case Problem::WrongType: {
        const QString held = type == u"text"_s      ? u"text "_s + value
                             : type == u"blob"_s    ? value
                             : type == u"integer"_s ? u"the whole number "_s + value
                                                    : u"the number "_s + value;
        return u"holds %1, where Fieldday keeps %2"_s.arg(held, rule.expected);
    }
    case Problem::TooLong:
        return type == u"blob"_s ? u"is %1 bytes long; Fieldday keeps at most %2"_s.arg(
                                       number(length), number(ConnectionHardening::maxValueBytes))
                                 : u"is %1 characters long; Fieldday keeps at most %2"_s.arg(
                                       number(length), number(ContentCheck::maxTextCharacters));
    case Problem::NotAllowed:
        if (!rule.allowed.isEmpty())
            return u"is %1, not one of %2"_s.arg(value, rule.allowed.join(u", "_s));
        if (!rule.expected.isEmpty())
            return u"is %1, not %2"_s.arg(value, rule.expected);
        return rule.column.isEmpty()
                   ? u"breaks Fieldday's rule %1"_s.arg(rule.check)
                   : u"is %1, which breaks Fieldday's rule %2"_s.arg(value, rule.check);
    case Problem::BrokenReference:
    case Problem::WithLeftOutRow:
        break;
    }
    return {};
}

// One row found by a check: how to find it again, and what is wrong with it.
struct Found
{
    QVariantList key;
    QList<UnsoundRow> problems;
    QVariant reference; // for a broken reference: the value it refers to
};

QSqlQuery runQuery(const QSqlDatabase &db, const QString &statement, const QVariantList &bound = {})
{
    QSqlQuery query = sql::prepare(db, statement);
    query.setForwardOnly(true);
    for (qsizetype i = 0; i < bound.size(); ++i)
        query.bindValue(int(i), bound[i]);
    sql::exec(query);
    return query;
}

QString keySelect(const Table &table)
{
    QStringList columns;
    for (const QString &k : SchemaDescription::rowKey(table))
        columns << (k == u"rowid"_s ? k : ident(k));
    return columns.join(u", "_s);
}

// The largest record of each table and index, in bytes, from SQLite's dbstat table: a table
// whose records are all shorter than the longest text allowed cannot hold a value too long, and
// its scan need not measure every value. Empty when dbstat cannot say (then every value is).
QHash<QString, qint64> largestRecords(const QSqlDatabase &db)
{
    QHash<QString, qint64> largest;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(u"SELECT name, mx_payload FROM dbstat('main') WHERE aggregate = TRUE"_s))
        return {};
    while (q.next())
        largest.insert(q.value(0).toString().toLower(), q.value(1).toLongLong());
    return largest;
}

// Some rows of a table, by primary key: a condition on them, with their keys bound as one JSON
// array, lets SQLite look up those rows instead of reading the whole table.
class OnlyRows
{
public:
    OnlyRows(const Table &table, const QList<QVariantList> &keys)
    {
        QList<const Column *> key;
        for (const Column &c : table.columns) {
            if (c.primaryKey > 0)
                key.append(&c);
        }
        std::sort(key.begin(), key.end(),
                  [](const Column *a, const Column *b) { return a->primaryKey < b->primaryKey; });
        if (key.isEmpty())
            throw Error(Error::Kind::Storage, u"check: table %1 has no key"_s.arg(table.name));
        QStringList parts;
        for (qsizetype i = 0; i < key.size(); ++i) {
            m_columns << ident(key[i]->name);
            parts << u"value ->> %1"_s.arg(i);
        }
        m_select = u"SELECT %1 FROM json_each(?)"_s.arg(parts.join(u", "_s));
        QJsonArray rows;
        for (const QVariantList &row : keys)
            rows.append(QJsonArray::fromVariantList(row));
        m_keys = QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
    }

    // "(c."a", c."b") IN (SELECT value ->> 0, value ->> 1 FROM json_each(?))" for the table
    // under `alias`; bind keys() to its one parameter.
    QString condition(const QString &alias) const
    {
        QStringList columns;
        for (const QString &c : m_columns)
            columns << alias + c;
        return u"(%1) IN (%2)"_s.arg(columns.join(u", "_s), m_select);
    }
    const QString &keys() const { return m_keys; }

private:
    QStringList m_columns;
    QString m_select;
    QString m_keys;
};

// Every row of the table that breaks a rule about its own values.
QList<Found> scanValues(const QSqlDatabase &db, const Table &table,
                        const QHash<QString, qint64> &largest, const OnlyRows *only = nullptr)
{
    QList<Rule> rules = rulesFor(table);
    const auto size = largest.constFind(table.name.toLower());
    if (size != largest.cend() && *size <= ContentCheck::maxTextCharacters) {
        for (Rule &r : rules) {
            if (r.problem == Problem::TooLong)
                r.detect.clear();
        }
    }
    if (rules.isEmpty())
        return {};
    const Naming naming = namingOf(table);
    const QStringList key = SchemaDescription::rowKey(table);
    QStringList columns; // the columns the rules look at, once each
    for (const Rule &r : rules) {
        if (!r.column.isEmpty() && !columns.contains(r.column))
            columns << r.column;
    }
    QStringList select{keySelect(table),
                       naming.id.isEmpty() ? u"0"_s
                                           : u"CASE WHEN typeof(%1) = 'integer' THEN %1 END"_s.arg(
                                                 ident(naming.id)),
                       naming.designation};
    QStringList detect;
    QString letters;
    QStringList typed;
    for (const Rule &r : rules) {
        select << u"coalesce(%1, 0)"_s.arg(r.broken);
        if (!r.detect.isEmpty())
            detect << u'(' + r.detect + u')';
        if (r.problem == Problem::WrongType) {
            letters += classLetter(r.allowed);
            typed << ident(r.column);
        }
    }
    // SQLite takes at most 127 arguments to a function: a very wide table gets several calls.
    for (qsizetype from = 0; from < typed.size(); from += 100)
        detect << u"fieldday_wrong_type('%1', %2)"_s.arg(letters.mid(from, 100),
                                                          typed.mid(from, 100).join(u", "_s));
    for (const QString &c : columns) {
        const QString col = ident(c);
        select << u"typeof(%1)"_s.arg(col)
               << u"CASE WHEN typeof(%1) IN ('text', 'blob') THEN length(%1) END"_s.arg(col)
               << u"CASE WHEN typeof(%1) IN ('text', 'integer', 'real') THEN "
                  "substr(CAST(%1 AS TEXT), 1, 40) END"_s.arg(col);
    }
    const QString where = only ? only->condition({}) + u" AND ("_s + detect.join(u" OR "_s) + u')'
                               : detect.join(u" OR "_s);
    QSqlQuery q = runQuery(
        db,
        u"SELECT %1 FROM main.%2 WHERE %3"_s.arg(select.join(u", "_s), ident(table.name), where),
        only ? QVariantList{only->keys()} : QVariantList());
    QList<Found> found;
    const int keys = int(key.size());
    while (q.next()) {
        Found f;
        for (int i = 0; i < keys; ++i)
            f.key << q.value(i);
        const qint64 id = q.value(keys).toLongLong();
        const QString row = q.value(keys + 1).toString();
        const int firstValue = keys + 2 + int(rules.size());
        for (qsizetype r = 0; r < rules.size(); ++r) {
            if (!q.value(keys + 2 + int(r)).toBool())
                continue;
            const Rule &rule = rules[r];
            const int at = firstValue + 3 * int(columns.indexOf(rule.column));
            const bool hasColumn = !rule.column.isEmpty();
            const QString what = messageFor(rule, hasColumn ? q.value(at).toString() : QString(),
                                            hasColumn ? q.value(at + 1).toLongLong() : 0,
                                            hasColumn ? q.value(at + 2).toString() : QString());
            f.problems.append(
                {table.name, id, row, rule.column, rule.problem, Action::LeftOut, what});
        }
        if (!f.problems.isEmpty()) // a row the cheaper test took, but no rule
            found.append(f);
    }
    return found;
}

const Table *tableNamed(const SchemaDescription &schema, const QString &name)
{
    const auto found = schema.tables.constFind(name.toLower());
    return found == schema.tables.cend() ? nullptr : &*found;
}

// The rows of `table` whose foreign key refers to no row of its parent.
QList<Found> scanReferences(const QSqlDatabase &db, const SchemaDescription &schema,
                            const Table &table, const SchemaDescription::ForeignKey &key,
                            const QHash<QString, QSet<qint64>> &leftOut,
                            const OnlyRows *only = nullptr)
{
    const Table *parent = tableNamed(schema, key.table);
    if (!parent)
        return {};
    const QStringList to = key.to.isEmpty() ? SchemaDescription::rowKey(*parent) : key.to;
    if (to.size() != key.from.size())
        return {};
    QStringList present, matches;
    for (qsizetype i = 0; i < key.from.size(); ++i) {
        present << u"typeof(c.%1) <> 'null'"_s.arg(ident(key.from[i]));
        matches << u"p.%1 = c.%2"_s.arg(to[i] == u"rowid"_s ? to[i] : ident(to[i]),
                                        ident(key.from[i]));
    }
    if (only)
        present.prepend(only->condition(u"c."_s));
    const Naming naming = namingOf(table);
    const Naming parentNaming = namingOf(*parent);
    QStringList keyColumns;
    for (const QString &k : SchemaDescription::rowKey(table))
        keyColumns << u"c."_s + (k == u"rowid"_s ? k : ident(k));
    const QString id =
        naming.id.isEmpty()
            ? u"0"_s
            : u"CASE WHEN typeof(c.%1) = 'integer' THEN c.%1 END"_s.arg(ident(naming.id));
    QSqlQuery q =
        runQuery(db,
                 u"SELECT %1, %2, %3, CASE WHEN typeof(c.%4) = 'integer' THEN c.%4 ELSE "
                 "substr(CAST(c.%4 AS TEXT), 1, 30) END FROM main.%5 AS c WHERE %6 AND NOT EXISTS "
                 "(SELECT 1 FROM main.%7 AS p WHERE %8)"_s.arg(
                     keyColumns.join(u", "_s), id, naming.designation, ident(key.from.first()),
                     ident(table.name), present.join(u" AND "_s), ident(parent->name),
                     matches.join(u" AND "_s)),
                 only ? QVariantList{only->keys()} : QVariantList());
    bool nullable = true;
    for (const QString &from : key.from) {
        for (const Column &c : table.columns) {
            if (c.name.compare(from, Qt::CaseInsensitive) == 0 && (c.notNull || c.primaryKey))
                nullable = false;
        }
    }
    const bool dropReference = key.onDelete == u"SET NULL"_s && nullable;
    const int keys = int(keyColumns.size());
    QList<Found> found;
    while (q.next()) {
        Found f;
        for (int i = 0; i < keys; ++i)
            f.key << q.value(i);
        f.reference = q.value(keys + 2);
        const qint64 target = f.reference.toLongLong();
        const QString parentRow = parentNaming.noun + u' ' +
                                  (f.reference.typeId() == QMetaType::QString
                                       ? u'\'' + f.reference.toString().left(30) + u'\''
                                       : f.reference.toString());
        const bool withLeftOut = leftOut.value(parent->name.toLower()).contains(target) &&
                                 f.reference.typeId() != QMetaType::QString;
        const QString what = withLeftOut ? parentRow + u", which was left out"_s
                                         : parentRow + u" is not in the file"_s;
        f.problems.append({table.name, q.value(keys).toLongLong(), q.value(keys + 1).toString(),
                           key.from.join(u", "_s),
                           withLeftOut ? Problem::WithLeftOutRow : Problem::BrokenReference,
                           dropReference ? Action::ReferenceDropped : Action::LeftOut, what});
        found.append(f);
    }
    return found;
}

// PRAGMA foreign_key_check: the (table, foreign key) pairs that have a row referring nowhere.
QList<std::pair<QString, int>> brokenKeys(const QSqlDatabase &db)
{
    QList<std::pair<QString, int>> broken;
    QSqlQuery q = runQuery(db, u"PRAGMA main.foreign_key_check"_s);
    while (q.next()) {
        const std::pair<QString, int> pair{q.value(0).toString(), q.value(3).toInt()};
        if (!broken.contains(pair))
            broken.append(pair);
    }
    return broken;
}

QList<const Table *> checkedTables(const SchemaDescription &schema)
{
    QList<const Table *> tables;
    for (const Table &t : schema.tables) {
        if (t.described && !t.name.startsWith(u"sqlite_"_s, Qt::CaseInsensitive))
            tables.append(&t);
    }
    return tables;
}

QString whereKey(const Table &table)
{
    QStringList parts;
    for (const QString &k : SchemaDescription::rowKey(table))
        parts << (k == u"rowid"_s ? k : ident(k)) + u" = ?"_s;
    return parts.join(u" AND "_s);
}

void runOnRow(const QSqlDatabase &db, const QString &statement, const QVariantList &key)
{
    QSqlQuery q = sql::prepare(db, statement);
    for (qsizetype i = 0; i < key.size(); ++i)
        q.bindValue(int(i), key[i]);
    sql::exec(q);
}

} // namespace

QList<UnsoundRow> ContentCheck::inspect(const QSqlDatabase &db, int version)
{
    registerWrongType(db);
    const SchemaDescription &schema = SchemaDescription::reference(version);
    // A value too long to read is measured (and named) here, never handed on.
    const ConnectionHardening::LengthUnbounded unbounded(db);
    QList<UnsoundRow> rows;
    QSet<QString> named; // rows already reported for their values
    const QHash<QString, qint64> largest = largestRecords(db);
    for (const Table *table : checkedTables(schema)) {
        for (const Found &f : scanValues(db, *table, largest)) {
            rows << f.problems;
            named.insert(table->name + u'\x1f' + f.problems.first().row);
        }
    }
    for (const auto &[tableName, id] : brokenKeys(db)) {
        const Table *table = tableNamed(schema, tableName);
        if (!table)
            continue;
        for (const SchemaDescription::ForeignKey &key : table->keys) {
            if (key.id != id)
                continue;
            for (const Found &f : scanReferences(db, schema, *table, key, {})) {
                if (!named.contains(table->name + u'\x1f' + f.problems.first().row))
                    rows << f.problems;
            }
        }
    }
    return rows;
}

QList<UnsoundRow> ContentCheck::inspectRows(const QSqlDatabase &db, int version,
                                            const RowKeys &keys)
{
    registerWrongType(db);
    const SchemaDescription &schema = SchemaDescription::reference(version);
    const ConnectionHardening::LengthUnbounded unbounded(db);
    QList<UnsoundRow> rows;
    for (const Table *table : checkedTables(schema)) {
        const auto found = keys.constFind(table->name.toLower());
        if (found == keys.cend() || found->isEmpty())
            continue;
        const OnlyRows only(*table, *found);
        QSet<QString> named; // rows already reported for their values
        for (const Found &f : scanValues(db, *table, {}, &only)) {
            rows << f.problems;
            named.insert(f.problems.first().row);
        }
        for (const SchemaDescription::ForeignKey &key : table->keys) {
            for (const Found &f : scanReferences(db, schema, *table, key, {}, &only)) {
                if (!named.contains(f.problems.first().row))
                    rows << f.problems;
            }
        }
    }
    return rows;
}

QList<UnsoundRow> ContentCheck::clean(const QSqlDatabase &db, int version)
{
    registerWrongType(db);
    const SchemaDescription &schema = SchemaDescription::reference(version);
    const ConnectionHardening::LengthUnbounded unbounded(db);
    // Rows are taken out one by one and every reference is then followed by hand, so that each
    // row that goes is reported with its reason: no foreign-key action may act on its own.
    sql::exec(db, u"PRAGMA foreign_keys = OFF"_s);
    sql::exec(db, u"BEGIN"_s);
    try {
        QList<UnsoundRow> rows;
        QHash<QString, QSet<qint64>> leftOut; // by table: the ids of the rows left out
        const QHash<QString, qint64> largest = largestRecords(db);
        for (const Table *table : checkedTables(schema)) {
            const QString remove =
                u"DELETE FROM main.%1 WHERE %2"_s.arg(ident(table->name), whereKey(*table));
            for (const Found &f : scanValues(db, *table, largest)) {
                rows << f.problems;
                leftOut[table->name.toLower()].insert(f.problems.first().id);
                runOnRow(db, remove, f.key);
            }
        }
        // Each round removes rows, so this ends; the bound is a guard against a mistake of ours.
        for (int round = 0; round < 1000; ++round) {
            const QList<std::pair<QString, int>> broken = brokenKeys(db);
            if (broken.isEmpty())
                break;
            for (const auto &[tableName, id] : broken) {
                const Table *table = tableNamed(schema, tableName);
                if (!table)
                    throw Error(Error::Kind::Corrupt,
                                u"a foreign key of table '%1' refers to a "
                                "table Fieldday does not make"_s.arg(tableName));
                for (const SchemaDescription::ForeignKey &key : table->keys) {
                    if (key.id != id)
                        continue;
                    for (const Found &f : scanReferences(db, schema, *table, key, leftOut)) {
                        const UnsoundRow &problem = f.problems.first();
                        rows << problem;
                        if (problem.action == Action::ReferenceDropped) {
                            QStringList nulls;
                            for (const QString &from : key.from)
                                nulls << ident(from) + u" = NULL"_s;
                            runOnRow(db,
                                     u"UPDATE main.%1 SET %2 WHERE %3"_s.arg(
                                         ident(table->name), nulls.join(u", "_s), whereKey(*table)),
                                     f.key);
                        } else {
                            leftOut[table->name.toLower()].insert(problem.id);
                            runOnRow(db,
                                     u"DELETE FROM main.%1 WHERE %2"_s.arg(ident(table->name),
                                                                           whereKey(*table)),
                                     f.key);
                        }
                    }
                }
            }
        }
        sql::exec(db, u"COMMIT"_s);
        sql::exec(db, u"PRAGMA foreign_keys = ON"_s);
        // What is wrong first, then what went with it.
        std::stable_partition(rows.begin(), rows.end(), [](const UnsoundRow &r) {
            return r.problem != Problem::WithLeftOutRow;
        });
        return rows;
    } catch (...) {
        QSqlQuery(db).exec(u"ROLLBACK"_s);
        QSqlQuery(db).exec(u"PRAGMA foreign_keys = ON"_s);
        throw;
    }
}

QString ContentCheck::summary(const QList<UnsoundRow> &rows, int shown)
{
    QSet<QString> distinct;
    for (const UnsoundRow &r : rows)
        distinct.insert(r.table + u'\x1f' + r.row);
    QStringList lines;
    for (qsizetype i = 0; i < rows.size() && i < shown; ++i)
        lines << rows[i].text();
    QString text = distinct.size() == 1 ? u"1 row Fieldday cannot trust: "_s
                                        : u"%1 rows Fieldday cannot trust: "_s.arg(distinct.size());
    text += lines.join(u"; "_s);
    if (rows.size() > shown)
        text += u"; and %1 more"_s.arg(rows.size() - shown);
    return text;
}

} // namespace fieldday
