#include "ImportCommand.h"

#include "csv/CsvReader.h"
#include "exchange/CsvWriter.h"
#include "import/ParticipantImporter.h"
#include "storage/Error.h"
#include "storage/EventFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

// The bad rows as read, with the reason first, so they can be fixed and imported again.
void writeReport(const QString &path, const QStringList &header, const ImportSummary &summary)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + file.errorString() + u')');
    CsvWriter writer(&file);
    writer.writeRow(QStringList{u"row"_s, u"field"_s, u"reason"_s} + header);
    for (const auto &[issue, fields] : summary.rejectedRows)
        writer.writeRow(QStringList{QString::number(issue.row), issue.field, issue.message} +
                        fields);
    if (!file.commit())
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + file.errorString() + u')');
}

void writeMapping(const QString &path, const ColumnMapping &mapping)
{
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Indented)) < 0 ||
        !out.commit())
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + out.errorString() + u')');
}

CsvEncoding encodingOption(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"utf-8"_s || t == u"utf8"_s)
        return CsvEncoding::Utf8;
    if (t == u"windows-1252"_s || t == u"cp1252"_s)
        return CsvEncoding::Windows1252;
    if (t == u"utf-16"_s || t == u"utf16"_s)
        return CsvEncoding::Utf16;
    throw Error(Error::Kind::BadInput,
                u"--encoding: expected utf-8, windows-1252 or utf-16, got \"%1\""_s.arg(text));
}

QChar delimiterOption(const QString &text)
{
    if (text == u"tab"_s || text == u"\\t"_s || text == u"\t"_s)
        return u'\t';
    if (text == u","_s || text == u";"_s || text == u"|"_s)
        return text.at(0);
    throw Error(Error::Kind::BadInput,
                u"--delimiter: expected ',', ';', '|' or tab, got \"%1\""_s.arg(text));
}

DuplicatePolicy duplicateOption(const QString &text)
{
    if (text == u"update"_s)
        return DuplicatePolicy::Update;
    if (text == u"skip"_s)
        return DuplicatePolicy::Skip;
    if (text == u"add"_s)
        return DuplicatePolicy::Add;
    throw Error(Error::Kind::BadInput,
                u"--on-duplicate: expected update, skip or add, got \"%1\""_s.arg(text));
}

ConflictPolicy conflictOption(const QString &text)
{
    if (text == u"keep"_s)
        return ConflictPolicy::KeepMine;
    if (text == u"file"_s)
        return ConflictPolicy::TakeFile;
    throw Error(Error::Kind::BadInput,
                u"--on-conflict: expected keep or file, got \"%1\""_s.arg(text));
}

QJsonArray changesJson(const QList<FieldChange> &changes, const QString &mineKey,
                       const QString &fileKey, const QString &resolution = {})
{
    QJsonArray list;
    for (const FieldChange &c : changes) {
        QJsonObject o{{u"id"_s, c.personId}, {u"row"_s, c.row}, {u"name"_s, c.name},
                      {u"field"_s, c.field}, {mineKey, c.mine}, {fileKey, c.file}};
        if (!resolution.isEmpty())
            o.insert(u"kept"_s, resolution);
        list.append(o);
    }
    return list;
}

} // namespace

void ImportCommand::addOptions(QCommandLineParser &parser) const
{
    parser.addOption({u"mapping"_s,
                      u"How columns map to fields: auto (default), eventbrite, fieldday, generic, "
                      "or a saved mapping file (JSON)."_s,
                      u"MAPPING"_s, u"auto"_s});
    parser.addOption({u"save-mapping"_s, u"Write the mapping used to this JSON file, for reuse."_s,
                      u"FILE.json"_s});
    parser.addOption(
        {u"delimiter"_s, u"Field delimiter: ',', ';', '|' or tab (default: detected)."_s, u"C"_s});
    parser.addOption(
        {u"encoding"_s, u"utf-8, windows-1252 or utf-16 (default: detected)."_s, u"ENCODING"_s});
    parser.addOption({u"on-duplicate"_s,
                      u"A row whose e-mail is already in the event: update (default), skip, add."_s,
                      u"POLICY"_s, u"update"_s});
    parser.addOption({u"on-conflict"_s,
                      u"A field changed both in the file (since the last import) and in Fieldday: "
                      "keep (default: yours stays) or file (the file's replaces it)."_s,
                      u"keep|file"_s, u"keep"_s});
    parser.addOption({u"skip-bad-rows"_s,
                      u"Import the good rows and write each bad row, with its reason, here."_s,
                      u"REPORT.csv"_s});
    parser.addOption({u"dry-run"_s, u"Check and count everything; change nothing."_s});
    parser.addOption({u"json"_s, u"Print the summary as JSON."_s});
}

