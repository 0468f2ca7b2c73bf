#include "DestinationEditor.h"

#include "CellNames.h"
#include "EventDocument.h"
#include "MessageBox.h"
#include "PlanLabels.h"
#include "TimeField.h"
#include "commands/RemoveFromPlanCommand.h"
#include "commands/SaveDestinationCommand.h"
#include "storage/Error.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fieldday {

namespace {

enum LegColumn
{
    Direction,
    Mode,
    From,
    To,
    Departs,
    Arrives,
    Seats,
    Operator,
    BookingRef,
    StepFreeColumn,
    LeadPhone,
    LegColumns
};

QTimeEdit *timeEdit(const QTime &time)
{
    return new TimeField(time.isValid() ? time : QTime(0, 0));
}

} // namespace

DestinationEditor::DestinationEditor(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)),
      m_name(new QLineEdit(this)), m_host(new QLineEdit(this)), m_contactName(new QLineEdit(this)),
      m_contactEmail(new QLineEdit(this)), m_contactPhone(new QLineEdit(this)),
      m_place(new QComboBox(this)), m_activity(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_min(new QSpinBox(this)), m_max(new QSpinBox(this)),
      m_visitStart(timeEdit({})), m_visitEnd(timeEdit({})), m_colour(new QLineEdit(this)),
      m_leads(new QTableWidget(0, 3, this)), m_legs(new QTableWidget(0, LegColumns, this)),
      m_problem(new QLabel(this)), m_apply(new QPushButton(tr("Apply"), this)),
      m_remove(new QPushButton(tr("Delete destination…"), this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.3);
    m_heading->setFont(headingFont);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_description->setMaximumHeight(70);
    m_min->setRange(0, 100000);
    m_max->setRange(0, 100000);
    m_colour->setPlaceholderText(tr("e.g. #0072b2; empty for grey"));
    // Controls that share a form row have no label of their own to be read out.
    m_visitStart->setAccessibleName(tr("Visit starts"));
    m_visitEnd->setAccessibleName(tr("Visit ends"));
    m_min->setAccessibleName(tr("Smallest group size"));
    m_max->setAccessibleName(tr("Largest group size"));
    m_leads->setAccessibleName(tr("Group leads"));
    m_legs->setAccessibleName(tr("Travel out and back"));

    auto *host = new QFormLayout;
    host->addRow(tr("Group name:"), m_name);
    host->addRow(tr("Host organisation:"), m_host);
    host->addRow(tr("Host contact:"), m_contactName);
    host->addRow(tr("Contact e-mail:"), m_contactEmail);
    host->addRow(tr("Contact phone:"), m_contactPhone);
    host->addRow(tr("Colour:"), m_colour);
    auto *visit = new QFormLayout;
    visit->addRow(tr("Place:"), m_place);
    visit->addRow(tr("Activity:"), m_activity);
    auto *times = new QHBoxLayout;
    times->addWidget(m_visitStart);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_visitEnd);
    times->addStretch();
    visit->addRow(tr("Visit:"), times);
    auto *sizes = new QHBoxLayout;
    sizes->addWidget(new QLabel(tr("at least"), this));
    sizes->addWidget(m_min);
    sizes->addWidget(new QLabel(tr("at most"), this));
    sizes->addWidget(m_max);
    sizes->addStretch();
    visit->addRow(tr("Group size:"), sizes);
    visit->addRow(tr("Description:"), m_description);
    auto *columns = new QHBoxLayout;
    columns->addLayout(host, 1);
    columns->addSpacing(16);
    columns->addLayout(visit, 1);

    m_leads->setHorizontalHeaderLabels({tr("Lead"), tr("Phone"), tr("E-mail")});
    m_leads->horizontalHeader()->setStretchLastSection(true);
    m_leads->verticalHeader()->hide();
    m_leads->setMaximumHeight(110);
    auto *addLead = new QPushButton(tr("Add lead"), this);
    auto *removeLead = new QPushButton(tr("Remove lead"), this);
    auto *leadButtons = new QHBoxLayout;
    leadButtons->addWidget(addLead);
    leadButtons->addWidget(removeLead);
    leadButtons->addStretch();
    auto *leadsBox = new QGroupBox(tr("Group leads"), this);
    auto *leadsLayout = new QVBoxLayout(leadsBox);
    leadsLayout->addWidget(m_leads);
    leadsLayout->addLayout(leadButtons);

    m_legs->setHorizontalHeaderLabels({tr("Direction"), tr("Mode"), tr("From"), tr("To"),
                                       tr("Departs"), tr("Arrives"), tr("Seats"), tr("Operator"),
                                       tr("Booking ref"), tr("Step-free"), tr("Lead's phone")});
    m_legs->verticalHeader()->hide();
    m_legs->horizontalHeader()->setStretchLastSection(true);
    m_legs->setAccessibleName(tr("Transport legs"));
    auto *addLegButton = new QPushButton(tr("Add leg"), this);
    auto *removeLegButton = new QPushButton(tr("Remove leg"), this);
    auto *legButtons = new QHBoxLayout;
    legButtons->addWidget(addLegButton);
    legButtons->addWidget(removeLegButton);
    legButtons->addWidget(new QLabel(tr("Legs run in table order within each direction. Seats 0: "
                                        "unreserved (public transport, walking)."),
                                     this));
    legButtons->addStretch();
    auto *legsBox = new QGroupBox(tr("Travel out and back"), this);
    auto *legsLayout = new QVBoxLayout(legsBox);
    legsLayout->addWidget(m_legs);
    legsLayout->addLayout(legButtons);

    auto *revertButton = new QPushButton(tr("Revert"), this);
    m_remove->setToolTip(tr("Delete this destination, its legs, and people's choices of it and "
                            "places in its group (Edit ▸ Undo brings them back)"));
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_remove);
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(revertButton);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(columns);
    layout->addWidget(leadsBox);
    layout->addWidget(legsBox, 1);
    layout->addLayout(buttons);

    for (QLineEdit *edit :
         {m_name, m_host, m_contactName, m_contactEmail, m_contactPhone, m_activity, m_colour})
        connect(edit, &QLineEdit::textEdited, this, &DestinationEditor::updateState);
    connect(m_min, &QSpinBox::valueChanged, this, &DestinationEditor::updateState);
    connect(m_max, &QSpinBox::valueChanged, this, &DestinationEditor::updateState);
    connect(m_visitStart, &QTimeEdit::timeChanged, this, &DestinationEditor::updateState);
    connect(m_visitEnd, &QTimeEdit::timeChanged, this, &DestinationEditor::updateState);
    connect(addLead, &QPushButton::clicked, this,
            [this] { m_leads->insertRow(m_leads->rowCount()); });
    connect(removeLead, &QPushButton::clicked, this, [this] {
        if (m_leads->currentRow() >= 0)
            m_leads->removeRow(m_leads->currentRow());
    });
    connect(addLegButton, &QPushButton::clicked, this, &DestinationEditor::addLeg);
    connect(removeLegButton, &QPushButton::clicked, this, &DestinationEditor::removeLeg);
    connect(m_apply, &QPushButton::clicked, this, &DestinationEditor::apply);
    connect(document, &EventDocument::changed, this, [this] {
        // An undo, or a change made elsewhere (a drag on the board, an import): the fields
        // follow it, unless they hold changes not applied yet, which are kept.
        const bool gone = m_id && !m_document->data().destination(m_id);
        if (!m_applying && (gone || !hasChanges()))
            setDestination(m_id);
    });
    connect(revertButton, &QPushButton::clicked, this, &DestinationEditor::revert);
    connect(m_remove, &QPushButton::clicked, this, &DestinationEditor::removeDestination);
}

