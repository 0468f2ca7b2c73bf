#include "ParticipantImporter.h"

#include "ImportedField.h"
#include "RowConverter.h"
#include "csv/CsvReader.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/EventReader.h"
#include "storage/ImportBaselineRepository.h"
#include "storage/ParticipantRepository.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

// A value as people read it: choices and the group by name.
QString readable(const QString &key, const QString &value, const QList<Destination> &destinations)
{
    auto nameOf = [&destinations](const QString &id) {
        for (const Destination &d : destinations) {
            if (QString::number(d.id) == id)
                return d.name;
        }
        return id;
    };
    if (key == u"choices"_s) {
        QStringList names;
        for (const QString &id : value.split(u',', Qt::SkipEmptyParts))
            names << nameOf(id);
        return names.join(u", "_s);
    }
    if (key == u"destination"_s && !value.isEmpty()) {
        const bool pinned = value.endsWith(u" pinned"_s);
        return nameOf(value.section(u' ', 0, 0)) + (pinned ? u" (pinned)"_s : QString());
    }
    return value;
}

// The group as compared and kept in the baseline: "12", or "12 pinned"; empty for none.
QString groupValue(qint64 destinationId, bool pinned)
{
    return destinationId ? QString::number(destinationId) + (pinned ? u" pinned"_s : QString())
                         : QString();
}

} // namespace

ParticipantImporter::ParticipantImporter(EventFile &file, ImportOptions options)
    : m_file(file), m_options(options)
{
}

