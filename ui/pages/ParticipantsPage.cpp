#include "ParticipantsPage.h"

#include "Clock.h"
#include "EventDocument.h"
#include "MoveToGroupDialog.h"
#include "ParticipantForm.h"
#include "commands/AddParticipantCommand.h"
#include "commands/EditParticipantCommand.h"
#include "models/ParticipantFilterModel.h"
#include "models/ParticipantTableModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fieldday {

ParticipantsPage::ParticipantsPage(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_model(new ParticipantTableModel(document, this)),
      m_filter(new ParticipantFilterModel(this)), m_search(new QLineEdit(this)),
      m_status(new QComboBox(this)), m_group(new QComboBox(this)), m_sector(new QComboBox(this)),
      m_body(new QStackedWidget(this)), m_view(new QTableView(this)),
      m_form(new ParticipantForm(document, this)), m_count(new QLabel(this)),
      m_cancel(new QPushButton(tr("Cance&l booking"), this)),
      m_waitlist(new QPushButton(tr("&Waitlist"), this)),
      m_checkIn(new QPushButton(tr("Chec&k in"), this)), m_add(new QPushButton(tr("&Add…"), this))
{
    m_filter->setSourceModel(m_model);
    m_search->setPlaceholderText(tr("Search name, organisation or e-mail"));
    m_search->setClearButtonEnabled(true);
    m_search->setAccessibleName(tr("Search participants"));
    m_status->setAccessibleName(tr("Filter by status"));
    m_group->setAccessibleName(tr("Filter by group"));
    m_sector->setAccessibleName(tr("Filter by sector"));
    m_import = new QPushButton(tr("I&mport…"), this);

    auto *filters = new QHBoxLayout;
    filters->addWidget(m_search, 3);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_group, 1);
    filters->addWidget(m_sector, 1);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_add);
    actions->addWidget(m_import);
    actions->addSpacing(16);
    actions->addWidget(m_checkIn);
    actions->addWidget(m_waitlist);
    actions->addWidget(m_cancel);
    actions->addStretch();
    actions->addWidget(m_count);

    m_view->setModel(m_filter);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ParticipantTableModel::Name, Qt::AscendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrows move inside it
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setAccessibleName(tr("Participants"));
    m_view->setColumnWidth(ParticipantTableModel::Name, 190);
    m_view->setColumnWidth(ParticipantTableModel::Organisation, 200);
    m_view->setColumnWidth(ParticipantTableModel::Status, 90);
    m_view->setColumnWidth(ParticipantTableModel::Email, 200);
    m_view->setColumnWidth(ParticipantTableModel::Group, 130);
    showColumns(ParticipantsPage::hiddenColumns());

    auto *empty = new QLabel(tr("<h3>No participants yet</h3><p>Import a booking export from "
                                "Eventbrite or a spreadsheet (<b>Import…</b>), or add people one "
                                "by one (<b>Add…</b>).</p>"),
                             this);
    empty->setAlignment(Qt::AlignCenter);
    empty->setWordWrap(true);
    m_body->addWidget(m_view);
    m_body->addWidget(empty);

    // The form scrolls its own fields, keeping Apply and Revert in view on a small screen.
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_body);
    splitter->addWidget(m_form);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_form->setMinimumWidth(320);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addLayout(actions);
    layout->addWidget(splitter, 1);

    connect(m_search, &QLineEdit::textChanged, m_filter, &ParticipantFilterModel::setSearchText);
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant value = m_status->currentData();
        m_filter->setStatus(value.isValid()
                                ? std::optional<ParticipantStatus>(ParticipantStatus(value.toInt()))
                                : std::nullopt);
    });
    connect(m_group, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setDestination(m_group->currentData().toLongLong()); });
    connect(m_sector, &QComboBox::currentIndexChanged, this,
            [this] { m_filter->setSector(m_sector->currentData().toString()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ParticipantsPage::currentChanged);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &ParticipantsPage::updateActions);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &ParticipantsPage::updateActions);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &ParticipantsPage::updateActions);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &ParticipantsPage::updateActions);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ParticipantsPage::showMenu);
    connect(m_view->horizontalHeader(), &QWidget::customContextMenuRequested, this,
            &ParticipantsPage::showColumnMenu);
    connect(m_add, &QPushButton::clicked, this, &ParticipantsPage::addParticipant);
    connect(m_import, &QPushButton::clicked, this, &ParticipantsPage::importRequested);
    connect(m_cancel, &QPushButton::clicked, this, &ParticipantsPage::cancelSelected);
    connect(m_waitlist, &QPushButton::clicked, this, &ParticipantsPage::waitlistSelected);
    connect(m_checkIn, &QPushButton::clicked, this, &ParticipantsPage::checkInSelected);
    connect(document, &EventDocument::changed, this, [this](const DocumentChange &change) {
        if (change.scope == DocumentChange::Scope::Treasure)
            return; // nothing this page shows
        if (change.scope == DocumentChange::Scope::People)
            updateActions(); // the filters' lists (groups, sectors) are as they were
        else
            refreshFilters();
    });
    // An edit reloads the table; the person being edited stays selected.
    connect(m_model, &QAbstractItemModel::modelAboutToBeReset, this,
            [this] { m_keepSelected = selectedId(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_keepSelected)
            select(m_keepSelected);
    });

    setTabOrder(m_search, m_status);
    setTabOrder(m_status, m_group);
    setTabOrder(m_group, m_sector);
    setTabOrder(m_sector, m_view);
    setTabOrder(m_view, m_form->firstField());
    // Enter in the search goes to the table, on the first person found.
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_filter->rowCount() == 0)
            return;
        if (!m_view->selectionModel()->currentIndex().isValid() ||
            !m_view->selectionModel()->isSelected(m_view->selectionModel()->currentIndex()))
            m_view->selectionModel()->setCurrentIndex(m_filter->index(0, 0),
                                                      QItemSelectionModel::ClearAndSelect |
                                                          QItemSelectionModel::Rows);
        m_view->setFocus(Qt::TabFocusReason);
    });
    refreshFilters();
}

