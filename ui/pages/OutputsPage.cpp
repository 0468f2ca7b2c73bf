#include "OutputsPage.h"

#include "EventDocument.h"
#include "FileDialog.h"
#include "MessageBox.h"
#include "PresentWindow.h"
#include "WorkProgress.h"
#include "documents/BadgeDocument.h"
#include "documents/DaySheetDocument.h"
#include "documents/EventReport.h"
#include "documents/ManifestDocument.h"
#include "documents/RosterDocument.h"
#include "documents/ShareOutDeck.h"
#include "exchange/ParticipantExporter.h"
#include "storage/Error.h"
#include "storage/TreasureRepository.h"

#include <QComboBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fieldday {

namespace {
enum Kind
{
    Roster,
    DaySheet,
    Manifests,
    Badges,
    ShareOut,
    Report
};
}

OutputsPage::OutputsPage(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_documentKind(new QComboBox(this)),
      m_documentGroup(new QComboBox(this)), m_audience(new QComboBox(this)),
      m_paper(new QComboBox(this)), m_listGroup(new QComboBox(this)),
      m_profile(new QComboBox(this)), m_columns(new QListWidget(this)), m_warning(new QLabel(this)),
      m_status(new QLabel(this)), m_present(new QPushButton(tr("Pre&sent…"), this)),
      m_previewPrinter(std::make_unique<QPrinter>(QPrinter::ScreenResolution)),
      m_preview(new QPrintPreviewWidget(m_previewPrinter.get(), this))
{
    m_documentKind->addItem(tr("Group rosters"), Roster);
    m_documentKind->addItem(tr("Day sheet"), DaySheet);
    m_documentKind->addItem(tr("Transport manifests"), Manifests);
    m_documentKind->addItem(tr("Name badges"), Badges);
    m_documentKind->addItem(tr("Share-out deck (16:9 slides)"), ShareOut);
    m_documentKind->addItem(tr("Event report"), Report);
    m_paper->addItem(tr("A4"), int(DocumentRenderer::Paper::A4));
    m_paper->addItem(tr("US Letter"), int(DocumentRenderer::Paper::Letter));
    m_audience->addItem(tr("The group lead: every member's mobile"),
                        int(RosterDocument::Audience::Lead));
    m_audience->addItem(tr("The host: mobiles only with consent, needs in numbers"),
                        int(RosterDocument::Audience::Host));
    m_audience->setAccessibleName(tr("Whose copy"));
    m_audience->setToolTip(tr("The lead's copy has every member's mobile, for safety on the day. "
                              "The host's has a mobile only for people who agreed to share "
                              "their contact details, and the group's catering and access needs "
                              "in numbers, never by name."));
    for (QComboBox *combo : {m_documentKind, m_documentGroup, m_audience, m_paper, m_listGroup})
        combo->setMinimumWidth(260);
    m_profile->setMinimumWidth(420);
    m_documentKind->setAccessibleName(tr("Document"));
    m_documentGroup->setAccessibleName(tr("Group to print"));
    m_paper->setAccessibleName(tr("Paper size"));

    auto *papers = new QGroupBox(tr("Papers for the day"), this);
    auto *papersForm = new QFormLayout(papers);
    papersForm->addRow(tr("Document:"), m_documentKind);
    papersForm->addRow(tr("Group:"), m_documentGroup);
    papersForm->addRow(tr("Copy for:"), m_audience);
    papersForm->addRow(tr("Paper:"), m_paper);
    auto *previewButton = new QPushButton(tr("Preview and &print…"), this);
    auto *pdfButton = new QPushButton(tr("Save as P&DF…"), this);
    m_saveButton = pdfButton;
    m_present->setToolTip(tr("Full screen, for a projector: arrow keys to move, Esc to leave."));
    papersForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    auto *paperButtons = new QHBoxLayout;
    paperButtons->addWidget(previewButton);
    paperButtons->addWidget(pdfButton);
    paperButtons->addWidget(m_present);
    paperButtons->addStretch();
    papersForm->addRow(QString(), paperButtons);
    auto *papersHint = new QLabel(tr("Rosters and manifests for one group or all; a roster is "
                                     "the group lead's copy or the host's, and says so. The day "
                                     "sheet shows every group's day on one page; badges print "
                                     "eight to a page. After the day: the share-out deck for "
                                     "the reconvene, and the event report (PDF, or an ODT to "
                                     "edit), with only the finds consent allows."),
                                  this);
    papersHint->setWordWrap(true);
    papersHint->setForegroundRole(QPalette::PlaceholderText);
    papersForm->addRow(papersHint);

    m_profile->addItem(tr("For a partner: names, organisations, roles; contacts with consent"),
                       int(ExportColumns::Profile::Partner));
    m_profile->addItem(tr("Full: everything, for your own use (re-importable)"),
                       int(ExportColumns::Profile::Full));
    m_profile->setAccessibleName(tr("Who the list is for"));
    m_listGroup->setAccessibleName(tr("Group to list"));
    m_columns->setAccessibleName(tr("Columns"));
    m_columns->setMaximumHeight(190);
    for (const ParticipantFieldInfo &info : participantFields()) {
        if (info.field == ParticipantField::Choice)
            continue;
        auto *item = new QListWidgetItem(
            info.label + (info.specialCategory ? tr("  (special category)") : QString()),
            m_columns);
        item->setData(Qt::UserRole, info.key);
        item->setData(Qt::UserRole + 1, info.specialCategory);
        const bool partnerDefault =
            info.field == ParticipantField::GivenName ||
            info.field == ParticipantField::FamilyName ||
            info.field == ParticipantField::Organisation || info.field == ParticipantField::Role ||
            info.field == ParticipantField::Email || info.field == ParticipantField::Phone;
        item->setCheckState(partnerDefault ? Qt::Checked : Qt::Unchecked);
    }
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #a03000;"));
    m_warning->setObjectName(QStringLiteral("specialCategoryWarning"));
    m_status->setObjectName(QStringLiteral("status"));
    auto *lists = new QGroupBox(tr("Participant lists"), this);
    auto *listsForm = new QFormLayout(lists);
    listsForm->addRow(tr("Group:"), m_listGroup);
    listsForm->addRow(tr("For:"), m_profile);
    listsForm->addRow(tr("Columns:"), m_columns);
    listsForm->addRow(QString(), m_warning);
    auto *exportButton = new QPushButton(tr("E&xport…"), this);
    exportButton->setToolTip(tr("CSV or XLSX. Cells that look like formulas are written as text."));
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(exportButton);
    exportRow->addStretch();
    listsForm->addRow(QString(), exportRow);
    listsForm->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    m_columns->setMinimumWidth(420);

    // The options at a readable width on the left, the preview taking the rest.
    m_status->setWordWrap(true);
    auto *options = new QWidget(this);
    auto *optionsLayout = new QVBoxLayout(options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    optionsLayout->addWidget(papers);
    optionsLayout->addWidget(lists);
    optionsLayout->addWidget(m_status);
    optionsLayout->addStretch();
    options->setMaximumWidth(640);
    auto *optionsScroll = new QScrollArea(this);
    optionsScroll->setWidget(options);
    optionsScroll->setWidgetResizable(true);
    optionsScroll->setFrameShape(QFrame::NoFrame);
    optionsScroll->setMinimumWidth(options->minimumSizeHint().width() + 20);
    optionsScroll->setMaximumWidth(660);
    auto *previewBox = new QGroupBox(tr("Preview: the first pages, as they will print"), this);
    auto *previewLayout = new QVBoxLayout(previewBox);
    m_preview->setAccessibleName(tr("Preview"));
    m_preview->setViewMode(QPrintPreviewWidget::SinglePageView);
    m_preview->setZoomMode(QPrintPreviewWidget::FitInView);
    previewLayout->addWidget(m_preview);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(optionsScroll);
    layout->addWidget(previewBox, 1);

    connect(m_documentKind, &QComboBox::currentIndexChanged, this, [this] {
        updateKind();
        updatePreview();
    });
    connect(m_documentGroup, &QComboBox::currentIndexChanged, this, &OutputsPage::updatePreview);
    connect(m_audience, &QComboBox::currentIndexChanged, this, &OutputsPage::updatePreview);
    connect(m_paper, &QComboBox::currentIndexChanged, this, &OutputsPage::updatePreview);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, [this](QPrinter *printer) {
        try {
            paint(printer, previewPages);
        } catch (const Error &error) {
            // No exception may cross Qt's signal; the preview stays empty and says why.
            m_status->setText(tr("No preview: %1").arg(error.message()));
        }
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this] {
        m_columns->setEnabled(m_profile->currentData().toInt() ==
                              int(ExportColumns::Profile::Partner));
        updateWarning();
    });
    connect(m_columns, &QListWidget::itemChanged, this, &OutputsPage::updateWarning);
    connect(previewButton, &QPushButton::clicked, this, &OutputsPage::preview);
    connect(pdfButton, &QPushButton::clicked, this, &OutputsPage::saveAsPdf);
    connect(m_present, &QPushButton::clicked, this, &OutputsPage::present);
    connect(exportButton, &QPushButton::clicked, this, &OutputsPage::exportList);
    connect(document, &EventDocument::changed, this, &OutputsPage::refresh);
    refresh();
}

OutputsPage::~OutputsPage()
{
    delete m_preview; // before the printer it draws on
}

void OutputsPage::refresh()
{
    for (QComboBox *combo : {m_documentGroup, m_listGroup}) {
        const QSignalBlocker blocker(combo);
        const QVariant current = combo->currentData();
        combo->clear();
        combo->addItem(tr("All groups"), qint64(0));
        for (const Destination &d : m_document->data().destinations)
            combo->addItem(d.name, d.id);
        combo->setCurrentIndex(qMax(0, combo->findData(current)));
    }
    updateKind();
    updatePreview(); // the event changed
}

void OutputsPage::updateKind()
{
    const int kind = m_documentKind->currentData().toInt();
    m_documentGroup->setEnabled(kind == Roster || kind == Manifests);
    m_audience->setEnabled(kind == Roster);
    m_paper->setEnabled(kind != ShareOut); // slides are 16:9 whatever the paper
    m_present->setVisible(kind == ShareOut);
    m_saveButton->setText(kind == Report ? tr("Save as P&DF or ODT…") : tr("Save as P&DF…"));
}

PhotoLoader OutputsPage::photos() const
{
    EventFile *file = &m_document->file();
    return [file](qint64 id) { return TreasureRepository(*file).photo(id); };
}

int OutputsPage::paint(QPrinter *printer, int maxPages, const PageCanvas::Progress &progress)
{
    const EventData &event = m_document->data();
    switch (m_documentKind->currentData().toInt()) {
    case ShareOut:
        return ShareOutDeck::paint(printer, event, photos(), maxPages, progress);
    case Report:
        return EventReport::paint(printer, EventReport::content(event), photos(),
                                  EventReport::footer(event), maxPages);
    default:
        return maxPages > 0
                   ? DocumentRenderer::paintFirstPages(printer, footer(), content(), maxPages)
                   : DocumentRenderer::paint(printer, footer(), content(), progress);
    }
}

void OutputsPage::present()
{
    auto *window = new PresentWindow(m_document, this);
    window->showFullScreen();
    window->showSlide(0);
    window->activateWindow();
    window->setFocus();
}

void OutputsPage::updateWarning()
{
    QStringList special;
    for (int i = 0; i < m_columns->count(); ++i) {
        const QListWidgetItem *item = m_columns->item(i);
        if (item->checkState() == Qt::Checked && item->data(Qt::UserRole + 1).toBool())
            special << item->text().section(QStringLiteral("  ("), 0, 0);
    }
    const bool partner = m_profile->currentData().toInt() == int(ExportColumns::Profile::Partner);
    m_warning->setText(
        partner && !special.isEmpty()
            ? tr("%1: special-category data (health, diet, access). Share it only with the "
                 "people's consent and a need to know.")
                  .arg(special.join(QStringLiteral(", ")))
            : QString());
    m_warning->setVisible(!m_warning->text().isEmpty());
}

PageCanvas::Progress OutputsPage::pageProgress(WorkProgress &progress)
{
    return [&progress](int page, int total) {
        progress.setLabelText(total ? tr("Page %1 of %2…").arg(page).arg(total)
                                    : tr("Laying out page %1…").arg(page));
        return progress.update(page, total);
    };
}

QString OutputsPage::documentTitle() const
{
    QString title =
        m_document->data().details.title + QStringLiteral(" · ") + m_documentKind->currentText();
    if (m_documentKind->currentData().toInt() == Roster)
        title += m_audience->currentData().toInt() == int(RosterDocument::Audience::Lead)
                     ? tr(" for the group lead")
                     : tr(" for the host");
    return title;
}

QString OutputsPage::footer() const
{
    if (m_documentKind->currentData().toInt() == Roster)
        return RosterDocument::footer(m_document->data().details.title,
                                      RosterDocument::Audience(m_audience->currentData().toInt()));
    return documentTitle();
}

DocumentRenderer::Content OutputsPage::content() const
{
    const int kind = m_documentKind->currentData().toInt();
    const qint64 group = m_documentGroup->currentData().toLongLong();
    const auto audience = RosterDocument::Audience(m_audience->currentData().toInt());
    const EventData *event = &m_document->data();
    return [kind, group, audience, event](PageCanvas &canvas) {
        switch (kind) {
        case Roster:
            RosterDocument::render(canvas, *event, group, audience);
            break;
        case DaySheet:
            DaySheetDocument::render(canvas, *event);
            break;
        case Manifests:
            ManifestDocument::render(canvas, *event, group);
            break;
        default:
            BadgeDocument::render(canvas, *event);
        }
    };
}

void OutputsPage::setUpPrinter(QPrinter *printer) const
{
    const int kind = m_documentKind->currentData().toInt();
    if (kind == ShareOut) {
        printer->setPageLayout(ShareOutDeck::pageLayout());
        return;
    }
    if (kind == Report) {
        printer->setPageLayout(
            QPageLayout(m_paper->currentData().toInt() == int(DocumentRenderer::Paper::Letter)
                            ? QPageSize(QPageSize::Letter)
                            : QPageSize(QPageSize::A4),
                        QPageLayout::Portrait, EventReport::margins(), QPageLayout::Millimeter));
        return;
    }
    printer->setPageSize(m_paper->currentData().toInt() == int(DocumentRenderer::Paper::Letter)
                             ? QPageSize(QPageSize::Letter)
                             : QPageSize(QPageSize::A4));
    printer->setPageOrientation(m_documentKind->currentData().toInt() == DaySheet
                                    ? QPageLayout::Landscape
                                    : QPageLayout::Portrait);
    printer->setPageMargins(QMarginsF(36, 36, 36, 30), QPageLayout::Point);
}

void OutputsPage::updatePreview()
{
    m_previewStale = true;
    if (!isVisible())
        return; // done when the page is shown
    m_previewStale = false;
    setUpPrinter(m_previewPrinter.get());
    m_preview->updatePreview();
}

void OutputsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_previewStale)
        updatePreview();
}