void DestinationEditor::fillPlaces(QComboBox *combo, qint64 selected) const
{
    combo->clear();
    combo->addItem(tr("(not set)"), qint64(0));
    for (const Place &p : m_document->data().places)
        combo->addItem(p.name, p.id);
    combo->setCurrentIndex(qMax(0, combo->findData(selected)));
}

void DestinationEditor::setDestination(qint64 id)
{
    m_id = m_document->data().destination(id) ? id : 0;
    revert();
}

void DestinationEditor::revert()
{
    const EventData &event = m_document->data();
    const Destination *existing = event.destination(m_id);
    Destination d = existing ? *existing : Destination();
    if (!existing) {
        // A name not taken yet: "New group", then "New group 2", …
        d.name = tr("New group");
        for (int n = 2; event.destinationByName(d.name); ++n)
            d.name = tr("New group %1").arg(n);
        d.visitStart = QTime(11, 0);
        d.visitEnd = QTime(13, 30);
        d.maxSize = 15;
    }
    m_heading->setText(existing ? d.name : tr("A new destination"));
    m_name->setText(d.name);
    m_host->setText(d.hostOrganisation);
    m_contactName->setText(d.hostContactName);
    m_contactEmail->setText(d.hostContactEmail);
    m_contactPhone->setText(d.hostContactPhone);
    fillPlaces(m_place, d.placeId);
    m_activity->setText(d.activity);
    m_description->setPlainText(d.description);
    m_min->setValue(d.minSize);
    m_max->setValue(d.maxSize);
    m_visitStart->setTime(d.visitStart.isValid() ? d.visitStart : QTime(0, 0));
    m_visitEnd->setTime(d.visitEnd.isValid() ? d.visitEnd : QTime(0, 0));
    m_colour->setText(d.colour);
    m_leads->setRowCount(0);
    for (const GroupLead &lead : d.leads) {
        const int row = m_leads->rowCount();
        m_leads->insertRow(row);
        m_leads->setItem(row, 0, new QTableWidgetItem(lead.name));
        m_leads->setItem(row, 1, new QTableWidgetItem(lead.phone));
        m_leads->setItem(row, 2, new QTableWidgetItem(lead.email));
    }
    m_legs->setRowCount(0);
    if (existing) {
        for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
            for (const TransportLeg *leg : event.legsOf(m_id, direction))
                addLegRow(*leg);
        }
    }
    m_legs->resizeColumnsToContents();
    setEnabled(!m_document->isReadOnly());
    m_remove->setVisible(existing != nullptr);
    updateState();
    m_snapshot = EditorSnapshot::of(this);
}

