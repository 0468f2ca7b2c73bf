#include "ParticipantExporter.h"

#include "CsvWriter.h"
#include "FullCsvExport.h"
#include "model/EventData.h"
#include "storage/Error.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <filesystem>
#include <functional>
#include <system_error>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

using Profile = ExportColumns::Profile;
using RowFiller = std::function<void(qsizetype, QStringList &)>;

QList<const Participant *> peopleFor(const EventData &event, const ParticipantExporter::Request &r)
{
    QList<const Participant *> people;
    if (r.profile == Profile::Partner) {
        // Only people who are coming and have a group, in the roster's order: by group, by name.
        for (const Destination &d : event.destinations) {
            if (r.destinationId && d.id != r.destinationId)
                continue;
            for (const Participant *p : event.members(d.id)) {
                if (p->status == ParticipantStatus::Booked ||
                    p->status == ParticipantStatus::Attended)
                    people.append(p);
            }
        }
        return people;
    }
    // The organiser's own list: everyone, in the order they were added.
    people.reserve(event.participants.size());
    for (const Participant &p : event.participants) {
        if (!r.destinationId || event.destinationOf(p.id) == r.destinationId)
            people.append(&p);
    }
    return people;
}

QString specialCategoryWarning(const ExportColumns::Column &column, const QString &header)
{
    const QString kind =
        column.field == ParticipantField::DietaryNeeds ? u"dietary needs"_s : u"access needs"_s;
    return u"column \"%1\" is special-category data (%2) — share only with consent and a need "
           "to know"_s.arg(header, kind);
}

// Excel's rules for a sheet name: at most 31 characters, none of []:*?/\, no ' at either end.
QString sheetName(const QString &name)
{
    static const QRegularExpression forbidden(u"[\\[\\]:*?/\\\\]"_s);
    QString safe = name;
    safe.remove(forbidden);
    safe = safe.left(31);
    if (!safe.isEmpty() && safe.back().isHighSurrogate())
        safe.chop(1);
    while (safe.startsWith(u'\'') || safe.endsWith(u'\''))
        safe = safe.startsWith(u'\'') ? safe.mid(1) : safe.chopped(1);
    return safe.trimmed().isEmpty() ? u"Participants"_s : safe;
}

// How often a long export reports its progress, in rows.
constexpr qsizetype progressEvery = 256;

using KeepGoing = std::function<bool(qsizetype done)>;

[[noreturn]] void cancelled(const QString &path)
{
    throw Error(Error::Kind::Cancelled,
                path + u": the export was cancelled; nothing was written"_s);
}

// False if cancelled (the workbook is closed all the same, so nothing leaks).
bool writeXlsx(const QString &path, const QString &name, const QStringList &headers,
               qsizetype count, const RowFiller &fillRow, const KeepGoing &keepGoing)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // rows go straight to disk: memory stays flat
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook)
        throw Error(Error::Kind::Storage, path + u": cannot be written"_s);
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, sheetName(name).toUtf8().constData());
    if (!sheet)
        sheet = workbook_add_worksheet(workbook, "Participants");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    format_set_num_format(bold, "@");
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@"); // what people type in later stays text too

    // Widths from the first rows: in constant-memory mode rows cannot be revisited.
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    QStringList row;
    for (qsizetype r = 0; r < qMin<qsizetype>(count, 500); ++r) {
        fillRow(r, row);
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = qMax(widths[c], qMin<qsizetype>(row.value(c).size(), 50));
    }
    for (qsizetype c = 0; c < headers.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(widths[c] + 2), text);
    worksheet_freeze_panes(sheet, 1, 0);

    // Strings only: an XLSX string cell is never evaluated, so values stay exactly as they are.
    for (qsizetype c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), bold);
    QByteArray utf8;
    for (qsizetype r = 0; r < count; ++r) {
        if (!keepGoing(r)) {
            workbook_close(workbook);
            return false;
        }
        fillRow(r, row);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (row[c].isEmpty())
                continue;
            utf8 = row[c].toUtf8();
            worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c), utf8.constData(), text);
        }
    }
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR)
        throw Error(Error::Kind::Storage, path + u": cannot be written ("_s +
                                              QString::fromUtf8(lxw_strerror(status)) + u')');
    return true;
}

