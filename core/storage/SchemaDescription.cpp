#include "SchemaDescription.h"

#include "ConnectionHardening.h"
#include "Error.h"
#include "Schema.h"
#include "SqlTokenizer.h"
#include "SqlUtil.h"
#include "SqliteQuery.h"
#include "SqliteStatement.h"

#include <QAtomicInteger>
#include <QMutex>
#include <map>
#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

using Token = SqlTokenizer::Token;

QString key(const QString &name)
{
    return name.toLower();
}

// The parts of one column definition or table constraint that no pragma shows, each as one
// normalised line: CHECK expressions, ON CONFLICT clauses, generated-column expressions and
// DEFERRABLE foreign keys. Read at the definition's own level, so the words inside a CHECK's
// brackets are never taken for clauses.
QStringList invisibleClauses(const QList<Token> &t, qsizetype from, qsizetype to)
{
    QStringList clauses;
    QString head; // the constraint an ON CONFLICT belongs to
    for (qsizetype i = from; i < to; ++i) {
        const Token &token = t[i];
        if (token.isSymbol(u"(")) {
            const qsizetype close = SqlTokenizer::closing(t, i);
            i = close < 0 ? to : close;
            continue;
        }
        const bool bracketFollows = i + 1 < to && t[i + 1].isSymbol(u"(");
        if (token.is(u"check") && bracketFollows) {
            const qsizetype close = SqlTokenizer::closing(t, i + 1);
            const qsizetype end = close < 0 ? to : qMin(close + 1, to);
            clauses << SqlTokenizer::join(t, i, end);
            head = u"check"_s;
            i = end - 1;
        } else if (token.is(u"as") && bracketFollows) {
            const qsizetype close = SqlTokenizer::closing(t, i + 1);
            qsizetype end = close < 0 ? to : qMin(close + 1, to);
            if (end < to && (t[end].is(u"stored") || t[end].is(u"virtual")))
                ++end;
            clauses << u"generated "_s + SqlTokenizer::join(t, i, end);
            i = end - 1;
        } else if (token.is(u"primary")) {
            head = u"primary key"_s;
        } else if (token.is(u"unique")) {
            head = u"unique"_s;
        } else if (token.is(u"null") && i > from && t[i - 1].is(u"not")) {
            head = u"not null"_s;
        } else if (token.is(u"on") && i + 2 < to && t[i + 1].is(u"conflict")) {
            clauses << head + u" on conflict "_s + t[i + 2].text;
            i += 2;
        } else if (token.is(u"deferrable")) {
            qsizetype end = i + 1;
            if (end + 1 < to && t[end].is(u"initially"))
                end += 2;
            const bool negated = i > from && t[i - 1].is(u"not");
            clauses << SqlTokenizer::join(t, negated ? i - 1 : i, end);
            i = end - 1;
        }
    }
    return clauses;
}

struct TableClauses
{
    QMap<QString, QStringList> columns; // by column key
    QStringList table;
};

TableClauses clausesOfCreateTable(const QString &sql)
{
    TableClauses result;
    const QList<Token> t = SqlTokenizer::tokens(sql);
    qsizetype open = 0;
    while (open < t.size() && !t[open].isSymbol(u"("))
        ++open;
    const qsizetype close = SqlTokenizer::closing(t, open);
    if (close < 0)
        return result; // CREATE TABLE … AS SELECT, or a virtual table's arguments
    qsizetype start = open + 1;
    int depth = 0;
    for (qsizetype i = open + 1; i <= close; ++i) {
        if (t[i].isSymbol(u"("))
            ++depth;
        else if (t[i].isSymbol(u")") && i < close)
            --depth;
        if (depth > 0 || (i < close && !t[i].isSymbol(u",")))
            continue;
        if (start < i) {
            const Token &first = t[start];
            const bool constraint =
                first.kind == Token::Kind::Word &&
                (first.is(u"constraint") || first.is(u"primary") || first.is(u"unique") ||
                 first.is(u"check") || first.is(u"foreign"));
            QStringList clauses = invisibleClauses(t, constraint ? start : start + 1, i);
            if (constraint)
                result.table << clauses;
            else
                result.columns[first.text] << clauses;
        }
        start = i + 1;
    }
    result.table.sort();
    for (QStringList &clauses : result.columns)
        clauses.sort();
    return result;
}

