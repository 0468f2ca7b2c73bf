#include "PlacesAndAgendaEditor.h"

#include "CellNames.h"
#include "EventDocument.h"
#include "PlanLabels.h"
#include "TimeField.h"
#include "commands/SavePlacesAndAgendaCommand.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace fieldday {

namespace {
enum PlaceColumn
{
    PlaceName,
    Address,
    Postcode,
    Area,
    PlaceStepFree,
    PlaceColumns
};
enum AgendaColumn
{
    Title,
    Start,
    End,
    AgendaPlace,
    ForWhom,
    AgendaColumns
};

QTimeEdit *timeEdit(const QTime &time)
{
    return new TimeField(time.isValid() ? time : QTime(9, 0));
}

QString cell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text().trimmed() : QString();
}

void removeCurrentRow(QTableWidget *table)
{
    if (table->currentRow() >= 0)
        table->removeRow(table->currentRow());
}
} // namespace

PlacesAndAgendaEditor::PlacesAndAgendaEditor(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_places(new QTableWidget(0, PlaceColumns, this)),
      m_agenda(new QTableWidget(0, AgendaColumns, this)), m_problem(new QLabel(this))
{
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_places->setHorizontalHeaderLabels(
        {tr("Place"), tr("Address"), tr("Postcode"), tr("Area"), tr("Step-free")});
    m_agenda->setHorizontalHeaderLabels(
        {tr("Agenda item"), tr("Start"), tr("End"), tr("Place"), tr("For")});
    for (QTableWidget *table : {m_places, m_agenda}) {
        table->verticalHeader()->hide();
        table->horizontalHeader()->setStretchLastSection(true);
    }
    m_places->setAccessibleName(tr("Places"));
    m_agenda->setAccessibleName(tr("Agenda"));
    auto section = [this](const QString &title, QTableWidget *table, const QString &addText,
                          void (PlacesAndAgendaEditor::*add)()) {
        auto *box = new QGroupBox(title, this);
        auto *addButton = new QPushButton(addText, box);
        auto *removeButton = new QPushButton(tr("Remove"), box);
        connect(addButton, &QPushButton::clicked, this, add);
        connect(removeButton, &QPushButton::clicked, this, [this, table] {
            removeCurrentRow(table);
            nameCells();
        });
        auto *buttons = new QHBoxLayout;
        buttons->addWidget(addButton);
        buttons->addWidget(removeButton);
        buttons->addStretch();
        auto *layout = new QVBoxLayout(box);
        layout->addWidget(table);
        layout->addLayout(buttons);
        return box;
    };
    auto *revertButton = new QPushButton(tr("Revert"), this);
    auto *applyButton = new QPushButton(tr("Apply"), this);
    applyButton->setEnabled(!document->isReadOnly());
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(revertButton);
    buttons->addWidget(applyButton);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(section(tr("Places: the hub, the venues and the stops on the way"), m_places,
                              tr("Add place"), &PlacesAndAgendaEditor::addPlace));
    layout->addWidget(section(tr("The day's agenda"), m_agenda, tr("Add item"),
                              &PlacesAndAgendaEditor::addAgendaItem));
    layout->addLayout(buttons);
    connect(revertButton, &QPushButton::clicked, this, &PlacesAndAgendaEditor::revert);
    connect(applyButton, &QPushButton::clicked, this, &PlacesAndAgendaEditor::apply);
    connect(document, &EventDocument::changed, this, [this] {
        if (!m_applying && !hasChanges()) // unapplied changes are kept
            revert();
    });
    revert();
}

void PlacesAndAgendaEditor::addPlaceRow(qint64 id, const QStringList &cells, int stepFree)
{
    const int row = m_places->rowCount();
    m_places->insertRow(row);
    for (int c = 0; c < 4; ++c)
        m_places->setItem(row, c, new QTableWidgetItem(cells.value(c)));
    m_places->item(row, PlaceName)->setData(Qt::UserRole, id);
    auto *access = new QComboBox;
    for (StepFree s : {StepFree::Unknown, StepFree::Yes, StepFree::No})
        access->addItem(PlanLabels::stepFree(s), int(s));
    access->setCurrentIndex(access->findData(stepFree));
    m_places->setCellWidget(row, PlaceStepFree, access);
    nameCells();
}

void PlacesAndAgendaEditor::addAgendaRow(qint64 id, const QString &title, const QTime &start,
                                         const QTime &end, qint64 place, qint64 destination)
{
    const EventData &event = m_document->data();
    const int row = m_agenda->rowCount();
    m_agenda->insertRow(row);
    m_agenda->setItem(row, Title, new QTableWidgetItem(title));
    m_agenda->item(row, Title)->setData(Qt::UserRole, id);
    m_agenda->setCellWidget(row, Start, timeEdit(start));
    m_agenda->setCellWidget(row, End, timeEdit(end));
    auto *places = new QComboBox;
    places->addItem(tr("(not set)"), qint64(0));
    for (const Place &p : event.places)
        places->addItem(p.name, p.id);
    places->setCurrentIndex(qMax(0, places->findData(place)));
    m_agenda->setCellWidget(row, AgendaPlace, places);
    auto *who = new QComboBox;
    who->addItem(tr("Everyone"), qint64(0));
    for (const Destination &d : event.destinations)
        who->addItem(d.name, d.id);
    who->setCurrentIndex(qMax(0, who->findData(destination)));
    m_agenda->setCellWidget(row, ForWhom, who);
    nameCells();
}

void PlacesAndAgendaEditor::nameCells()
{
    nameCellWidgets(m_places, tr("Place %1"));
    nameCellWidgets(m_agenda, tr("Agenda item %1"));
}

void PlacesAndAgendaEditor::revert()
{
    const EventData &event = m_document->data();
    m_places->setRowCount(0);
    for (const Place &p : event.places)
        addPlaceRow(p.id, {p.name, p.address, p.postcode, p.area}, int(p.stepFree));
    m_agenda->setRowCount(0);
    for (const AgendaItem &a : event.agenda)
        addAgendaRow(a.id, a.title, a.start, a.end, a.placeId, a.destinationId);
    m_places->resizeColumnsToContents();
    m_agenda->resizeColumnsToContents();
    m_problem->clear();
    m_snapshot = EditorSnapshot::of(this);
}

void PlacesAndAgendaEditor::addPlace()
{
    addPlaceRow(0, {tr("New place")}, int(StepFree::Unknown));
}

void PlacesAndAgendaEditor::addAgendaItem()
{
    addAgendaRow(0, tr("New item"), QTime(12, 0), QTime(12, 30),
                 m_document->data().details.hubPlaceId, 0);
}

QList<Place> PlacesAndAgendaEditor::editedPlaces() const
{
    const EventData &stored = m_document->data();
    QList<Place> places;
    for (int row = 0; row < m_places->rowCount(); ++row) {
        Place p;
        if (const Place *existing =
                stored.place(m_places->item(row, PlaceName)->data(Qt::UserRole).toLongLong()))
            p = *existing; // what the table does not show (notes, position) stays
        p.name = cell(m_places, row, PlaceName);
        p.address = cell(m_places, row, Address);
        p.postcode = cell(m_places, row, Postcode);
        p.area = cell(m_places, row, Area);
        p.stepFree = StepFree(qobject_cast<QComboBox *>(m_places->cellWidget(row, PlaceStepFree))
                                  ->currentData()
                                  .toInt());
        places.append(p);
    }
    return places;
}

QList<AgendaItem> PlacesAndAgendaEditor::editedAgenda() const
{
    const EventData &stored = m_document->data();
    QList<AgendaItem> agenda;
    for (int row = 0; row < m_agenda->rowCount(); ++row) {
        AgendaItem a;
        a.id = m_agenda->item(row, Title)->data(Qt::UserRole).toLongLong();
        for (const AgendaItem &existing : stored.agenda) {
            if (existing.id == a.id)
                a.notes = existing.notes;
        }
        a.title = cell(m_agenda, row, Title);
        a.start = qobject_cast<QTimeEdit *>(m_agenda->cellWidget(row, Start))->time();
        a.end = qobject_cast<QTimeEdit *>(m_agenda->cellWidget(row, End))->time();
        a.placeId = qobject_cast<QComboBox *>(m_agenda->cellWidget(row, AgendaPlace))
                        ->currentData()
                        .toLongLong();
        a.destinationId = qobject_cast<QComboBox *>(m_agenda->cellWidget(row, ForWhom))
                              ->currentData()
                              .toLongLong();
        agenda.append(a);
    }
    return agenda;
}

bool PlacesAndAgendaEditor::apply()
{
    if (!hasChanges())
        return true; // no empty undo step
    const QList<Place> places = editedPlaces();
    const QList<AgendaItem> agenda = editedAgenda();
    const QString problem = SavePlacesAndAgendaCommand::problemWith(places, agenda);
    m_problem->setText(problem); // shown beside Apply until the next try
    if (!problem.isEmpty())
        return false;
    {
        const QScopedValueRollback<bool> applying(m_applying, true);
        if (!m_document->push(
                std::make_unique<SavePlacesAndAgendaCommand>(m_document, places, agenda)))
            return false;
    }
    revert();
    return true;
}

bool PlacesAndAgendaEditor::hasChanges() const
{
    return !(EditorSnapshot::of(this) == m_snapshot);
}

QString PlacesAndAgendaEditor::partName() const
{
    return tr("places and agenda");
}

} // namespace fieldday