// libxlsxwriter writes by file name, so QSaveFile cannot be used: write a fresh file beside the
// target, then rename it over the target in one step.
void writeXlsxAtomically(const QString &path, const QString &name, const QStringList &headers,
                         qsizetype count, const RowFiller &fillRow, const KeepGoing &keepGoing)
{
    const QFileInfo target(path);
    QTemporaryFile temporary(target.absolutePath() + u"/."_s + target.fileName() +
                             u".XXXXXX.partial"_s);
    temporary.setAutoRemove(true);
    if (!temporary.open())
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + temporary.errorString() + u')');
    temporary.close();
    if (!writeXlsx(temporary.fileName(), name, headers, count, fillRow, keepGoing))
        cancelled(path); // the temporary file goes with `temporary`
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(temporary.fileName()).toStdString(),
                            QFile::encodeName(target.absoluteFilePath()).toStdString(), error);
    if (error)
        throw Error(Error::Kind::Storage, path + u": cannot be written ("_s +
                                              QString::fromLocal8Bit(error.message()) + u')');
    temporary.setAutoRemove(false); // it is the target now
}

// QSaveFile writes a temporary file beside the target and renames it over the target on commit.
void writeCsvAtomically(const QString &path, const std::function<void(QIODevice *)> &write)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + file.errorString() + u')');
    write(&file);
    if (!file.commit())
        throw Error(Error::Kind::Storage,
                    path + u": cannot be written ("_s + file.errorString() + u')');
}

// The request's checks that need no event: the suffix (returned), the delimiter, the folder.
QString checkedSuffix(const ParticipantExporter::Request &r)
{
    const QString suffix = QFileInfo(r.path).suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"xlsx"_s)
        throw Error(Error::Kind::BadInput, r.path + u": the name must end in .csv or .xlsx"_s);
    if (suffix == u"csv"_s && r.delimiter != u',' && r.delimiter != u';' && r.delimiter != u'\t')
        throw Error(Error::Kind::BadInput, u"--delimiter: expected ',', ';' or tab"_s);
    if (!QFileInfo(QFileInfo(r.path).absolutePath()).isDir())
        throw Error(Error::Kind::NotFound, r.path + u": the folder does not exist"_s);
    return suffix;
}

} // namespace

ParticipantExporter::Summary ParticipantExporter::write(const EventData &event, const Request &r)
{
    const QString suffix = checkedSuffix(r);
    Summary summary;
    QList<ExportColumns::Column> columns =
        r.columns ? *r.columns : ExportColumns::forProfile(r.profile, event);
    if (r.profile == Profile::Partner && !r.destinationId && !r.columns)
        columns.append({ParticipantField::Destination}); // a list for everyone says who goes where
    for (const ExportColumns::Column &c : columns) {
        summary.headers << ExportColumns::header(c, r.profile);
        if (r.profile == Profile::Partner && ExportColumns::isSpecialCategory(c))
            summary.warnings << specialCategoryWarning(c, summary.headers.last());
    }
    const QList<const Participant *> people = peopleFor(event, r);
    summary.rows = int(people.size());
    // Rows are made as they are written, into one reused list: memory holds the event only.
    const RowFiller fillRow = [&](qsizetype i, QStringList &row) {
        row.clear();
        for (const ExportColumns::Column &c : columns)
            row << ExportColumns::value(event, *people[i], c, r.profile);
    };
    const KeepGoing keepGoing = [&](qsizetype done) {
        return !r.progress || done % progressEvery != 0 || r.progress(done, people.size());
    };

    if (suffix == u"xlsx"_s) {
        const Destination *d = event.destination(r.destinationId);
        writeXlsxAtomically(r.path, d ? d->name : u"Participants"_s, summary.headers, people.size(),
                            fillRow, keepGoing);
    } else {
        writeCsvAtomically(r.path, [&](QIODevice *file) {
            CsvWriter writer(file, {r.delimiter, r.byteOrderMark});
            writer.writeRow(summary.headers);
            QStringList row;
            for (qsizetype i = 0; i < people.size(); ++i) {
                if (!keepGoing(i))
                    cancelled(r.path); // QSaveFile drops what was written
                fillRow(i, row);
                writer.writeRow(row);
            }
        });
    }
    return summary;
}

bool ParticipantExporter::canStream(const Request &r)
{
    return r.profile == Profile::Full && !r.columns &&
           QFileInfo(r.path).suffix().compare(u"csv"_s, Qt::CaseInsensitive) == 0;
}

ParticipantExporter::Summary ParticipantExporter::writeStreamed(const EventFile &file,
                                                                const Request &r)
{
    Q_ASSERT(canStream(r));
    checkedSuffix(r);
    Summary summary;
    writeCsvAtomically(r.path, [&](QIODevice *device) {
        summary.rows = FullCsvExport::write(file, r.destinationId, device,
                                            {r.delimiter, r.byteOrderMark}, &summary.headers);
    });
    return summary;
}

} // namespace fieldday