void ParticipantsPage::refreshFilters()
{
    const EventData &event = m_document->data();
    const QVariant status = m_status->currentData();
    const QVariant group = m_group->currentData();
    const QVariant sector = m_sector->currentData();
    const QSignalBlocker b1(m_status), b2(m_group), b3(m_sector);
    m_status->clear();
    m_status->addItem(tr("Any status"));
    const QStringList statusNames = {tr("Booked"), tr("Waitlisted"), tr("Cancelled"),
                                     tr("Attended"), tr("No-show")};
    for (ParticipantStatus s : allParticipantStatuses())
        m_status->addItem(statusNames.value(int(s)), int(s));
    m_group->clear();
    m_group->addItem(tr("Any group"), qint64(-1));
    m_group->addItem(tr("No group"), qint64(0));
    for (const Destination &d : event.destinations)
        m_group->addItem(d.name, d.id);
    m_sector->clear();
    m_sector->addItem(tr("Any sector"), QString());
    for (const QString &s : event.sectors)
        m_sector->addItem(s, s);
    m_status->setCurrentIndex(qMax(0, m_status->findData(status)));
    m_group->setCurrentIndex(qMax(0, m_group->findData(group)));
    m_sector->setCurrentIndex(qMax(0, m_sector->findData(sector)));
    updateActions();
}

namespace {
// The columns by a name that stays when their order changes, for the settings.
constexpr std::pair<int, const char *> columnKeys[] = {
    {ParticipantTableModel::Name, "name"},
    {ParticipantTableModel::Group, "group"},
    {ParticipantTableModel::Status, "status"},
    {ParticipantTableModel::Organisation, "organisation"},
    {ParticipantTableModel::Sector, "sector"},
    {ParticipantTableModel::Needs, "needs"},
    {ParticipantTableModel::Choices, "choices"},
    {ParticipantTableModel::Email, "email"},
};
const QString hiddenColumnsKey = QStringLiteral("participants/hiddenColumns");
} // namespace

QList<int> ParticipantsPage::hiddenColumns()
{
    // By default what fits 1280 pixels beside the form: e-mail and choices are a click away.
    const QStringList keys =
        QSettings().value(hiddenColumnsKey, QStringList{u"choices"_s, u"email"_s}).toStringList();
    QList<int> hidden;
    for (const auto &[column, key] : columnKeys) {
        if (column != ParticipantTableModel::Name && keys.contains(QLatin1String(key)))
            hidden << column;
    }
    return hidden;
}

void ParticipantsPage::showColumns(const QList<int> &hidden)
{
    for (int column = 0; column < ParticipantTableModel::ColumnCount; ++column)
        m_view->setColumnHidden(column, hidden.contains(column));
}

void ParticipantsPage::setColumnShown(int column, bool shown)
{
    QList<int> hidden = hiddenColumns();
    hidden.removeAll(column);
    if (!shown && column != ParticipantTableModel::Name)
        hidden << column;
    QStringList keys;
    for (const auto &[c, key] : columnKeys) {
        if (hidden.contains(c))
            keys << QLatin1String(key);
    }
    QSettings().setValue(hiddenColumnsKey, keys);
    showColumns(hidden);
}

