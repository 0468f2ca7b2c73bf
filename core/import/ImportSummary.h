#pragma once

#include <QList>
#include <QStringList>

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
};

} // namespace fieldday
