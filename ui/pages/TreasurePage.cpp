#include "TreasurePage.h"

#include "EventDocument.h"
#include "FileDialog.h"
#include "FindingsEditor.h"
#include "MessageBox.h"
#include "PresentWindow.h"
#include "ThumbnailCache.h"
#include "TreasureItemForm.h"
#include "WorkProgress.h"
#include "commands/ImportPhotosCommand.h"
#include "commands/RemoveTreasureItemsCommand.h"
#include "models/TreasureListModel.h"
#include "photos/PhotoIngest.h"
#include "storage/Error.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMimeData>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

constexpr qint64 findingsEntry = -1; // the groups list's last entry: "What we learned"

// The local files and folders a drag carries, if they could be photos.
QStringList droppedPaths(const QMimeData *mime)
{
    QStringList paths;
    if (!mime || !mime->hasUrls())
        return paths;
    for (const QUrl &url : mime->urls()) {
        if (!url.isLocalFile())
            continue;
        const QString path = url.toLocalFile();
        if (QFileInfo(path).isDir() || PhotoIngest::hasPhotoSuffix(path))
            paths << path;
    }
    return paths;
}

} // namespace

TreasurePage::TreasurePage(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_thumbnails(new ThumbnailCache(document, 264, this)),
      m_model(new TreasureListModel(document, m_thumbnails, this)), m_groups(new QListWidget(this)),
      m_stack(new QStackedWidget(this)), m_kind(new QComboBox(this)), m_chosen(new QComboBox(this)),
      m_tiles(new QListView(this)), m_form(new TreasureItemForm(document, this)),
      m_findings(new FindingsEditor(document, this)),
      m_addPhotos(new QPushButton(tr("Add &photos…"), this)),
      m_addFolder(new QPushButton(tr("Add a fol&der…"), this)),
      m_addQuote(new QPushButton(tr("Add a &quote"), this)),
      m_addObservation(new QPushButton(tr("Add an o&bservation"), this)),
      m_delete(new QPushButton(tr("De&lete"), this)),
      m_present(new QPushButton(tr("Present the &share-out"), this)), m_status(new QLabel(this))
{
    m_groups->setAccessibleName(tr("Groups"));
    m_groups->setMaximumWidth(210);
    m_groups->setMinimumWidth(170);
    m_groups->setToolTip(tr("Drop photos, or a folder of them, on a group to add them to it."));
    m_groups->setAcceptDrops(true);
    m_groups->viewport()->setAcceptDrops(true);
    m_groups->viewport()->installEventFilter(this);

    m_kind->setAccessibleName(tr("Kind of treasure"));
    m_chosen->setAccessibleName(tr("Chosen for"));
    m_chosen->addItem(tr("Every find"), int(TreasureListModel::Chosen::All));
    m_chosen->addItem(tr("Chosen for the share-out"), int(TreasureListModel::Chosen::ShareOut));
    m_chosen->addItem(tr("Chosen for the report"), int(TreasureListModel::Chosen::Report));
    m_chosen->addItem(tr("Not chosen yet"), int(TreasureListModel::Chosen::NotChosen));

    // The view moves its current tile when the model removes rows (a find moved to another
    // group, deleted, filtered out): that is not a choice of the user's, and the form stays.
    // Connected before the view's own handlers, so the flag is up before they move it.
    connect(m_model, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            [this] { m_modelChanging = true; });
    m_tiles->setModel(m_model);
    m_tiles->setAccessibleName(tr("Finds"));
    m_tiles->setViewMode(QListView::IconMode);
    m_tiles->setIconSize(TreasureListModel::tileSize());
    m_tiles->setGridSize(TreasureListModel::tileSize() + QSize(16, 46));
    m_tiles->setResizeMode(QListView::Adjust);
    m_tiles->setMovement(QListView::Static);
    m_tiles->setUniformItemSizes(true);
    m_tiles->setWordWrap(true);
    m_tiles->setTextElideMode(Qt::ElideRight);
    m_tiles->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tiles->setSpacing(4);
    m_tiles->setAcceptDrops(true);
    m_tiles->viewport()->setAcceptDrops(true);
    m_tiles->viewport()->installEventFilter(this);
    m_status->setWordWrap(true);
    m_status->setObjectName(u"status"_s);
    m_present->setToolTip(tr("Full screen, for a projector: arrow keys to move, Esc to leave."));

    auto *filters = new QHBoxLayout;
    filters->addWidget(new QLabel(tr("Show:"), this));
    filters->addWidget(m_kind, 1);
    filters->addWidget(m_chosen, 1);
    auto *add = new QHBoxLayout;
    add->addWidget(m_addPhotos);
    add->addWidget(m_addFolder);
    add->addWidget(m_addQuote);
    add->addWidget(m_addObservation);
    add->addStretch();
    add->addWidget(m_delete);
    auto *center = new QVBoxLayout;
    center->addLayout(filters);
    center->addLayout(add);
    center->addWidget(m_tiles, 1);
    center->addWidget(m_status);

    auto *formScroll = new QScrollArea(this);
    formScroll->setWidget(m_form);
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setMinimumWidth(430);
    formScroll->setMaximumWidth(520);
    formScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *finds = new QWidget(this);
    auto *findsLayout = new QHBoxLayout(finds);
    findsLayout->setContentsMargins(0, 0, 0, 0);
    findsLayout->addLayout(center, 1);
    findsLayout->addWidget(formScroll);
    m_stack->addWidget(finds);
    m_stack->addWidget(m_findings);

    auto *side = new QVBoxLayout;
    side->addWidget(m_groups, 1);
    side->addWidget(m_present);
    auto *layout = new QHBoxLayout(this);
    layout->addLayout(side);
    layout->addWidget(m_stack, 1);

    connect(m_groups, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0)
            return;
        const qint64 id = m_groups->item(row)->data(Qt::UserRole).toLongLong();
        const bool findings = id == findingsEntry;
        const bool same = findings
                              ? m_stack->currentWidget() == m_findings
                              : m_stack->currentWidget() != m_findings && id == m_model->group();
        if (same)
            return;
        if (!EditForm::confirmLeave(this, activeForm(), m_document->isReadOnly())) {
            const QSignalBlocker blocker(m_groups);
            for (int i = 0; i < m_groups->count(); ++i) {
                const qint64 shown =
                    m_stack->currentWidget() == m_findings ? findingsEntry : m_model->group();
                if (m_groups->item(i)->data(Qt::UserRole).toLongLong() == shown)
                    m_groups->setCurrentRow(i);
            }
            return;
        }
        if (findings) {
            m_stack->setCurrentWidget(m_findings);
        } else {
            m_stack->setCurrentIndex(0);
            m_model->setGroup(id);
            m_form->setItem(0);
            m_shownItem = 0;
        }
        updateActions();
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setKind(m_kind->currentData().toString()); });
    connect(m_chosen, &QComboBox::currentIndexChanged, this, [this] {
        m_model->setChosen(TreasureListModel::Chosen(m_chosen->currentData().toInt()));
    });
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, [this] {
        m_modelChanging = false;
        syncCurrentTile();
    });
    connect(m_tiles->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const qint64 id = current.data(TreasureListModel::ItemIdRole).toLongLong();
                if (m_modelChanging || !current.isValid() || id == m_shownItem)
                    return;
                if (!EditForm::confirmLeave(this, m_form, m_document->isReadOnly())) {
                    const QModelIndex back = m_model->indexOf(m_shownItem);
                    QTimer::singleShot(0, this, [this, back] {
                        const QSignalBlocker blocker(m_tiles->selectionModel());
                        m_tiles->setCurrentIndex(back);
                    });
                    return;
                }
                m_shownItem = id;
                m_form->setItem(id);
                updateActions();
            });
    connect(m_tiles->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TreasurePage::updateActions);
    connect(m_form, &TreasureItemForm::created, this, [this](qint64 id) { select(id); });
    connect(m_addPhotos, &QPushButton::clicked, this, &TreasurePage::addPhotos);
    connect(m_addFolder, &QPushButton::clicked, this, &TreasurePage::importFolder);
    connect(m_addQuote, &QPushButton::clicked, this, &TreasurePage::addQuote);
    connect(m_addObservation, &QPushButton::clicked, this, &TreasurePage::addObservation);
    connect(m_delete, &QPushButton::clicked, this, &TreasurePage::deleteSelected);
    connect(m_present, &QPushButton::clicked, this, &TreasurePage::present);
    connect(document, &EventDocument::changed, this, &TreasurePage::documentChanged);

    fillKinds();
    fillGroups();
    if (m_groups->count() > 0)
        m_groups->setCurrentRow(0);
    updateActions();
}

