#include "ParticipantImporter.h"

#include "RowConverter.h"
#include "csv/CsvReader.h"
#include "storage/Error.h"
#include "storage/EventFile.h"
#include "storage/ParticipantRepository.h"
#include "storage/EventReader.h"
#include "storage/WriteTransaction.h"

#include <QFileInfo>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

// Copies the fields the row gave onto the stored person: an update never blanks the rest.
Participant merged(Participant stored, const RowConverter::Result &row)
{
    const Participant &p = row.participant;
    for (ParticipantField field : row.provided) {
        switch (field) {
        case ParticipantField::GivenName:
            stored.givenName = p.givenName;
            break;
        case ParticipantField::FamilyName:
            stored.familyName = p.familyName;
            break;
        case ParticipantField::Email:
            stored.email = p.email;
            break;
        case ParticipantField::Phone:
            stored.phone = p.phone;
            break;
        case ParticipantField::Organisation:
            stored.organisation = p.organisation;
            break;
        case ParticipantField::Role:
            stored.role = p.role;
            break;
        case ParticipantField::Sector:
            stored.sector = p.sector;
            break;
        case ParticipantField::AccessNeeds:
            stored.accessNeeds = p.accessNeeds;
            break;
        case ParticipantField::NeedsStepFree:
            stored.needsStepFree = p.needsStepFree;
            break;
        case ParticipantField::DietaryNeeds:
            stored.dietaryNeeds = p.dietaryNeeds;
            break;
        case ParticipantField::EmergencyContact:
            stored.emergencyContact = p.emergencyContact;
            break;
        case ParticipantField::ConsentShareContact:
            stored.consentShareContact = p.consentShareContact;
            break;
        case ParticipantField::ConsentPhotos:
            stored.consentPhotos = p.consentPhotos;
            break;
        case ParticipantField::Status:
            stored.status = p.status;
            break;
        case ParticipantField::BookingRef:
            stored.bookingRef = p.bookingRef;
            break;
        case ParticipantField::BookingSource:
            stored.bookingSource = p.bookingSource;
            break;
        case ParticipantField::BookedAt:
            stored.bookedAt = p.bookedAt;
            break;
        case ParticipantField::CheckedInAt:
            stored.checkedInAt = p.checkedInAt;
            break;
        case ParticipantField::Notes:
            stored.notes = p.notes;
            break;
        case ParticipantField::Choice:
        case ParticipantField::Destination:
        case ParticipantField::Pinned:
            break;
        }
    }
    if (row.choicesProvided)
        stored.choices = p.choices;
    return stored;
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
            if (duplicateOf && m_options.onDuplicate == DuplicatePolicy::Update) {
                id = duplicateOf;
                repository.update(merged(*repository.find(id), result));
                if (!updated.contains(id)) {
                    updated.insert(id);
                    ++summary.updated;
                    summary.updatedIds.append(id);
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
            }
            if (result.destinationId)
                repository.assign(id, result.destinationId, result.pinned);
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
