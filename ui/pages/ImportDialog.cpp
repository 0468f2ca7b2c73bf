#include "ImportDialog.h"

#include "EventDocument.h"
#include "ImportPreview.h"
#include "WorkProgress.h"
#include "commands/ImportParticipantsCommand.h"
#include "csv/CsvReader.h"
#include "storage/Error.h"
#include "storage/EventFile.h"

#include <QBuffer>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileInfo>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fieldday {

namespace {
QList<ColumnTarget> targets()
{
    QList<ColumnTarget> list = {ColumnTarget::ignore(),
                                ColumnTarget::special(ColumnTarget::Kind::Note),
                                ColumnTarget::special(ColumnTarget::Kind::FullName),
                                ColumnTarget::special(ColumnTarget::Kind::TicketType),
                                ColumnTarget::special(ColumnTarget::Kind::AttendeeNo)};
    for (const ParticipantFieldInfo &info : participantFields()) {
        if (info.field == ParticipantField::Choice) {
            for (int rank = 1; rank <= 5; ++rank)
                list.append(ColumnTarget::of(info.field, rank));
        } else {
            list.append(ColumnTarget::of(info.field));
        }
    }
    return list;
}

// What a person reads in the "Goes to" list; the key stays the item's data.
QString targetLabel(const ColumnTarget &target)
{
    switch (target.kind) {
    case ColumnTarget::Kind::Ignore:
        return ImportDialog::tr("(not imported)");
    case ColumnTarget::Kind::Note:
        return ImportDialog::tr("Notes, as \"column: answer\"");
    case ColumnTarget::Kind::FullName:
        return ImportDialog::tr("Full name (split into given and family)");
    case ColumnTarget::Kind::TicketType:
        return ImportDialog::tr("Ticket type (a group's name is a choice)");
    case ColumnTarget::Kind::AttendeeNo:
        return ImportDialog::tr("Attendee number (added to the booking reference)");
    case ColumnTarget::Kind::Field:
        break;
    }
    const QString label = participantFieldInfo(target.field).label;
    return target.field == ParticipantField::Choice ? ImportDialog::tr("Choice %1").arg(target.rank)
                                                    : label;
}
// What the import would change for people already in the event, field by field: how many of
// each field, each change, each conflict with both values, and the corrections kept.
QString changesHtml(const ImportSummary &s)
{
    constexpr int shown = 200; // a long list is cut, and says how many more
    auto quoted = [](const QString &value) {
        return value.isEmpty() ? ImportDialog::tr("(empty)")
                               : QStringLiteral("“%1”").arg(value.toHtmlEscaped());
    };
    auto who = [](const FieldChange &c) {
        return ImportDialog::tr("%1 (row %2)").arg(c.name.toHtmlEscaped()).arg(c.row);
    };
    auto more = [](qsizetype count) {
        return count > shown ? ImportDialog::tr("<p>… and %1 more.</p>").arg(count - shown)
                             : QString();
    };
    QString html;
    if (s.updated) {
        QStringList fields;
        const QMap<QString, int> counts = s.changedFields();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            fields
                << ImportDialog::tr("%1 (%2)").arg(s.labelOf(it.key()).toLower()).arg(it.value());
        html += QStringLiteral("<p>") +
                (fields.isEmpty()
                     ? ImportDialog::tr("To update: nothing changes.")
                     : ImportDialog::tr("To update: %1.").arg(fields.join(QStringLiteral(", "))));
        if (s.unchanged)
            html += QLatin1Char(' ') +
                    ImportDialog::tr("%1 of them already up to date.").arg(s.unchanged);
        html += QStringLiteral("</p>");
    }
    if (!s.conflicts.isEmpty()) {
        html += QStringLiteral("<h4 style='color:#a03000'>") +
                ImportDialog::tr("%n fields changed both in the file and in Fieldday — %1", nullptr,
                                 int(s.conflicts.size()))
                    .arg(s.conflictsTakeFile ? ImportDialog::tr("the file's values will be taken")
                                             : ImportDialog::tr("yours will be kept")) +
                QStringLiteral("</h4><table cellpadding='2'>");
        for (const FieldChange &c : s.conflicts.mid(0, shown))
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                        .arg(who(c), c.label.toHtmlEscaped(),
                             ImportDialog::tr("yours: %1").arg(quoted(c.mine)),
                             ImportDialog::tr("the file's: %1").arg(quoted(c.file)));
        html += QStringLiteral("</table>") + more(s.conflicts.size());
    }
    if (!s.changes.isEmpty()) {
        html += QStringLiteral("<h4>") + ImportDialog::tr("Changes from the file") +
                QStringLiteral("</h4><table cellpadding='2'>");
        for (const FieldChange &c : s.changes.mid(0, shown))
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3 → %4</td></tr>")
                        .arg(who(c), c.label.toHtmlEscaped(), quoted(c.mine), quoted(c.file));
        html += QStringLiteral("</table>") + more(s.changes.size());
    }
    if (!s.kept.isEmpty()) {
        html += QStringLiteral("<h4>") +
                ImportDialog::tr("%n corrections made in Fieldday are kept (the file still has "
                                 "the old value)",
                                 nullptr, int(s.kept.size())) +
                QStringLiteral("</h4><table cellpadding='2'>");
        for (const FieldChange &c : s.kept.mid(0, shown))
            html += QStringLiteral("<tr><td>%1</td><td><b>%2</b></td><td>%3</td><td>%4</td></tr>")
                        .arg(who(c), c.label.toHtmlEscaped(),
                             ImportDialog::tr("yours: %1").arg(quoted(c.mine)),
                             ImportDialog::tr("the file's: %1").arg(quoted(c.file)));
        html += QStringLiteral("</table>") + more(s.kept.size());
    }
    return html;
}
} // namespace