void OutputsPage::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    setUpPrinter(&printer);
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(documentTitle());
    // The dialog is modal: the document chosen stays the one previewed.
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, [this, &dialog](QPrinter *device) {
        WorkProgress progress(&dialog, tr("Preparing the pages…"));
        try {
            paint(device, 0, pageProgress(progress));
        } catch (const Error &error) {
            // Cancelled, or the printer failed: no exception may cross Qt's signal.
            if (error.kind() != Error::Kind::Cancelled)
                MessageBox::warning(this, tr("Could not print"), error.message());
            m_status->setText(tr("Printing was cancelled."));
        }
    });
    dialog.exec();
}

bool OutputsPage::saveAsPdf()
{
    const int kind = m_documentKind->currentData().toInt();
    const QString path = FileDialog::getSaveFileName(
        this, kind == Report ? tr("Save the event report") : tr("Save as PDF"),
        kind == Report ? tr("PDF (*.pdf);;OpenDocument text, to edit (*.odt)") : tr("PDF (*.pdf)"),
        documentTitle().section(QStringLiteral(" · "), 1).section(QStringLiteral(" ("), 0, 0) +
            QStringLiteral(".pdf"));
    if (path.isEmpty())
        return false;
    WorkProgress progress(this, tr("Saving %1…").arg(QFileInfo(path).fileName()));
    try {
        const EventData &event = m_document->data();
        int pages = 0;
        if (kind == ShareOut) {
            pages = ShareOutDeck::writePdf(path, event, photos(), pageProgress(progress));
        } else if (kind == Report) {
            pages = EventReport::write(path, event, photos(),
                                       m_paper->currentData().toInt() ==
                                               int(DocumentRenderer::Paper::Letter)
                                           ? QPageSize(QPageSize::Letter)
                                           : QPageSize(QPageSize::A4));
        } else {
            pages = DocumentRenderer::writePdf(
                path, DocumentRenderer::Paper(m_paper->currentData().toInt()),
                kind == DaySheet ? QPageLayout::Landscape : QPageLayout::Portrait, documentTitle(),
                footer(), content(), pageProgress(progress));
        }
        m_status->setText(pages == 0   ? tr("Saved %1.").arg(path)
                          : pages == 1 ? tr("Saved %1 (1 page).").arg(path)
                                       : tr("Saved %1 (%2 pages).").arg(path).arg(pages));
        return true;
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Cancelled)
            m_status->setText(tr("Cancelled: %1 was not saved.").arg(path));
        else
            MessageBox::warning(this, tr("Could not save the PDF"), error.message());
        return false;
    }
}

