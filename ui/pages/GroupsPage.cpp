#include "GroupsPage.h"

#include "EventDocument.h"
#include "GroupColumn.h"
#include "MessageBox.h"
#include "MoveToGroupDialog.h"
#include "allocation/AllocationStore.h"
#include "allocation/Waitlist.h"
#include "commands/MoveParticipantsCommand.h"

#include <QFontMetrics>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenu>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>
#include <algorithm>
#include <functional>
#include <optional>

namespace fieldday {

namespace {

// Every card has the same three lines, each cut to the column's width: the board's lists use
// uniform item sizes (thousands of cards), so a longer card would be clipped and a long
// organisation would widen its column.
constexpr int cardTextWidth = 200;

// `cut` shortens one line to the card's width.
QString cardText(const EventData &event, const Participant &p, bool pinned,
                 const std::function<QString(const QString &)> &cut)
{
    QStringList choices;
    for (qint64 c : p.choices) {
        if (const Destination *d = event.destination(c))
            choices << d->name;
    }
    QString name = p.displayName();
    if (pinned)
        name += QObject::tr("  · pinned"); // words: not every laptop has an emoji font
    if (p.needsStepFree)
        name += QObject::tr("  · step-free"); // words, as for "pinned"
    const QStringList lines = {
        name, p.organisation.isEmpty() ? QObject::tr("(no organisation)") : p.organisation,
        choices.isEmpty() ? QObject::tr("no choices")
                          : QObject::tr("Chose: %1").arg(choices.join(QStringLiteral(" › ")))};
    QStringList cutLines;
    for (const QString &line : lines)
        cutLines << cut(line);
    return cutLines.join(u'\n');
}

} // namespace

GroupsPage::GroupsPage(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_columns(new QHBoxLayout),
      m_summary(new QLabel(this)), m_allocate(new QPushButton(tr("Allocate…"), this))
{
    m_summary->setWordWrap(true); // a long sentence must not widen the window
    m_allocate->setToolTip(tr("Put everyone in a group by their ranked choices, fairly and "
                              "within capacity. You see the result before it is applied."));
    auto *top = new QHBoxLayout;
    top->addWidget(m_summary, 1);
    top->addWidget(m_allocate);

    auto *board = new QWidget;
    board->setLayout(m_columns);
    m_columns->setSpacing(10);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(board);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(scroll, 1);

    connect(m_allocate, &QPushButton::clicked, this, &GroupsPage::allocateRequested);
    connect(document, &EventDocument::changed, this, &GroupsPage::documentChanged);
}

void GroupsPage::documentChanged()
{
    m_stale = true;
    // Not in the middle of a drag: the lists on its call stack would be deleted under it.
    if (isVisible() && !GroupColumn::dragInProgress())
        rebuild();
}

void GroupsPage::dragFinished()
{
    // After the drag's own code (still running in the source list) has returned.
    QTimer::singleShot(0, this, [this] {
        if (isVisible())
            ensureBuilt();
    });
}

void GroupsPage::showEvent(QShowEvent *event)
{
    ensureBuilt();
    QWidget::showEvent(event);
}

void GroupsPage::ensureBuilt()
{
    if (m_stale)
        rebuild();
}

GroupColumn *GroupsPage::column(qint64 destinationId)
{
    ensureBuilt();
    for (GroupColumn *list : m_lists) {
        if (list->destinationId() == destinationId)
            return list;
    }
    return nullptr;
}

void GroupsPage::moveParticipant(qint64 participantId, qint64 destinationId)
{
    moveParticipants({participantId}, destinationId);
}

void GroupsPage::moveParticipants(const QList<qint64> &participantIds, qint64 destinationId)
{
    MoveToGroupDialog::move(m_document, participantIds, destinationId, this);
}

QList<qint64> GroupsPage::selectedPeople() const
{
    for (const GroupColumn *list : m_lists) {
        if (const QList<qint64> ids = list->selectedPeople(); !ids.isEmpty())
            return ids;
    }
    return {};
}

void GroupsPage::moveSelected()
{
    MoveToGroupDialog::moveSelected(m_document, selectedPeople(), this);
}

bool GroupsPage::fillFromWaitlist(qint64 destinationId)
{
    const EventData &event = m_document->data();
    const Destination *group = event.destination(destinationId);
    if (m_document->isReadOnly() || !group)
        return false;
    const Waitlist waitlist(event, AllocationStore::loadSettings(m_document->file()));
    const QList<qint64> party = waitlist.nextFor(destinationId);
    const Participant *person = party.isEmpty() ? nullptr : event.participant(party.first());
    if (!person)
        return false;
    const int rank = waitlist.rankOf(person->id, destinationId);
    const QString why = rank ? tr("their choice %1 of %2").arg(rank).arg(person->choices.size())
                             : tr("a group they did not rank");
    const QString booked =
        person->bookedAt.isValid()
            ? tr("booked %1").arg(QLocale().toString(person->bookedAt.date(), QLocale::ShortFormat))
            : tr("no booking time");
    const int free = waitlist.freePlaces(destinationId);
    const QString places = free == 1 ? tr("%1 has 1 free place.").arg(group->name)
                                     : tr("%1 has %2 free places.").arg(group->name).arg(free);
    QString offer;
    if (party.size() == 1) {
        offer = tr("Offer one to %1 (%2; %3)? They are first on the waitlist for it.")
                    .arg(person->displayName(), booked, why);
    } else {
        QStringList names;
        for (qint64 id : party)
            names.append(event.participant(id)->displayName());
        offer = tr("Offer %1 of them to %2, who are kept together (%3 %4; %5)? They are first "
                   "on the waitlist for it.")
                    .arg(party.size())
                    .arg(QLocale().createSeparatedList(names), person->givenName, booked, why);
    }
    if (!MessageBox::confirm(this, tr("Fill from the waitlist"), places + u' ' + offer,
                             party.size() == 1 ? tr("Place %1").arg(person->givenName)
                                               : tr("Place them")))
        return false;
    return bool(m_document->push(std::make_unique<MoveParticipantsCommand>(
        m_document, party, destinationId, true,
        party.size() == 1 ? tr("Place %1 from the waitlist").arg(person->displayName())
                          : tr("Place %1 people from the waitlist").arg(party.size()))));
}

void GroupsPage::rebuild()
{
    m_stale = false;
    const EventData &event = m_document->data();
    while (QLayoutItem *item = m_columns->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_lists.clear();
    m_fillButtons.clear();
    // Before anyone has a group, Allocate… is the way; afterwards free places are filled one at
    // a time, so nobody already placed is moved. Only then is the waitlist worth working out:
    // this runs after every change.
    std::optional<Waitlist> waitlist;
    if (!m_document->isReadOnly() && !event.assignments.isEmpty())
        waitlist.emplace(event, AllocationStore::loadSettings(m_document->file()));

    // Organisations and choices repeat across thousands of cards: each is measured once.
    const QFontMetrics metrics(font());
    QHash<QString, QString> cutLines;
    const auto cut = [&metrics, &cutLines](const QString &line) {
        auto it = cutLines.constFind(line);
        if (it == cutLines.cend())
            it = cutLines.insert(line, metrics.elidedText(line, Qt::ElideRight, cardTextWidth));
        return *it;
    };
    QList<std::pair<qint64, QString>> columns{{0, tr("No group")}};
    for (const Destination &d : event.destinations)
        columns.append({d.id, d.name});
    QHash<qint64, QList<const Participant *>> people;
    for (const Participant &p : event.participants) {
        if (p.status == ParticipantStatus::Booked || p.status == ParticipantStatus::Attended)
            people[event.destinationOf(p.id)].append(&p);
    }
    for (const auto &[id, name] : columns) {
        const Destination *d = event.destination(id);
        auto *box = new QFrame;
        box->setMinimumWidth(240);
        box->setMaximumWidth(340);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->setContentsMargins(0, 0, 0, 0);
        const qsizetype count = people.value(id).size();
        auto *header = new QLabel;
        const QString colour = d && !d->colour.isEmpty() ? d->colour : QStringLiteral("#888888");
        header->setText(
            d ? tr("<b>%1</b><br>%2 of %3–%4")
                    .arg(name.toHtmlEscaped())
                    .arg(count)
                    .arg(d->minSize)
                    .arg(d->maxSize)
              : tr("<b>%1</b><br>%n people", nullptr, int(count)).arg(name.toHtmlEscaped()));
        const bool over = d && count > d->maxSize;
        header->setStyleSheet(
            QStringLiteral("QLabel { border-top: 5px solid %1; padding: 6px; "
                           "background: palette(base); %2 }")
                .arg(colour, over ? QStringLiteral("color: #b00020;") : QString()));
        auto *list = new GroupColumn(id, box);
        list->setAccessibleName(tr("Group %1").arg(name));
        for (const Participant *p : people.value(id)) {
            const Assignment *a = event.assignmentOf(p->id);
            auto *item = new QListWidgetItem(cardText(event, *p, a && a->pinned, cut), list);
            item->setData(GroupColumn::ParticipantIdRole, p->id);
            // In full, where a line is cut short.
            item->setToolTip(p->displayName() + u'\n' + p->organisation + u'\n' + p->email);
        }
        list->setEnabled(!m_document->isReadOnly());
        connect(list, &GroupColumn::participantsDropped, this, &GroupsPage::moveParticipants);
        // A selection is in one column at a time: Move to group… acts on what is seen selected.
        connect(list, &QListWidget::itemSelectionChanged, this, [this, list] {
            if (list->selectedItems().isEmpty())
                return;
            for (GroupColumn *other : std::as_const(m_lists)) {
                if (other != list)
                    other->clearSelection();
            }
        });
        connect(list, &QWidget::customContextMenuRequested, this, [this, list](const QPoint &at) {
            if (list->selectedItems().isEmpty())
                return;
            QMenu menu(this);
            menu.addAction(tr("&Move to group…"), this, &GroupsPage::moveSelected);
            menu.exec(list->viewport()->mapToGlobal(at));
        });
        connect(list, &GroupColumn::dragFinished, this, &GroupsPage::dragFinished);
        boxLayout->addWidget(header);
        boxLayout->addWidget(list, 1);
        if (d && waitlist && !waitlist->nextFor(id).isEmpty()) {
            auto *fill = new QPushButton(tr("Fill a place from the waitlist"), box);
            fill->setToolTip(tr("%1 has room: offer a place to the first person without a "
                                "group who chose it")
                                 .arg(name));
            connect(fill, &QPushButton::clicked, this, [this, id] { fillFromWaitlist(id); });
            boxLayout->addWidget(fill);
            m_fillButtons.insert(id, fill);
        }
        m_columns->addWidget(box);
        box->show(); // at once, not after the next event loop turn
        m_lists.append(list);
    }
    m_columns->addStretch();
    const qsizetype unplaced = people.value(0).size();
    const bool readOnly = m_document->isReadOnly();
    m_allocate->setEnabled(!readOnly && !event.destinations.isEmpty());
    QString summary =
        event.destinations.isEmpty()
            ? tr("Add destinations in the day plan first; each becomes a group.")
        : readOnly ? tr("Read-only: the groups as they are; nobody can be moved here.")
        : unplaced ? tr("%n booked people have no group yet. Drag people to move them (a move by "
                        "hand is pinned), or allocate everyone.",
                        nullptr, int(unplaced))
                   : tr("Everyone booked has a group. Drag people to move them; a move by hand "
                        "is pinned.");
    // Waitlisted people (no ticket yet) are not on the board: say where they are.
    const auto waitlisted = std::count_if(
        event.participants.cbegin(), event.participants.cend(),
        [](const Participant &p) { return p.status == ParticipantStatus::Waitlisted; });
    if (waitlisted && !event.destinations.isEmpty())
        summary += u' ' + tr("%n waitlisted without a ticket: book them on the Participants page "
                             "to give them a place.",
                             nullptr, int(waitlisted));
    m_summary->setText(summary);
}

} // namespace fieldday