ImportDialog::ImportDialog(EventDocument *document, const QString &path, QWidget *parent)
    : QDialog(parent), m_document(document), m_path(path), m_detectedLabel(new QLabel(this)),
      m_mapping(new QTableWidget(0, 2, this)), m_preview(new QTableWidget(this)),
      m_problems(new QTextBrowser(this)), m_duplicates(new QComboBox(this)),
      m_conflicts(new QComboBox(this)),
      m_skipBadRows(new QCheckBox(tr("Skip bad rows: import the others, leave those out"), this))
{
    setWindowTitle(tr("Import bookings from %1").arg(QFileInfo(path).fileName()));
    QFile file(path);
    m_readable = file.open(QIODevice::ReadOnly);
    m_bytes = m_readable ? file.readAll() : QByteArray();

    m_mapping->setHorizontalHeaderLabels({tr("Column in the file"), tr("Goes to")});
    m_mapping->horizontalHeader()->setStretchLastSection(true);
    m_mapping->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_mapping->verticalHeader()->hide();
    m_mapping->setAccessibleName(tr("Column mapping"));
    m_preview->setAccessibleName(tr("Preview of the first rows"));
    m_preview->verticalHeader()->hide();
    m_duplicates->addItem(tr("Update the person already there"), int(DuplicatePolicy::Update));
    m_duplicates->addItem(tr("Skip the row"), int(DuplicatePolicy::Skip));
    m_duplicates->addItem(tr("Add them again"), int(DuplicatePolicy::Add));
    m_duplicates->setAccessibleName(tr("Same e-mail as someone already in the event"));
    m_conflicts->addItem(tr("Keep mine (the value changed in Fieldday)"),
                         int(ConflictPolicy::KeepMine));
    m_conflicts->addItem(tr("Take the file's"), int(ConflictPolicy::TakeFile));
    m_conflicts->setAccessibleName(tr("Changed both in the file and in Fieldday"));
    m_conflicts->setToolTip(tr("A field of someone already in the event that the file changed "
                               "since the last import, and that was also changed here."));

    auto *form = new QFormLayout;
    form->addRow(tr("Detected:"), m_detectedLabel);
    form->addRow(tr("Same e-mail:"), m_duplicates);
    form->addRow(tr("Changed in both:"), m_conflicts);
    m_skipBadRows->setToolTip(tr("Import the other rows; the rows with problems, listed below, "
                                 "are left out and can be fixed and imported later."));
    form->addRow(QString(), m_skipBadRows);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_importButton = buttons->addButton(tr("Import"), QDialogButtonBox::AcceptRole);
    m_importButton->setDefault(true);  // Enter imports, once the preview allows it
    m_importButton->setEnabled(false); // until the preview says the import can go ahead
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(new QLabel(tr("Columns"), this));
    layout->addWidget(m_mapping, 2);
    layout->addWidget(new QLabel(tr("First rows"), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(new QLabel(tr("What the import would do"), this));
    layout->addWidget(m_problems, 2); // on a re-import, every change and conflict is listed here
    layout->addWidget(buttons);
    // 900×760, or less on a smaller screen: the buttons must stay on it.
    QSize size(900, 760);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 80));
    resize(size);
    connect(buttons, &QDialogButtonBox::accepted, this, &ImportDialog::import);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_duplicates, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_conflicts, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
    connect(m_skipBadRows, &QCheckBox::toggled, this, &ImportDialog::updatePreview);

    m_check = new ImportPreview(document->file().path(), m_bytes, QFileInfo(path).fileName(), this);
    connect(m_check, &ImportPreview::ready, this, [this](const ImportPreview::Result &result) {
        if (!result.error.isEmpty()) {
            // The file cannot be read to its end: no choice here makes it importable.
            showPreview(QStringLiteral("<p style='color:#b00020'>") + result.error.toHtmlEscaped() +
                            QStringLiteral("</p>") +
                            tr("<p>Nothing will be imported. Fix the file, then import it "
                               "again.</p>"),
                        false);
            m_skipBadRows->setEnabled(false);
            return;
        }
        m_skipBadRows->setEnabled(true);
        const ImportSummary &s = result.summary;
        const QString name = QFileInfo(m_path).fileName();
        const bool skipping = m_skipBadRows->isChecked();
        m_doneMessage =
            tr("Imported %1: %2 added, %3 updated, %4 skipped as already there")
                .arg(name)
                .arg(s.added)
                .arg(s.updated)
                .arg(s.skippedDuplicates) +
            (s.rejected > 0 ? tr(", %n rows with problems left out", nullptr, int(s.rejected))
                            : QString()) +
            u'.';
        QString html = tr("<p><b>%1 rows</b>: %2 to add, %3 to update, %4 to skip.</p>")
                           .arg(s.rowsRead)
                           .arg(s.added)
                           .arg(s.updated)
                           .arg(s.skippedDuplicates);
        html += changesHtml(s);
        if (s.rejected > 0) {
            html += (skipping ? tr("<p><b>%1 with problems, left out</b> (below).</p>")
                              : tr("<p><b>%1 with problems</b> (below): fix them in the file "
                                   "and open it again, or skip bad rows.</p>"))
                        .arg(s.rejected);
        }
        for (const ImportIssue &issue : s.issues)
            html += QStringLiteral("<p style='color:%1'>")
                        .arg(issue.severity == ImportIssue::Severity::Error
                                 ? QStringLiteral("#b00020")
                                 : QStringLiteral("#9a5b00")) +
                    issue.toString(name).toHtmlEscaped() + QStringLiteral("</p>");
        showPreview(html, s.rejected == 0 || (skipping && s.rowsRead > s.rejected));
    });

    // Read the header and the first rows once, for the mapping and the preview.
    QBuffer buffer(&m_bytes);
    buffer.open(QIODevice::ReadOnly);
    CsvOptions options;
    options.requireSameFieldCount = false;
    CsvReader reader(&buffer, options);
    QStringList header;
    if (reader.readRow(header)) {
        m_detected = ColumnMapping::detect(header);
        m_detectedLabel->setText(
            tr("%1, delimiter \"%2\", %3 columns")
                .arg(CsvReader::encodingName(reader.encoding()),
                     reader.delimiter() == u'\t' ? tr("tab") : QString(reader.delimiter()),
                     ColumnMapping::sourceName(m_detected.source())));
        const QList<ColumnTarget> all = targets();
        m_mapping->setRowCount(int(header.size()));
        for (int i = 0; i < header.size(); ++i) {
            m_mapping->setItem(i, 0, new QTableWidgetItem(header[i]));
            auto *combo = new QComboBox;
            for (const ColumnTarget &t : all)
                combo->addItem(targetLabel(t), t.key());
            combo->setCurrentIndex(qMax(0, combo->findData(m_detected.target(i).key())));
            connect(combo, &QComboBox::currentIndexChanged, this, &ImportDialog::updatePreview);
            m_mapping->setCellWidget(i, 1, combo);
        }
        m_preview->setColumnCount(int(header.size()));
        m_preview->setHorizontalHeaderLabels(header);
        QStringList fields;
        for (int row = 0; row < 10 && reader.readRow(fields); ++row) {
            m_preview->insertRow(row);
            for (int c = 0; c < fields.size() && c < header.size(); ++c)
                m_preview->setItem(row, c, new QTableWidgetItem(fields[c]));
        }
        m_preview->resizeColumnsToContents();
    } else {
        m_readable = false;
        m_detectedLabel->setText(reader.hasError()
                                     ? reader.error().toString(QFileInfo(path).fileName())
                                     : tr("The file is empty."));
    }
    updatePreview();
}