bool OutputsPage::exportList()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export a participant list"),
                                                     tr("CSV (*.csv);;Excel workbook (*.xlsx)"),
                                                     QStringLiteral("participants.csv"));
    if (path.isEmpty())
        return false;
    ParticipantExporter::Request request;
    request.path = path;
    request.destinationId = m_listGroup->currentData().toLongLong();
    request.profile = ExportColumns::Profile(m_profile->currentData().toInt());
    if (request.profile == ExportColumns::Profile::Partner) {
        QStringList keys;
        for (int i = 0; i < m_columns->count(); ++i) {
            if (m_columns->item(i)->checkState() == Qt::Checked)
                keys << m_columns->item(i)->data(Qt::UserRole).toString();
        }
        request.columns = ExportColumns::fromKeys(keys);
    }
    WorkProgress progress(this, tr("Exporting %1…").arg(QFileInfo(path).fileName()));
    request.progress = [&progress](qsizetype done, qsizetype total) {
        return progress.update(done, total);
    };
    try {
        const ParticipantExporter::Summary summary =
            ParticipantExporter::write(m_document->data(), request);
        m_status->setText(summary.rows == 1
                              ? tr("Exported 1 person to %1.").arg(path)
                              : tr("Exported %1 people to %2.").arg(summary.rows).arg(path));
        return true;
    } catch (const Error &error) {
        if (error.kind() == Error::Kind::Cancelled)
            m_status->setText(tr("Cancelled: %1 was not written.").arg(path));
        else
            MessageBox::warning(this, tr("Could not export the list"), error.message());
        return false;
    }
}

} // namespace fieldday