TreasurePage::~TreasurePage() = default;

EditForm *TreasurePage::activeForm() const
{
    if (m_stack->currentWidget() == m_findings)
        return m_findings;
    return m_form;
}

qint64 TreasurePage::currentGroup() const
{
    return m_stack->currentWidget() == m_findings ? 0 : m_model->group();
}

void TreasurePage::fillGroups()
{
    const EventData &event = m_document->data();
    const qint64 current =
        m_groups->currentItem() ? m_groups->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_groups);
    m_groups->clear();
    for (const Destination &d : event.destinations) {
        const qsizetype finds = event.treasureOf(d.id).size();
        auto *item = new QListWidgetItem(
            finds == 0 ? d.name : tr("%1  ·  %n finds", nullptr, int(finds)).arg(d.name), m_groups);
        item->setData(Qt::UserRole, d.id);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(d.colour).isValid() ? QColor(d.colour) : QColor(Qt::gray));
        item->setIcon(swatch);
        item->setToolTip(tr("Drop photos here to add them to %1").arg(d.name));
    }
    auto *learned = new QListWidgetItem(
        tr("What we learned  ·  %n findings", nullptr, int(event.findings.size())), m_groups);
    learned->setData(Qt::UserRole, findingsEntry);
    QFont bold = learned->font();
    bold.setBold(true);
    learned->setFont(bold);
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->data(Qt::UserRole).toLongLong() == current)
            m_groups->setCurrentRow(i);
    }
}

