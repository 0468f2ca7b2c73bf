#pragma once

#include "model/UnsoundRow.h"

#include <QHash>
#include <QList>
#include <QSqlDatabase>
#include <QVariantList>

namespace fieldday {

// Checks every row of an event file against what Fieldday writes (docs/file-format.md,
// "Content"): the types, NOT NULLs and CHECKs of Fieldday's own schema for the file's version,
// lengths, the ranges Fieldday's code relies on, and every reference (PRAGMA foreign_key_check).
// The rules come from the reference schema, so a table a later step adds is checked at once.
class ContentCheck
{
public:
    // The longest text Fieldday keeps in any field: far above any name, note or import, far
    // below what would make a list, a page or a window unusable.
    static constexpr int maxTextCharacters = 1'000'000;

    // The rows of the file that Fieldday never writes, each with what is wrong. Reads only.
    static QList<UnsoundRow> inspect(const QSqlDatabase &db, int version);

    // Some rows by table (its name in lower case): each row's primary-key values.
    using RowKeys = QHash<QString, QList<QVariantList>>;
    // The same rules for these rows only: their own values, and that what they refer to is
    // there. For the rows a merge takes from a copy, whose other rows are the shared state's.
    static QList<UnsoundRow> inspectRows(const QSqlDatabase &db, int version, const RowKeys &keys);

    // On a private copy of a file: leaves out every unsound row, then every row that refers to
    // a row that is not there (or, where deleting would have emptied the reference, only the
    // reference), until every reference holds. Returns all it did, with the reason for each.
    static QList<UnsoundRow> clean(const QSqlDatabase &db, int version);

    // "3 rows Fieldday cannot trust: participant 12 (Zoë Ng), field "status": …; … and 1 more"
    static QString summary(const QList<UnsoundRow> &rows, int shown = 3);
};

} // namespace fieldday
