#include "SchemaVerifier.h"

#include "SchemaDescription.h"

using namespace Qt::StringLiterals;

namespace fieldday {
namespace {

QString article(const QString &type)
{
    return type.isEmpty() || QStringView(u"aeiou").contains(type.front()) ? u"an "_s : u"a "_s;
}

QString quoted(const QString &text)
{
    // Names and definitions come from someone else's file: keep them short and on one line.
    QString shown = text.simplified();
    if (shown.size() > 120)
        shown = shown.left(119) + u'…';
    return shown;
}

QString describeColumn(const SchemaDescription::Column &c)
{
    QStringList parts{c.type.isEmpty() ? u"(no type)"_s : c.type};
    if (c.primaryKey)
        parts << u"PRIMARY KEY"_s;
    if (c.autoincrement)
        parts << u"AUTOINCREMENT"_s;
    if (c.notNull)
        parts << u"NOT NULL"_s;
    if (!c.defaultValue.isNull())
        parts << u"DEFAULT "_s + c.defaultValue;
    if (!c.collation.isEmpty() && c.collation != u"BINARY"_s)
        parts << u"COLLATE "_s + c.collation;
    return parts.join(u' ');
}

// What differs between a column of the file and Fieldday's, in words; empty when nothing does.
QString columnDifference(const SchemaDescription::Column &file,
                         const SchemaDescription::Column &ours)
{
    const QString name = u"column '"_s + quoted(ours.name) + u'\'';
    if (file.hidden != ours.hidden)
        return name + (file.hidden >= 2 ? u" is generated"_s : u" is hidden"_s) +
               u", Fieldday stores it"_s;
    if (file.type != ours.type || file.primaryKey != ours.primaryKey ||
        file.notNull != ours.notNull || file.defaultValue != ours.defaultValue ||
        file.collation != ours.collation || file.autoincrement != ours.autoincrement)
        return name + u" is "_s + quoted(describeColumn(file)) + u", Fieldday makes it "_s +
               describeColumn(ours);
    for (const QString &clause : ours.clauses) {
        if (!file.clauses.contains(clause))
            return name + u" has no "_s + quoted(clause);
    }
    for (const QString &clause : file.clauses) {
        if (!ours.clauses.contains(clause))
            return name + u" has "_s + quoted(clause) +
                   u", which Fieldday did not write"_s;
    }
    return {};
}

QString tableDifference(const SchemaDescription::Table &file,
                        const SchemaDescription::Table &ours)
{
    if (file.kind != ours.kind)
        return u"it is "_s + article(file.kind) + file.kind + u" table"_s;
    if (file.withoutRowid != ours.withoutRowid)
        return file.withoutRowid ? u"it is WITHOUT ROWID"_s : u"it is not WITHOUT ROWID"_s;
    if (file.strict != ours.strict)
        return file.strict ? u"it is STRICT"_s : u"it is not STRICT"_s;
    for (const SchemaDescription::Column &column : ours.columns) {
        const auto found = std::find_if(file.columns.begin(), file.columns.end(),
                                        [&column](const SchemaDescription::Column &c) {
                                            return c.name.compare(column.name,
                                                                  Qt::CaseInsensitive) == 0;
                                        });
        if (found == file.columns.end())
            return u"it has no column '"_s + column.name + u'\'';
        const QString difference = columnDifference(*found, column);
        if (!difference.isEmpty())
            return difference;
    }
    for (const SchemaDescription::Column &column : file.columns) {
        const bool ours_ = std::any_of(ours.columns.begin(), ours.columns.end(),
                                       [&column](const SchemaDescription::Column &c) {
                                           return c.name.compare(column.name,
                                                                 Qt::CaseInsensitive) == 0;
                                       });
        if (!ours_)
            return u"it has a column '"_s + quoted(column.name) +
                   u"' that Fieldday did not make"_s;
    }
    for (qsizetype i = 0; i < ours.columns.size(); ++i) {
        if (file.columns[i].name.compare(ours.columns[i].name, Qt::CaseInsensitive) != 0)
            return u"its columns are in another order"_s;
    }
    for (const QString &key : ours.foreignKeys) {
        if (!file.foreignKeys.contains(key))
            return u"it lacks the foreign key "_s + key;
    }
    for (const QString &key : file.foreignKeys) {
        if (!ours.foreignKeys.contains(key))
            return u"it has a foreign key "_s + quoted(key) + u" that Fieldday did not make"_s;
    }
    for (const QString &clause : ours.clauses) {
        if (!file.clauses.contains(clause))
            return u"it lacks the constraint "_s + quoted(clause);
    }
    for (const QString &clause : file.clauses) {
        if (!ours.clauses.contains(clause))
            return u"it has a constraint "_s + quoted(clause) +
                   u" that Fieldday did not write"_s;
    }
    return {};
}

QString indexDifference(const SchemaDescription::Index &file,
                        const SchemaDescription::Index &ours)
{
    if (file.table.compare(ours.table, Qt::CaseInsensitive) != 0)
        return u"it is on table '"_s + quoted(file.table) + u"', Fieldday's is on '"_s +
               ours.table + u'\'';
    if (file.unique != ours.unique)
        return file.unique ? u"it is UNIQUE"_s : u"it is not UNIQUE"_s;
    if (file.partial != ours.partial)
        return file.partial ? u"it covers only some rows (WHERE)"_s : u"it covers every row"_s;
    if (file.columns != ours.columns || file.origin != ours.origin)
        return u"it is on ("_s + quoted(file.columns.join(u", "_s)) + u"), Fieldday's on ("_s +
               ours.columns.join(u", "_s) + u')';
    if (file.definition != ours.definition)
        return u"it is defined as '"_s + quoted(file.definition) + u"', Fieldday's as '"_s +
               ours.definition + u'\'';
    return {};
}

} // namespace

QString SchemaDifference::message() const
{
    const QString object = type + u" '"_s + quoted(name) + u'\'';
    switch (kind) {
    case Kind::Extra:
        return u"contains "_s + article(type) + object + u" that Fieldday did not make"_s;
    case Kind::Missing:
        return u"lacks the "_s + object + u" that Fieldday makes"_s;
    case Kind::Changed:
        return u"has "_s + article(type) + object + u" that is not as Fieldday made it ("_s +
               detail + u')';
    }
    return {};
}

QList<SchemaDifference> SchemaVerifier::differences(const QSqlDatabase &db, int version)
{
    const SchemaDescription &reference = SchemaDescription::reference(version);
    return compare(SchemaDescription::describe(db, &reference), reference);
}

QList<SchemaDifference> SchemaVerifier::compare(const SchemaDescription &file,
                                                const SchemaDescription &reference)
{
    using Kind = SchemaDifference::Kind;
    QList<SchemaDifference> extra, changed, missing;
    // What can run (triggers, views) is named first: it is the reason to refuse.
    for (const SchemaDescription::Other &o : file.others) {
        const auto ours = reference.others.constFind(o.name.toLower());
        if (ours == reference.others.cend())
            extra.append({Kind::Extra, o.type, o.name, {}});
        else if (!(*ours == o))
            changed.append({Kind::Changed, o.type, o.name, u"it was changed"_s});
    }
    for (const SchemaDescription::Table &t : file.tables) {
        const auto ours = reference.tables.constFind(t.name.toLower());
        if (ours == reference.tables.cend()) {
            extra.append({Kind::Extra, t.kind == u"table"_s ? u"table"_s : t.kind + u" table"_s,
                          t.name, {}});
        } else if (const QString d = tableDifference(t, *ours); !d.isEmpty()) {
            changed.append({Kind::Changed, u"table"_s, t.name, d});
        }
    }
    for (const SchemaDescription::Index &i : file.indexes) {
        const auto ours = reference.indexes.constFind(i.name.toLower());
        if (ours == reference.indexes.cend())
            extra.append({Kind::Extra, u"index"_s, i.name, {}});
        else if (const QString d = indexDifference(i, *ours); !d.isEmpty())
            changed.append({Kind::Changed, u"index"_s, i.name, d});
    }
    for (const SchemaDescription::Table &t : reference.tables) {
        if (!file.tables.contains(t.name.toLower()))
            missing.append({Kind::Missing, u"table"_s, t.name, {}});
    }
    for (const SchemaDescription::Index &i : reference.indexes) {
        if (!file.indexes.contains(i.name.toLower()))
            missing.append({Kind::Missing, u"index"_s, i.name, {}});
    }
    for (const SchemaDescription::Other &o : reference.others) {
        if (!file.others.contains(o.name.toLower()))
            missing.append({Kind::Missing, o.type, o.name, {}});
    }
    std::stable_sort(extra.begin(), extra.end(), [](const auto &a, const auto &b) {
        auto rank = [](const QString &type) {
            return type == u"trigger"_s ? 0 : type == u"view"_s ? 1 : 2;
        };
        return rank(a.type) < rank(b.type);
    });
    return extra + changed + missing;
}

QString SchemaVerifier::summary(const QList<SchemaDifference> &differences)
{
    QStringList parts;
    for (qsizetype i = 0; i < differences.size() && i < 3; ++i)
        parts << differences[i].message();
    QString text = parts.join(u"; "_s);
    if (differences.size() > 3)
        text += u"; and %1 more"_s.arg(differences.size() - 3);
    return text;
}

} // namespace fieldday