void DestinationEditor::addLegRow(const TransportLeg &leg)
{
    const int row = m_legs->rowCount();
    m_legs->insertRow(row);
    auto *direction = new QComboBox;
    direction->addItem(tr("Out"), int(LegDirection::Out));
    direction->addItem(tr("Back"), int(LegDirection::Back));
    direction->setCurrentIndex(leg.direction == LegDirection::Out ? 0 : 1);
    auto *mode = new QComboBox;
    for (TransportMode m : allTransportModes())
        mode->addItem(PlanLabels::transportMode(m), int(m));
    mode->setCurrentIndex(mode->findData(int(leg.mode)));
    auto *from = new QComboBox;
    fillPlaces(from, leg.fromPlaceId);
    auto *to = new QComboBox;
    fillPlaces(to, leg.toPlaceId);
    auto *seats = new QSpinBox;
    seats->setRange(0, 10000);
    seats->setSpecialValueText(tr("unreserved"));
    seats->setValue(leg.seats.value_or(0));
    auto *stepFree = new QComboBox;
    for (StepFree s : {StepFree::Unknown, StepFree::Yes, StepFree::No})
        stepFree->addItem(PlanLabels::stepFree(s), int(s));
    stepFree->setCurrentIndex(stepFree->findData(int(leg.stepFree)));
    m_legs->setCellWidget(row, Direction, direction);
    m_legs->setCellWidget(row, Mode, mode);
    m_legs->setCellWidget(row, From, from);
    m_legs->setCellWidget(row, To, to);
    m_legs->setCellWidget(row, Departs, timeEdit(leg.departs));
    m_legs->setCellWidget(row, Arrives, timeEdit(leg.arrives));
    m_legs->setCellWidget(row, Seats, seats);
    m_legs->setItem(row, Operator, new QTableWidgetItem(leg.operatorName));
    m_legs->setItem(row, BookingRef, new QTableWidgetItem(leg.bookingRef));
    m_legs->setCellWidget(row, StepFreeColumn, stepFree);
    m_legs->setItem(row, LeadPhone, new QTableWidgetItem(leg.leadPhone));
    // The leg's id rides on the operator cell, so edits and removals find the stored leg.
    m_legs->item(row, Operator)->setData(Qt::UserRole, leg.id);
    nameLegCells();
}

void DestinationEditor::nameLegCells()
{
    nameCellWidgets(m_legs, tr("Leg %1"));
}

void DestinationEditor::addLeg()
{
    TransportLeg leg;
    const EventData &event = m_document->data();
    leg.fromPlaceId = event.details.hubPlaceId;
    if (const Destination *d = event.destination(m_id))
        leg.toPlaceId = d->placeId;
    leg.departs = QTime(10, 30);
    leg.arrives = QTime(11, 0);
    addLegRow(leg);
    updateState();
}

void DestinationEditor::removeLeg()
{
    if (m_legs->currentRow() >= 0)
        m_legs->removeRow(m_legs->currentRow());
    nameLegCells();
    updateState();
}

Destination DestinationEditor::edited() const
{
    const Destination *existing = m_document->data().destination(m_id);
    Destination d = existing ? *existing : Destination();
    if (!existing)
        d.position = int(m_document->data().destinations.size());
    d.name = m_name->text().trimmed();
    d.hostOrganisation = m_host->text().trimmed();
    d.hostContactName = m_contactName->text().trimmed();
    d.hostContactEmail = m_contactEmail->text().trimmed();
    d.hostContactPhone = m_contactPhone->text().trimmed();
    d.placeId = m_place->currentData().toLongLong();
    d.activity = m_activity->text().trimmed();
    d.description = m_description->toPlainText().trimmed();
    d.minSize = m_min->value();
    d.maxSize = m_max->value();
    d.visitStart = m_visitStart->time();
    d.visitEnd = m_visitEnd->time();
    d.colour = m_colour->text().trimmed();
    d.leads.clear();
    for (int row = 0; row < m_leads->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_leads->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (!text(0).isEmpty() || !text(1).isEmpty())
            d.leads.append(GroupLead{0, text(0), text(1), text(2)});
    }
    return d;
}