// An index's definition after its name ("on participant (email collate nocase)"), so that two
// indexes of the same name on other columns, or with another condition, differ.
QString indexDefinition(const QString &sql)
{
    const QList<Token> t = SqlTokenizer::tokens(sql);
    for (qsizetype i = 0; i < t.size(); ++i) {
        if (t[i].is(u"on"))
            return SqlTokenizer::join(t, i);
    }
    return SqlTokenizer::join(t);
}

void describeTable(sqlite3 *db, SchemaDescription::Table &table, const QString &sql)
{
    const QByteArray name = table.name.toUtf8();
    const TableClauses clauses = clausesOfCreateTable(sql);
    SqliteQuery columns(db, "SELECT name, type, \"notnull\", dflt_value, pk, hidden "
                            "FROM pragma_table_xinfo(?1, 'main') ORDER BY cid");
    columns.bind(1, table.name);
    while (columns.next()) {
        SchemaDescription::Column c;
        c.name = columns.text(0);
        c.type = columns.text(1).toUpper();
        c.notNull = columns.integer(2) != 0;
        if (!columns.isNull(3))
            c.defaultValue = columns.text(3);
        c.primaryKey = int(columns.integer(4));
        c.hidden = int(columns.integer(5));
        const char *collation = nullptr;
        int autoincrement = 0;
        if (sqlite3_table_column_metadata(db, "main", name.constData(), c.name.toUtf8().constData(),
                                          nullptr, &collation, nullptr, nullptr,
                                          &autoincrement) == SQLITE_OK) {
            c.collation = QString::fromUtf8(collation ? collation : "").toUpper();
            c.autoincrement = autoincrement != 0;
        }
        c.clauses = clauses.columns.value(key(c.name));
        table.columns.append(c);
    }
    table.clauses = clauses.table;

    SqliteQuery keys(db, "SELECT id, \"table\", \"from\", \"to\", on_update, on_delete, \"match\" "
                         "FROM pragma_foreign_key_list(?1, 'main') ORDER BY id, seq");
    keys.bind(1, table.name);
    while (keys.next()) {
        if (table.keys.isEmpty() || table.keys.last().id != keys.integer(0)) {
            SchemaDescription::ForeignKey key;
            key.id = int(keys.integer(0));
            key.table = keys.text(1).toLower();
            key.onUpdate = keys.text(4).toUpper();
            key.onDelete = keys.text(5).toUpper();
            key.match = keys.text(6).toUpper();
            table.keys.append(key);
        }
        SchemaDescription::ForeignKey &key = table.keys.last();
        key.from << keys.text(2).toLower();
        if (!keys.isNull(3))
            key.to << keys.text(3).toLower();
    }
    for (const SchemaDescription::ForeignKey &key : std::as_const(table.keys))
        table.foreignKeys << key.text();
    table.foreignKeys.sort();
    table.described = true;
}

void describeIndex(sqlite3 *db, SchemaDescription::Index &index, const QString &sql)
{
    SqliteQuery list(db, "SELECT \"unique\", origin, partial FROM pragma_index_list(?1, 'main') "
                         "WHERE name = ?2");
    list.bind(1, index.table);
    list.bind(2, index.name);
    if (list.next()) {
        index.unique = list.integer(0) != 0;
        index.origin = list.text(1);
        index.partial = list.integer(2) != 0;
    }
    SqliteQuery columns(db,
                        "SELECT cid, name, \"desc\", coll, key FROM pragma_index_xinfo(?1, 'main') "
                        "ORDER BY seqno");
    columns.bind(1, index.name);
    while (columns.next()) {
        const qint64 cid = columns.integer(0);
        QString column = cid == -2   ? u"<expression>"_s
                         : cid == -1 ? u"<rowid>"_s
                                     : columns.text(1).toLower();
        column += u" collate "_s + columns.text(3).toLower();
        if (columns.integer(2))
            column += u" desc"_s;
        if (!columns.integer(4))
            column += u" (stored, not a key)"_s;
        index.columns << column;
    }
    if (!sql.isEmpty())
        index.definition = indexDefinition(sql);
}

} // namespace