void ParticipantsPage::showColumnMenu(const QPoint &at)
{
    QMenu menu(this);
    menu.addSection(tr("Columns"));
    for (int column = 0; column < ParticipantTableModel::ColumnCount; ++column) {
        QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
        action->setCheckable(true);
        action->setChecked(!m_view->isColumnHidden(column));
        action->setEnabled(column != ParticipantTableModel::Name); // who it is always shows
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { setColumnShown(column, shown); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(at));
}

void ParticipantsPage::showMenu(const QPoint &at)
{
    if (selectedPeople().isEmpty())
        return;
    QMenu menu(this);
    const bool writable = !m_document->isReadOnly();
    menu.addAction(tr("&Move to group…"), this, &ParticipantsPage::moveSelected)
        ->setEnabled(writable);
    menu.addSeparator();
    for (QPushButton *button : {m_checkIn, m_waitlist, m_cancel}) {
        menu.addAction(button->text(), button, &QPushButton::click)
            ->setEnabled(button->isEnabled());
    }
    menu.exec(m_view->viewport()->mapToGlobal(at));
}

QList<qint64> ParticipantsPage::selectedPeople() const
{
    QList<qint64> ids;
    for (const QModelIndex &row : m_view->selectionModel()->selectedRows())
        ids << row.data(ParticipantTableModel::IdRole).toLongLong();
    if (ids.isEmpty() && selectedId())
        ids << selectedId();
    return ids;
}

void ParticipantsPage::moveSelected()
{
    MoveToGroupDialog::moveSelected(m_document, selectedPeople(), this);
}

void ParticipantsPage::updateActions()
{
    const EventData &event = m_document->data();
    const Participant *p = event.participant(selectedId());
    const bool writable = !m_document->isReadOnly();
    m_cancel->setEnabled(writable && p && p->status != ParticipantStatus::Cancelled);
    m_waitlist->setEnabled(writable && p && p->status != ParticipantStatus::Waitlisted);
    m_checkIn->setEnabled(writable && p && p->status != ParticipantStatus::Attended);
    m_add->setEnabled(writable);
    m_import->setEnabled(writable);
    m_body->setCurrentIndex(event.participants.isEmpty() ? 1 : 0);
    m_count->setText(
        tr("%1 of %n people", nullptr, int(event.participants.size())).arg(m_filter->rowCount()));
}

EditForm *ParticipantsPage::activeForm() const
{
    return m_form;
}

void ParticipantsPage::currentChanged()
{
    if (m_leaving)
        return; // the table moving while Apply writes: the question is already being answered
    const qint64 id = selectedId();
    if (id != m_form->participantId() && m_form->hasChanges()) {
        // What was typed is not dropped: a person filtered out of view stays in the form, and
        // choosing another person asks first.
        if (!id) {
            updateActions();
            return;
        }
        const QScopedValueRollback<bool> leaving(m_leaving, true);
        if (!EditForm::confirmLeave(this, m_form, m_document->isReadOnly())) {
            // Back to the person being edited, once the click that chose another is over.
            QTimer::singleShot(0, this, [this] { select(m_form->participantId()); });
            return;
        }
    }
    if (id != m_form->participantId())
        m_form->setParticipant(id);
    if (selectedId() != id)
        select(id); // applying refreshed the table under the click
    updateActions();
}

qint64 ParticipantsPage::selectedId() const
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ParticipantTableModel::IdRole).toLongLong() : 0;
}

void ParticipantsPage::select(qint64 participantId)
{
    const auto indexOf = [this, participantId] {
        const int row = m_model->rowOf(participantId);
        return row < 0 ? QModelIndex() : m_filter->mapFromSource(m_model->index(row, 0));
    };
    const QModelIndex index = indexOf();
    if (!index.isValid())
        return;
    m_view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect |
                                                         QItemSelectionModel::Rows);
    // Choosing may have applied a form, and the table moved: find the row again.
    if (const QModelIndex now = indexOf(); now.isValid())
        m_view->scrollTo(now);
}

void ParticipantsPage::addParticipant()
{
    Participant p;
    p.givenName = tr("New");
    p.familyName = tr("Participant");
    p.bookingSource = tr("Added by hand");
    p.bookedAt = Clock::currentDateTime();
    if (const EventDocument::Outcome added =
            m_document->push(std::make_unique<AddParticipantCommand>(m_document, p))) {
        select(added.createdId);
        m_form->setFocus();
    }
}

namespace {
void changeStatus(EventDocument *document, qint64 id, ParticipantStatus status, const QString &text,
                  const QDateTime &checkedInAt = {})
{
    const Participant *p = document->data().participant(id);
    if (!p)
        return;
    Participant after = *p;
    after.status = status;
    after.checkedInAt = checkedInAt;
    document->push(
        std::make_unique<EditParticipantCommand>(document, *p, after, text.arg(p->displayName())));
}
} // namespace

void ParticipantsPage::cancelSelected()
{
    changeStatus(m_document, selectedId(), ParticipantStatus::Cancelled, tr("Cancel %1"));
}

void ParticipantsPage::waitlistSelected()
{
    changeStatus(m_document, selectedId(), ParticipantStatus::Waitlisted, tr("Waitlist %1"));
}

void ParticipantsPage::checkInSelected()
{
    changeStatus(m_document, selectedId(), ParticipantStatus::Attended, tr("Check in %1"),
                 Clock::currentDateTime());
}

} // namespace fieldday