QList<TransportLeg> DestinationEditor::editedLegs() const
{
    QList<TransportLeg> legs;
    QHash<int, int> positions;
    for (int row = 0; row < m_legs->rowCount(); ++row) {
        TransportLeg leg;
        leg.id = m_legs->item(row, Operator)->data(Qt::UserRole).toLongLong();
        leg.destinationId = m_id;
        leg.direction = LegDirection(
            qobject_cast<QComboBox *>(m_legs->cellWidget(row, Direction))->currentData().toInt());
        leg.position = positions[int(leg.direction)]++;
        leg.mode = TransportMode(
            qobject_cast<QComboBox *>(m_legs->cellWidget(row, Mode))->currentData().toInt());
        leg.fromPlaceId =
            qobject_cast<QComboBox *>(m_legs->cellWidget(row, From))->currentData().toLongLong();
        leg.toPlaceId =
            qobject_cast<QComboBox *>(m_legs->cellWidget(row, To))->currentData().toLongLong();
        leg.departs = qobject_cast<QTimeEdit *>(m_legs->cellWidget(row, Departs))->time();
        leg.arrives = qobject_cast<QTimeEdit *>(m_legs->cellWidget(row, Arrives))->time();
        const int seats = qobject_cast<QSpinBox *>(m_legs->cellWidget(row, Seats))->value();
        if (seats > 0)
            leg.seats = seats;
        leg.operatorName = m_legs->item(row, Operator)->text().trimmed();
        leg.bookingRef = m_legs->item(row, BookingRef)->text().trimmed();
        leg.stepFree = StepFree(qobject_cast<QComboBox *>(m_legs->cellWidget(row, StepFreeColumn))
                                    ->currentData()
                                    .toInt());
        leg.leadPhone = m_legs->item(row, LeadPhone)->text().trimmed();
        legs.append(leg);
    }
    return legs;
}

void DestinationEditor::updateState()
{
    const QString problem =
        SaveDestinationCommand::problemWith(m_document->data(), edited(), editedLegs());
    m_problem->setText(problem);
    m_apply->setEnabled(problem.isEmpty() && !m_document->isReadOnly());
}

bool DestinationEditor::apply()
{
    updateState();
    if (!m_apply->isEnabled())
        return false;
    const bool existing = m_document->data().destination(m_id) != nullptr;
    if (existing && !hasChanges())
        return true; // nothing to apply: no empty undo step
    const QScopedValueRollback<bool> applying(m_applying, true);
    const EventDocument::Outcome outcome = m_document->push(
        std::make_unique<SaveDestinationCommand>(m_document, edited(), editedLegs()));
    if (!outcome)
        return false; // reported; what was typed stays
    if (!existing)
        m_id = outcome.createdId;
    setDestination(m_id);
    emit applied(m_id);
    return true;
}

void DestinationEditor::removeDestination()
{
    const EventData &event = m_document->data();
    const Destination *d = event.destination(m_id);
    if (!d)
        return;
    const auto choosers =
        std::count_if(event.participants.cbegin(), event.participants.cend(),
                      [this](const Participant &p) { return p.choices.contains(m_id); });
    const qsizetype members = event.members(m_id).size();
    const QString choices = choosers == 1
                                ? tr("1 person loses it from their choices")
                                : tr("%1 people lose it from their choices").arg(choosers);
    const QString places = members == 1
                               ? tr("1 person loses their place in its group")
                               : tr("%1 people lose their place in its group").arg(members);
    const QString text = tr("Delete %1? Its transport legs go with it, %2, and %3.\n\n"
                            "Edit ▸ Undo puts everything back.")
                             .arg(d->name, choices, places);
    if (!MessageBox::confirm(this, tr("Delete destination"), text, tr("Delete %1").arg(d->name)))
        return;
    const qint64 removed = m_id;
    m_id = 0;
    if (!m_document->push(std::make_unique<RemoveFromPlanCommand>(
            m_document, RemoveFromPlanCommand::Kind::Destination, removed)))
        m_id = removed; // still there
}

bool DestinationEditor::hasChanges() const
{
    return !(EditorSnapshot::of(this) == m_snapshot);
}

QString DestinationEditor::partName() const
{
    return edited().name;
}

} // namespace fieldday