ImportSummary ParticipantImporter::run(CsvReader &reader, const QString &fileName,
                                       const std::optional<ColumnMapping> &mapping,
                                       ColumnMapping::Source source)
{
    ImportSummary summary;
    summary.dryRun = m_options.dryRun;
    QStringList header;
    if (!reader.readRow(header)) {
        if (reader.hasError())
            throw Error(Error::Kind::BadInput, reader.error().toString(fileName));
        throw Error(Error::Kind::BadInput, fileName + u": the file is empty (no header row)"_s);
    }
    summary.encoding = CsvReader::encodingName(reader.encoding());
    summary.delimiter = reader.delimiter() == u'\t'  ? u"tab"_s
                        : reader.delimiter() == u';' ? u"semicolon"_s
                        : reader.delimiter() == u'|' ? u"pipe"_s
                                                     : u"comma"_s;
    m_mapping = mapping ? *mapping : ColumnMapping::detect(header, source);
    summary.mapping = ColumnMapping::sourceName(m_mapping.source());
    m_mapping.requireNames(fileName);

    const QList<Destination> destinations = EventReader::destinationNames(m_file);
    const QString defaultSource = m_mapping.source() == ColumnMapping::Source::Eventbrite
                                      ? u"Eventbrite"_s
                                      : QFileInfo(fileName).fileName();
    const RowConverter converter(m_mapping, destinations, defaultSource);
    // Every e-mail seen: in the event already (its person) and in this file (its first row).
    // No names are kept: a repeat, which is rare, reads the person it repeats.
    struct Known
    {
        qint64 id = 0;
        bool inEvent = false;
        qint64 row = 0;
    };
    ParticipantRepository repository(m_file);
    QHash<QString, Known> known;
    for (auto [email, id] : repository.idsByEmail().asKeyValueRange())
        known.insert(email, {id, true, 0});
    const QString emailHeader =
        m_mapping.headers().value(m_mapping.columnOf(ParticipantField::Email));
    QSet<qint64> updated;
    summary.conflictsTakeFile = m_options.onConflict == ConflictPolicy::TakeFile;
    ImportBaselineRepository baselines(m_file);
    // Where each field's value goes in a baseline.
    const QStringList &columns = ImportBaselineRepository::columns();
    QList<int> columnOf;
    for (const ImportedField &f : ImportedField::all())
        columnOf.append(int(columns.indexOf(f.key)));
    const int groupColumn = int(columns.indexOf(u"destination"_s));

    WriteTransaction transaction(m_file);
    QStringList fields;
    while (reader.readRow(fields)) {
        const qint64 row = reader.rowNumber();
        ++summary.rowsRead;
        if (m_options.progress && summary.rowsRead % 500 == 0 &&
            !m_options.progress(summary.rowsRead))
            throw Error(Error::Kind::Cancelled,
                        fileName + u": the import was cancelled; nothing was imported"_s);
        auto reject = [&](const ImportIssue &issue) {
            if (!m_options.skipBadRows) {
                throw Error(Error::Kind::BadInput,
                            issue.toString(fileName) +
                                u" (nothing was imported; fix the row, or use --skip-bad-rows)"_s);
            }
            ++summary.rejected;
            summary.issues.append(issue);
            summary.rejectedRows.append({issue, fields});
        };
        if (fields.size() != header.size()) {
            reject({ImportIssue::Severity::Error, row, QString(),
                    u"the row has %1 fields, the header has %2"_s.arg(fields.size())
                        .arg(header.size())});
            continue;
        }
        RowConverter::Result result = converter.convert(fields, row);
        if (result.hasError()) {
            for (const ImportIssue &issue : std::as_const(result.issues)) {
                if (issue.severity == ImportIssue::Severity::Error) {
                    reject(issue);
                    break;
                }
            }
            continue;
        }
        summary.issues.append(result.issues);

        const QString email = result.participant.email.toCaseFolded();
        qint64 duplicateOf = 0;
        qint64 repeatsRow = 0;
        if (!email.isEmpty()) {
            Known &seen = known[email];
            const std::optional<Participant> first =
                seen.row && seen.id ? repository.find(seen.id) : std::nullopt;
            const bool sameName =
                first &&
                first->givenName.compare(result.participant.givenName, Qt::CaseInsensitive) == 0 &&
                first->familyName.compare(result.participant.familyName, Qt::CaseInsensitive) == 0;
            if (!first) {
                // The first row with this e-mail (or the first to go in).
                seen.row = row;
                duplicateOf = seen.id;
            } else if (!sameName) {
                // Two people sharing an address (a booker's e-mail on each ticket): never
                // merge one into the other.
                summary.issues.append({ImportIssue::Severity::Warning, row, emailHeader,
                                       u"same e-mail as row %1, another name: added as another "
                                       "person"_s.arg(seen.row)});
            } else {
                repeatsRow = seen.row;
                duplicateOf = seen.id;
                summary.issues.append({ImportIssue::Severity::Warning, row, emailHeader,
                                       u"same name and e-mail as row %1"_s.arg(seen.row) +
                                           (m_options.onDuplicate == DuplicatePolicy::Update
                                                ? u": this row's values are the ones kept"_s
                                                : QString())});
            }
        }
        if (duplicateOf && m_options.onDuplicate == DuplicatePolicy::Skip) {
            ++summary.skippedDuplicates;
            summary.issues.append(
                {ImportIssue::Severity::Warning, row, QString(),
                 repeatsRow && !known.value(email).inEvent
                     ? u"skipped: repeats row %1"_s.arg(repeatsRow)
                     : u"skipped: %1 is already in the event"_s.arg(result.participant.email)});
            continue;
        }
        // Only people who are coming hold a place (as when their status is changed by hand).
        const ParticipantStatus status = result.participant.status;
        if (result.destinationId &&
            (status == ParticipantStatus::Cancelled || status == ParticipantStatus::Waitlisted)) {
            summary.issues.append(
                {ImportIssue::Severity::Warning, row,
                 m_mapping.headers().value(m_mapping.columnOf(ParticipantField::Destination)),
                 u"the group is not given: the person is %1"_s.arg(
                     participantStatusToString(status))});
            result.destinationId = 0;
        }
        try {
            qint64 id = 0;
            // What this row brings in, for the next import to compare with.
            ImportBaselineRepository::Values brought(columns.size());
            const QList<ImportedField> &imported = ImportedField::all();
            auto isProvided = [&result](const ImportedField &f) {
                return f.field == ParticipantField::Choice ? result.choicesProvided
                                                           : result.provided.contains(f.field);
            };
            if (duplicateOf && m_options.onDuplicate == DuplicatePolicy::Update) {
                id = duplicateOf;
                const Participant stored = *repository.find(id);
                const std::optional<ImportBaselineRepository::Values> base = baselines.find(id);
                if (!updated.contains(id))
                    summary.baselinesBefore.append({id, base});
                Participant merged = stored;
                bool changed = false;
                // The three-way rule, field by field: the file's value against the one last
                // imported (or, with none, the current one) and the organiser's.
                auto decide = [&](const QString &key, const QString &label, int column,
                                  const QString &mine, const QString &theirs) {
                    brought[column] = theirs;
                    const std::optional<QString> last = base ? base->value(column) : std::nullopt;
                    const QString baseline = last ? *last : mine;
                    const FieldChange change{id,
                                             row,
                                             stored.displayName(),
                                             key,
                                             label,
                                             readable(key, mine, destinations),
                                             readable(key, theirs, destinations)};
                    if (theirs == baseline) {
                        if (mine != theirs)
                            summary.kept.append(change); // the organiser's correction stays
                        return false;
                    }
                    if (mine == baseline) {
                        summary.changes.append(change);
                        return true;
                    }
                    if (mine == theirs)
                        return false; // both made the same change
                    summary.conflicts.append(change);
                    return m_options.onConflict == ConflictPolicy::TakeFile;
                };
                for (qsizetype i = 0; i < imported.size(); ++i) {
                    const ImportedField &f = imported[i];
                    if (!isProvided(f))
                        continue;
                    if (decide(f.key, f.label, columnOf[i], f.value(stored),
                               f.value(result.participant))) {
                        f.copy(merged, result.participant);
                        changed = true;
                    }
                }
                if (result.destinationId) {
                    const std::optional<Assignment> now = EventReader::assignment(m_file, id);
                    if (decide(u"destination"_s,
                               participantFieldInfo(ParticipantField::Destination).label,
                               groupColumn,
                               now ? groupValue(now->destinationId, now->pinned) : QString(),
                               groupValue(result.destinationId, result.pinned))) {
                        repository.assign(id, result.destinationId, result.pinned);
                        changed = true;
                    }
                }
                if (changed)
                    repository.update(merged);
                baselines.record(id, brought);
                if (!updated.contains(id)) {
                    updated.insert(id);
                    ++summary.updated;
                    summary.updatedIds.append(id);
                    summary.unchanged += !changed;
                }
            } else {
                // Validated here; inserted without a savepoint of its own, since a failure of
                // the database (not of the row) fails the whole import anyway.
                ParticipantRepository::validate(result.participant);
                id = repository.insert(result.participant);
                ++summary.added;
                summary.addedIds.append(id);
                Known &seen = known[email];
                if (!email.isEmpty() && !seen.id && seen.row == row)
                    seen.id = id;
                // Their values as imported stay the baseline until their first change, when
                // the schema's trigger keeps them; only a group needs writing down.
                if (result.destinationId) {
                    repository.assign(id, result.destinationId, result.pinned);
                    brought[groupColumn] = groupValue(result.destinationId, result.pinned);
                    baselines.record(id, brought);
                }
            }
        } catch (const Error &error) {
            if (error.kind() != Error::Kind::BadInput)
                throw;
            reject({ImportIssue::Severity::Error, row, QString(), error.message()});
        }
    }
    if (reader.hasError()) {
        CsvError error = reader.error();
        error.fieldName = header.value(error.field - 1);
        throw Error(Error::Kind::BadInput, error.toString(fileName) + u" (nothing was imported)"_s);
    }
    if (m_options.beforeCommit)
        m_options.beforeCommit(summary, m_mapping);
    if (!m_options.dryRun)
        transaction.commit();
    return summary;
}

} // namespace fieldday