int ImportCommand::run(const QCommandLineParser &parser, CliContext &context) const
{
    const QString eventPath = parser.positionalArguments().at(0);
    const QString csvPath = parser.positionalArguments().at(1);

    CsvOptions csvOptions;
    if (parser.isSet(u"delimiter"_s))
        csvOptions.delimiter = delimiterOption(parser.value(u"delimiter"_s));
    if (parser.isSet(u"encoding"_s))
        csvOptions.encoding = encodingOption(parser.value(u"encoding"_s));
    csvOptions.requireSameFieldCount = false; // a short row is a bad row, reported by the importer

    ImportOptions options;
    options.onDuplicate = duplicateOption(parser.value(u"on-duplicate"_s));
    options.onConflict = conflictOption(parser.value(u"on-conflict"_s));
    options.skipBadRows = parser.isSet(u"skip-bad-rows"_s);
    options.dryRun = parser.isSet(u"dry-run"_s);

    ColumnMapping::Source source = ColumnMapping::Source::Auto;
    std::optional<QJsonObject> savedMapping;
    const QString mappingArg = parser.value(u"mapping"_s);
    if (!ColumnMapping::sourceFromName(mappingArg, &source)) {
        QFile mappingFile(mappingArg);
        if (!mappingFile.open(QIODevice::ReadOnly))
            throw Error(Error::Kind::BadInput,
                        u"--mapping: \"%1\" is neither auto, eventbrite, fieldday, generic nor a "
                        "readable mapping file"_s.arg(mappingArg));
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(mappingFile.readAll(), &error);
        if (error.error != QJsonParseError::NoError)
            throw Error(Error::Kind::BadInput, mappingArg + u": not JSON ("_s +
                                                   error.errorString() + u" at character "_s +
                                                   QString::number(error.offset) + u')');
        if (!doc.isObject())
            throw Error(Error::Kind::BadInput,
                        mappingArg + u": a mapping is a JSON object: {\"format\": "
                                     "\"fieldday-mapping\", \"version\": 1, \"columns\": {…}}"_s);
        savedMapping = doc.object();
    }

    QFile csv(csvPath);
    if (!csv.open(QIODevice::ReadOnly))
        throw Error(Error::Kind::NotFound,
                    csvPath + u": cannot be read ("_s + csv.errorString() + u')');
    // A dry run changes nothing, so it needs no write access and takes no lock: it runs on a
    // private copy in memory (also of a read-only file, one open in the app, or one of an
    // earlier version, which opening for writing would migrate).
    const std::unique_ptr<EventFile> file =
        options.dryRun ? EventFile::openPrivateCopy(eventPath)
                       : EventFile::open(eventPath, EventFile::Mode::ReadWrite);

    std::optional<ColumnMapping> mapping;
    if (savedMapping) {
        // The header is needed to apply a saved mapping; read it from a second reader.
        QFile peek(csvPath);
        peek.open(QIODevice::ReadOnly);
        CsvReader headerReader(&peek, csvOptions);
        QStringList header;
        if (headerReader.readRow(header))
            mapping = ColumnMapping::fromJson(*savedMapping, header, mappingArg);
    }

    CsvReader reader(&csv, csvOptions);
    const QString csvName = QFileInfo(csvPath).fileName();
    options.beforeCommit = [&](const ImportSummary &summary, const ColumnMapping &used) {
        if (parser.isSet(u"save-mapping"_s))
            writeMapping(parser.value(u"save-mapping"_s), used);
        if (options.skipBadRows && summary.rejected > 0)
            writeReport(parser.value(u"skip-bad-rows"_s), used.headers(), summary);
    };
    ParticipantImporter importer(*file, options);
    const ImportSummary summary = importer.run(reader, csvName, mapping, source);

    if (parser.isSet(u"json"_s)) {
        QJsonArray issues;
        for (const ImportIssue &issue : summary.issues) {
            issues.append(QJsonObject{
                {u"severity"_s,
                 issue.severity == ImportIssue::Severity::Error ? u"error"_s : u"warning"_s},
                {u"row"_s, issue.row},
                {u"field"_s, issue.field},
                {u"message"_s, issue.message},
            });
        }
        QJsonObject changedFields;
        const QMap<QString, int> counts = summary.changedFields();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            changedFields.insert(it.key(), it.value());
        const QString takes = summary.conflictsTakeFile ? u"file"_s : u"mine"_s;
        context.out << QJsonDocument(
                           QJsonObject{
                               {u"file"_s, csvName},
                               {u"encoding"_s, summary.encoding},
                               {u"delimiter"_s, summary.delimiter},
                               {u"mapping"_s, summary.mapping},
                               {u"rows"_s, summary.rowsRead},
                               {u"added"_s, summary.added},
                               {u"updated"_s, summary.updated},
                               {u"unchanged"_s, summary.unchanged},
                               {u"changed_fields"_s, changedFields},
                               {u"changes"_s, changesJson(summary.changes, u"from"_s, u"to"_s)},
                               {u"on_conflict"_s,
                                summary.conflictsTakeFile ? u"file"_s : u"keep"_s},
                               {u"conflicts"_s,
                                changesJson(summary.conflicts, u"mine"_s, u"file"_s, takes)},
                               {u"kept"_s, changesJson(summary.kept, u"mine"_s, u"file"_s)},
                               {u"skipped_duplicates"_s, summary.skippedDuplicates},
                               {u"rejected"_s, summary.rejected},
                               {u"dry_run"_s, summary.dryRun},
                               {u"issues"_s, issues},
                           })
                           .toJson(QJsonDocument::Indented);
    } else {
        context.out << (summary.dryRun ? "Dry run (nothing was changed): " : "Imported ") << csvName
                    << " (" << summary.encoding << ", delimiter " << summary.delimiter << ", "
                    << summary.mapping << " columns): " << summary.rowsRead
                    << (summary.rowsRead == 1 ? " row\n" : " rows\n") << "  added     "
                    << summary.added << '\n'
                    << "  updated   " << summary.updated;
        // What changes, by field, and what of the organiser's stays.
        QStringList byField;
        const QMap<QString, int> counts = summary.changedFields();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            byField << u"%1 %2"_s.arg(summary.labelOf(it.key()).toLower()).arg(it.value());
        if (!byField.isEmpty())
            context.out << ": " << byField.join(u", "_s);
        if (summary.unchanged)
            context.out << (byField.isEmpty() ? ": " : "; ") << summary.unchanged
                        << " already up to date";
        context.out << '\n';
        for (const FieldChange &c : summary.changes)
            context.out << "    row " << c.row << ", " << c.name << ", " << c.label.toLower()
                        << ": \"" << c.mine << "\" → \"" << c.file << "\"\n";
        if (!summary.conflicts.isEmpty()) {
            context.out << "  conflicts " << summary.conflicts.size()
                        << (summary.conflictsTakeFile
                                ? " (changed in the file and in Fieldday: the file's value taken)"
                                : " (changed in the file and in Fieldday: yours kept; "
                                  "--on-conflict file takes the file's)")
                        << '\n';
            for (const FieldChange &c : summary.conflicts)
                context.out << "    row " << c.row << ", " << c.name << ", " << c.label.toLower()
                            << ": yours \"" << c.mine << "\", the file's \"" << c.file << "\"\n";
        }
        if (!summary.kept.isEmpty()) {
            context.out << "  kept      " << summary.kept.size()
                        << (summary.kept.size() == 1 ? " correction" : " corrections")
                        << " made in Fieldday (the file still has the old value)\n";
            for (const FieldChange &c : summary.kept)
                context.out << "    row " << c.row << ", " << c.name << ", " << c.label.toLower()
                            << ": \"" << c.mine << "\" (the file: \"" << c.file << "\")\n";
        }
        context.out << "  skipped   " << summary.skippedDuplicates << " (duplicates)\n"
                    << "  rejected  " << summary.rejected;
        if (summary.rejected)
            context.out << " (written to " << parser.value(u"skip-bad-rows"_s) << ')';
        context.out << '\n';
        for (const ImportIssue &issue : summary.issues)
            context.out << "  " << issue.toString(csvName) << '\n';
    }
    if (summary.rejected > 0 && summary.added + summary.updated == 0)
        return ExitBadInput; // every row was bad: nothing was imported
    return summary.rejected > 0 ? ExitProblems : ExitOk;
}

} // namespace fieldday