void TreasurePage::fillKinds()
{
    const QString current = m_kind->currentData().toString();
    const QSignalBlocker blocker(m_kind);
    m_kind->clear();
    m_kind->addItem(tr("Every kind of treasure"), QString());
    for (const QString &kind : m_document->data().details.themes)
        m_kind->addItem(kind, kind);
    m_kind->setCurrentIndex(qMax(0, m_kind->findData(current)));
    m_model->setKind(m_kind->currentData().toString());
}

void TreasurePage::documentChanged(const DocumentChange &change)
{
    if (change.scope == DocumentChange::Scope::People)
        return;
    fillGroups();
    if (change.scope != DocumentChange::Scope::Treasure)
        fillKinds();
    syncCurrentTile();
    updateActions();
}

void TreasurePage::syncCurrentTile()
{
    const QModelIndex shown = m_model->indexOf(m_shownItem);
    if (m_tiles->currentIndex() == shown)
        return;
    // The tile of the find in the form, or none when it is no longer among them.
    const QSignalBlocker blocker(m_tiles->selectionModel());
    if (shown.isValid())
        m_tiles->setCurrentIndex(shown);
    else
        m_tiles->selectionModel()->clear();
}

void TreasurePage::updateActions()
{
    const bool writable = !m_document->isReadOnly();
    const bool group = currentGroup() != 0;
    for (QPushButton *button : {m_addPhotos, m_addFolder, m_addQuote, m_addObservation})
        button->setEnabled(writable && group);
    m_delete->setEnabled(writable && group && m_tiles->selectionModel()->hasSelection());
    m_present->setEnabled(!m_document->data().destinations.isEmpty());
}

void TreasurePage::showGroup(qint64 destinationId)
{
    for (int i = 0; i < m_groups->count(); ++i) {
        if (m_groups->item(i)->data(Qt::UserRole).toLongLong() == destinationId)
            m_groups->setCurrentRow(i);
    }
}

void TreasurePage::showFindings()
{
    showGroup(findingsEntry);
}

void TreasurePage::select(qint64 itemId)
{
    const TreasureItem *item = m_document->data().treasureItem(itemId);
    if (!item)
        return;
    showGroup(item->destinationId);
    if (currentGroup() != item->destinationId)
        return; // stayed, to keep what was typed
    if (!m_model->indexOf(itemId).isValid()) {
        m_kind->setCurrentIndex(0);
        m_chosen->setCurrentIndex(0);
    }
    const QModelIndex at = m_model->indexOf(itemId);
    m_tiles->setCurrentIndex(at);
    m_tiles->scrollTo(at);
}

int TreasurePage::importPhotos(const QStringList &paths, qint64 destinationId)
{
    const Destination *group = m_document->data().destination(destinationId);
    if (!group || paths.isEmpty() || m_document->isReadOnly())
        return 0;
    if (!EditForm::confirmLeave(this, m_form, false))
        return 0;
    const QString name = group->name;
    auto folder = std::make_shared<QTemporaryDir>();
    PhotoImporter::Preparation prepared;
    {
        WorkProgress progress(this, tr("Adding photos to %1…").arg(name));
        try {
            prepared = PhotoImporter::prepare(
                m_document->file(), paths, 0, folder->path(),
                [&progress](qsizetype done, qsizetype total, const QString &file) {
                    progress.setLabelText(file.isEmpty() ? tr("Adding the photos…")
                                                         : tr("Photo %1 of %2: %3")
                                                               .arg(done + 1)
                                                               .arg(total)
                                                               .arg(QFileInfo(file).fileName()));
                    return progress.update(done, total);
                });
        } catch (const Error &error) {
            if (error.kind() == Error::Kind::Cancelled)
                m_status->setText(tr("Cancelled: no photo was added."));
            else
                MessageBox::warning(this, tr("The photos were not added"), error.message());
            return 0;
        }
    }
    const qsizetype skipped = prepared.duplicates.size();
    if (prepared.photos.isEmpty()) {
        m_status->setText(
            prepared.files == 0
                ? tr("There were no photos there (JPEG, PNG, WebP or TIFF).")
                : tr("No new photos: %n already in the treasure log.", nullptr, int(skipped)));
        return 0;
    }
    TreasureItem item;
    item.destinationId = destinationId;
    item.type = TreasureType::Photo;
    const int added = int(prepared.photos.size());
    const EventDocument::Outcome outcome = m_document->push(
        std::make_unique<ImportPhotosCommand>(m_document, folder, std::move(prepared.photos), item));
    if (!outcome)
        return 0;
    QString status = tr("Added %n photos to %1.", nullptr, added).arg(name);
    if (skipped)
        status += u' ' + tr("%n were already in the treasure log.", nullptr, int(skipped));
    status += u' ' + tr("Nothing is shown anywhere until you say who is in each photo and "
                        "what its finder agreed to.");
    m_status->setText(status);
    select(outcome.createdId);
    return added;
}

