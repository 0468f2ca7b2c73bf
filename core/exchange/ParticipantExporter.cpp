#include "ParticipantExporter.h"

#include "CsvWriter.h"
#include "model/EventData.h"
#include "storage/Error.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSaveFile>
#include <functional>
#include <xlsxwriter.h>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

using Profile = ExportColumns::Profile;

QList<const Participant *> peopleFor(const EventData &event, const ParticipantExporter::Request &r)
{
    QList<const Participant *> people;
    for (const Participant &p : event.participants) {
        const qint64 group = event.destinationOf(p.id);
        if (r.destinationId && group != r.destinationId)
            continue;
        // Partners hear only of people who are coming, and only of those in a group.
        if (r.profile == Profile::Partner && (!group || (p.status != ParticipantStatus::Booked &&
                                                         p.status != ParticipantStatus::Attended)))
            continue;
        people.append(&p);
    }
    // A partner's list reads by name; the organiser's full list stays in the order people came.
    if (r.profile == Profile::Partner) {
        std::stable_sort(
            people.begin(), people.end(), [](const Participant *a, const Participant *b) {
                const int c = a->familyName.localeAwareCompare(b->familyName);
                return c != 0 ? c < 0 : a->givenName.localeAwareCompare(b->givenName) < 0;
            });
    }
    return people;
}

void writeXlsx(const QString &path, const QString &sheetName, const QStringList &headers,
               qsizetype count, const std::function<QStringList(qsizetype)> &rowAt)
{
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    const QByteArray file = QFile::encodeName(path);
    lxw_workbook *workbook = workbook_new_opt(file.constData(), &options);
    if (!workbook)
        throw Error(Error::Kind::Storage, path + u": cannot be written"_s);
    QString safeName = sheetName;
    safeName.remove(QRegularExpression(u"[\\[\\]:*?/\\\\]"_s));
    safeName = safeName.left(31);
    if (safeName.isEmpty())
        safeName = u"Participants"_s;
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, safeName.toUtf8().constData());
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    format_set_bottom(bold, LXW_BORDER_THIN);
    lxw_format *text = workbook_add_format(workbook);
    format_set_num_format(text, "@"); // text: nothing is read as a number or a formula
    // Column widths from the first rows: the sheet is written as a stream.
    QList<qsizetype> widths;
    for (const QString &header : headers)
        widths.append(header.size());
    for (qsizetype r = 0; r < qMin<qsizetype>(count, 500); ++r) {
        const QStringList row = rowAt(r);
        for (qsizetype c = 0; c < widths.size(); ++c)
            widths[c] = qMax(widths[c], qMin<qsizetype>(row.value(c).size(), 50));
    }
    for (qsizetype c = 0; c < headers.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), double(widths[c] + 2), text);
    worksheet_freeze_panes(sheet, 1, 0);
    for (qsizetype c = 0; c < headers.size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers[c].toUtf8().constData(), bold);
    for (qsizetype r = 0; r < count; ++r) {
        const QStringList row = rowAt(r);
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (!row[c].isEmpty())
                worksheet_write_string(sheet, lxw_row_t(r + 1), lxw_col_t(c),
                                       row[c].toUtf8().constData(), text);
        }
    }
    const lxw_error status = workbook_close(workbook);
    if (status != LXW_NO_ERROR)
        throw Error(Error::Kind::Storage, path + u": cannot be written ("_s +
                                              QString::fromUtf8(lxw_strerror(status)) + u')');
}

} // namespace

ParticipantExporter::Summary ParticipantExporter::write(const EventData &event, const Request &r)
{
    const QString suffix = QFileInfo(r.path).suffix().toLower();
    if (suffix != u"csv"_s && suffix != u"xlsx"_s)
        throw Error(Error::Kind::BadInput, r.path + u": the name must end in .csv or .xlsx"_s);
    if (!QFileInfo(QFileInfo(r.path).absolutePath()).isDir())
        throw Error(Error::Kind::NotFound, r.path + u": the folder does not exist"_s);

    Summary summary;
    QList<ExportColumns::Column> columns =
        r.columns ? *r.columns : ExportColumns::forProfile(r.profile, event);
    if (r.profile == Profile::Partner && !r.destinationId && !r.columns)
        columns.append({ParticipantField::Destination}); // a list for everyone says who goes where
    for (const ExportColumns::Column &c : columns) {
        summary.headers << ExportColumns::header(c, r.profile);
        if (r.profile == Profile::Partner && ExportColumns::isSpecialCategory(c))
            summary.warnings
                << u"%1 is special-category data (health, diet, access): share it only with "
                   "the people's consent and a need to know"_s.arg(summary.headers.last());
    }
    const QList<const Participant *> people = peopleFor(event, r);
    // Rows are made as they are written, so memory holds the event, not the list too.
    auto rowAt = [&](qsizetype i) {
        QStringList row;
        row.reserve(columns.size());
        for (const ExportColumns::Column &c : columns)
            row << ExportColumns::value(event, *people[i], c, r.profile);
        return row;
    };
    summary.rows = int(people.size());

    if (suffix == u"xlsx"_s) {
        // libxlsxwriter writes by name: write beside the target, then rename, never half a file.
        const QFileInfo target(r.path);
        const QString temporary =
            target.absolutePath() + u"/."_s + target.fileName() + u".partial"_s;
        const Destination *d = event.destination(r.destinationId);
        try {
            writeXlsx(temporary, d ? d->name : u"Participants"_s, summary.headers, people.size(),
                      rowAt);
        } catch (...) {
            QFile::remove(temporary);
            throw;
        }
        QFile::remove(r.path);
        if (!QFile::rename(temporary, target.absoluteFilePath())) {
            QFile::remove(temporary);
            throw Error(Error::Kind::Storage, r.path + u": cannot be written"_s);
        }
        return summary;
    }
    if (r.delimiter != u',' && r.delimiter != u';' && r.delimiter != u'\t')
        throw Error(Error::Kind::BadInput, u"--delimiter: expected ',', ';' or tab"_s);
    QSaveFile file(r.path);
    if (!file.open(QIODevice::WriteOnly))
        throw Error(Error::Kind::Storage,
                    r.path + u": cannot be written ("_s + file.errorString() + u')');
    CsvWriter writer(&file, {r.delimiter, r.byteOrderMark});
    writer.writeRow(summary.headers);
    for (qsizetype i = 0; i < people.size(); ++i)
        writer.writeRow(rowAt(i));
    if (!file.commit())
        throw Error(Error::Kind::Storage,
                    r.path + u": cannot be written ("_s + file.errorString() + u')');
    return summary;
}

} // namespace fieldday
