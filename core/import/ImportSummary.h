#pragma once

#include <QList>
#include <QMap>
#include <QStringList>
#include <optional>

namespace fieldday {

// One thing the import has to say about one row of the file.
struct ImportIssue
{
    enum class Severity
    {
        Warning,
        Error
    };
    Severity severity = Severity::Warning;
    qint64 row = 0; // the file's row (the header is row 1)
    QString field;  // the column's header, or empty for the whole row
    QString message;

    QString toString(const QString &fileName) const;
};

// One field of someone already in the event, as a re-import sees it (values as people read
// them: choices and the group by name, yes/no, ISO times).
struct FieldChange
{
    qint64 personId = 0;
    qint64 row = 0;
    QString name;  // the person's
    QString field; // "phone", "choices", "destination"
    QString label; // "Phone"
    QString mine;  // in the event now
    QString file;  // in the file
};

// What an import did, in counts and reasons.
struct ImportSummary
{
    QString encoding;
    QString delimiter;
    QString mapping; // eventbrite, fieldday, generic or saved
    qint64 rowsRead = 0;
    qint64 added = 0;
    qint64 updated = 0;
    qint64 skippedDuplicates = 0;
    qint64 rejected = 0;       // bad rows left out (only with skip-bad-rows)
    QList<ImportIssue> issues; // warnings on rows that went in, and the reasons rows did not
    // The rejected rows as read, for the report; parallel to the rejection issues.
    QList<std::pair<ImportIssue, QStringList>> rejectedRows;
    QList<qint64> addedIds;
    QList<qint64> updatedIds;
    bool dryRun = false;

    // People already in the event, field by field, against the values last imported: a field
    // only the file changed is taken (changes); one only the organiser changed is kept (kept:
    // the file still has the old value); one both changed differently is a conflict, resolved
    // by the import's ConflictPolicy (conflictsTakeFile).
    QList<FieldChange> changes;
    QList<FieldChange> conflicts;
    QList<FieldChange> kept;
    bool conflictsTakeFile = false;
    qint64 unchanged = 0; // people already there of whom the file changes nothing
    // Field ("phone") → how many people it changes (the file's changes, and the conflicts
    // taken from it).
    QMap<QString, int> changedFields() const;
    QString labelOf(const QString &field) const; // "Phone", from the changes themselves
    // The updated people's values last imported, before this import (undo puts them back).
    QList<std::pair<qint64, std::optional<QList<std::optional<QString>>>>> baselinesBefore;
};

} // namespace fieldday