void TreasurePage::addPhotos()
{
    const QStringList files = FileDialog::getOpenFileNames(
        this, tr("Add photos to %1").arg(m_groups->currentItem()->text().section(u"  ·"_s, 0, 0)),
        tr("Photos (*.jpg *.jpeg *.png *.webp *.tif *.tiff *.JPG *.JPEG)"));
    importPhotos(files, currentGroup());
}

void TreasurePage::importFolder()
{
    const QString folder =
        FileDialog::getExistingDirectory(this, tr("Add a folder of photos (and its subfolders)"));
    if (!folder.isEmpty())
        importPhotos({folder}, currentGroup());
}

void TreasurePage::addQuote()
{
    if (!EditForm::confirmLeave(this, m_form, m_document->isReadOnly()))
        return;
    m_tiles->clearSelection();
    m_shownItem = 0;
    m_form->startNew(TreasureType::Quote, currentGroup());
}

void TreasurePage::addObservation()
{
    if (!EditForm::confirmLeave(this, m_form, m_document->isReadOnly()))
        return;
    m_tiles->clearSelection();
    m_shownItem = 0;
    m_form->startNew(TreasureType::Observation, currentGroup());
}

void TreasurePage::deleteSelected()
{
    QList<qint64> ids;
    for (const QModelIndex &index : m_tiles->selectionModel()->selectedIndexes())
        ids << index.data(TreasureListModel::ItemIdRole).toLongLong();
    if (ids.isEmpty())
        return;
    const auto answer =
        MessageBox::question(this, tr("Delete finds?"),
                             tr("Delete %n finds from the treasure log? Undo brings them back.",
                                nullptr, int(ids.size())),
                             QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    if (m_document->push(std::make_unique<RemoveTreasureItemsCommand>(m_document, ids))) {
        m_shownItem = 0;
        m_form->setItem(0);
    }
}

void TreasurePage::present()
{
    auto *window = new PresentWindow(m_document, this);
    window->showFullScreen();
    window->showSlide(0);
    window->activateWindow();
    window->setFocus();
}

qint64 TreasurePage::groupAt(const QPoint &viewportPos) const
{
    if (const QListWidgetItem *item = m_groups->itemAt(viewportPos)) {
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        return id == findingsEntry ? 0 : id;
    }
    return 0;
}

bool TreasurePage::eventFilter(QObject *watched, QEvent *event)
{
    const bool onGroups = watched == m_groups->viewport();
    const bool onTiles = watched == m_tiles->viewport();
    if ((!onGroups && !onTiles) || m_document->isReadOnly())
        return QWidget::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::DragEnter:
    case QEvent::DragMove: {
        auto *drag = static_cast<QDropEvent *>(event);
        const qint64 group = onGroups ? groupAt(drag->position().toPoint()) : currentGroup();
        if (!droppedPaths(drag->mimeData()).isEmpty() && group) {
            drag->setDropAction(Qt::CopyAction);
            drag->accept();
        } else {
            drag->ignore();
        }
        return true;
    }
    case QEvent::Drop: {
        auto *drop = static_cast<QDropEvent *>(event);
        const qint64 group = onGroups ? groupAt(drop->position().toPoint()) : currentGroup();
        const QStringList paths = droppedPaths(drop->mimeData());
        if (paths.isEmpty() || !group) {
            drop->ignore();
            return true;
        }
        drop->setDropAction(Qt::CopyAction);
        drop->accept();
        // After the drop returns to the system: the import shows a progress window.
        QTimer::singleShot(0, this, [this, paths, group] {
            showGroup(group);
            if (currentGroup() == group)
                importPhotos(paths, group);
        });
        return true;
    }
    default:
        return QWidget::eventFilter(watched, event);
    }
}

} // namespace fieldday