QString SchemaDescription::ForeignKey::text() const
{
    return u"(%1) → %2(%3) on update %4, on delete %5, match %6"_s.arg(
        from.join(u", "_s), table, to.isEmpty() ? u"primary key"_s : to.join(u", "_s), onUpdate,
        onDelete, match);
}

QStringList SchemaDescription::rowKey(const Table &table)
{
    if (!table.withoutRowid)
        return {u"rowid"_s};
    QList<std::pair<int, QString>> key;
    for (const Column &c : table.columns) {
        if (c.primaryKey)
            key.append({c.primaryKey, c.name});
    }
    std::sort(key.begin(), key.end());
    QStringList names;
    for (const auto &[position, name] : key)
        names << name;
    return names;
}

SchemaDescription SchemaDescription::describe(const QSqlDatabase &db, const SchemaDescription *deep)
{
    sqlite3 *handle = SqliteStatement::handleOf(db);
    SchemaDescription result;

    QMap<QString, Table> listed;
    {
        SqliteQuery tables(handle, "SELECT name, type, wr, strict FROM pragma_table_list "
                                   "WHERE schema = 'main'");
        while (tables.next()) {
            Table t;
            t.name = tables.text(0);
            t.kind = tables.text(1);
            t.withoutRowid = tables.integer(2) != 0;
            t.strict = tables.integer(3) != 0;
            listed.insert(key(t.name), t);
        }
    }
    SqliteQuery objects(handle, "SELECT type, name, tbl_name, sql FROM main.sqlite_schema");
    while (objects.next()) {
        const QString type = objects.text(0);
        const QString name = objects.text(1);
        const QString table = objects.text(2);
        const QString sql = objects.text(3);
        if (type == u"table"_s) {
            Table t = listed.value(key(name));
            t.name = name;
            if (t.kind.isEmpty())
                t.kind = u"table"_s;
            if (t.kind == u"table"_s && (!deep || deep->tables.contains(key(name))))
                describeTable(handle, t, sql);
            result.tables.insert(key(name), t);
        } else if (type == u"index"_s) {
            Index index;
            index.name = name;
            index.table = table;
            if (!deep || deep->indexes.contains(key(name)))
                describeIndex(handle, index, sql);
            result.indexes.insert(key(name), index);
        } else {
            Other other{type, name, table, {}};
            if (!deep || deep->others.contains(key(name)))
                other.definition = SqlTokenizer::join(SqlTokenizer::tokens(sql));
            result.others.insert(key(name), other);
        }
    }
    return result;
}

const SchemaDescription &SchemaDescription::reference(int version)
{
    static QMutex mutex;
    static std::map<int, SchemaDescription> cache; // nodes stay put: references remain valid
    static QAtomicInteger<quint64> counter;
    const QMutexLocker lock(&mutex);
    const auto found = cache.find(version);
    if (found != cache.end())
        return found->second;

    const QString connection = u"fieldday-reference-"_s + QString::number(++counter);
    SchemaDescription description;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        try {
            if (!db.open())
                throw Error(Error::Kind::Storage, u"no memory to check the file's schema"_s);
            ConnectionHardening::apply(db);
            Schema::migrate(db, 0, version);
            description = describe(db);
        } catch (...) {
            db.close();
            db = QSqlDatabase();
            QSqlDatabase::removeDatabase(connection);
            throw;
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return cache.emplace(version, std::move(description)).first->second;
}

} // namespace fieldday