ColumnMapping ImportDialog::mapping() const
{
    ColumnMapping mapping = m_detected;
    for (int i = 0; i < m_mapping->rowCount(); ++i) {
        ColumnTarget target;
        if (ColumnTarget::fromKey(
                qobject_cast<QComboBox *>(m_mapping->cellWidget(i, 1))->currentData().toString(),
                &target))
            mapping.setTarget(i, target);
    }
    return mapping;
}

QString ImportDialog::problemsText() const
{
    return m_problems->toPlainText();
}

bool ImportDialog::isChecking() const
{
    return m_check && m_check->isRunning();
}

void ImportDialog::updatePreview()
{
    if (!m_readable)
        return;
    if (m_document->isReadOnly()) {
        showPreview(tr("<p>The event is open read-only: nothing can be imported.</p>"), false);
        return;
    }
    // A dry run of the whole file, the very checks the import will make, on a private copy
    // of the event and off the UI thread; Import waits for its answer.
    ImportOptions options;
    options.skipBadRows = true;
    options.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
    options.onConflict = ConflictPolicy(m_conflicts->currentData().toInt());
    m_importButton->setEnabled(false);
    m_problems->setHtml(tr("<p>Checking every row of the file…</p>"));
    m_check->request(mapping(), options);
}

void ImportDialog::showPreview(const QString &html, bool canImport)
{
    m_problems->setHtml(html);
    m_importButton->setEnabled(canImport);
    emit previewUpdated();
}

void ImportDialog::import()
{
    ImportOptions options;
    options.onDuplicate = DuplicatePolicy(m_duplicates->currentData().toInt());
    options.onConflict = ConflictPolicy(m_conflicts->currentData().toInt());
    options.skipBadRows = m_skipBadRows->isChecked();
    // A large file shows its progress and can be cancelled; cancelling rolls it all back.
    const qint64 rows = m_bytes.count('\n');
    {
        // Gone before any error is shown.
        WorkProgress progress(this, tr("Importing %1…").arg(QFileInfo(m_path).fileName()));
        options.progress = [&progress, rows](qint64 done) { return progress.update(done, rows); };
        if (!m_document->push(std::make_unique<ImportParticipantsCommand>(
                m_document, m_bytes, QFileInfo(m_path).fileName(), mapping(), options)))
            return; // reported; the dialog stays, to try again or cancel
    }
    accept();
}

} // namespace fieldday
