#include "DayPlanPage.h"

#include "DestinationEditor.h"
#include "EventDetailsEditor.h"
#include "EventDocument.h"
#include "PlacesAndAgendaEditor.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QScrollArea>
#include <QScrollBar>
#include <QStackedWidget>
#include <QTimer>

namespace fieldday {

namespace {
constexpr qint64 newDestination = -1;
constexpr qint64 placesAndAgenda = -2;
} // namespace

DayPlanPage::DayPlanPage(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_editors(new QStackedWidget(this)), m_detailsEditor(new EventDetailsEditor(document)),
      m_destinationEditor(new DestinationEditor(document)),
      m_placesEditor(new PlacesAndAgendaEditor(document))
{
    m_list->setMaximumWidth(240);
    m_list->setAccessibleName(tr("Parts of the day"));
    // In the order of the stack's indexes used below.
    m_parts = {m_detailsEditor, m_destinationEditor, m_placesEditor};
    for (QWidget *editor :
         {static_cast<QWidget *>(m_detailsEditor), static_cast<QWidget *>(m_destinationEditor),
          static_cast<QWidget *>(m_placesEditor)}) {
        auto *scroll = new QScrollArea;
        scroll->setWidget(editor);
        scroll->setWidgetResizable(true);
        scroll->setFrameShape(QFrame::NoFrame);
        m_editors->addWidget(scroll);
    }
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(m_editors, 1);

    connect(m_list, &QListWidget::currentRowChanged, this, &DayPlanPage::showPart);
    // A destination just added is selected in the list, not "+ Add a destination" (only
    // then: an Apply asked for on the way to another part must not turn back).
    connect(m_destinationEditor, &DestinationEditor::applied, this, [this](qint64 id) {
        const QListWidgetItem *current = m_list->currentItem();
        if (current && current->data(Qt::UserRole).toLongLong() == newDestination)
            showDestination(id);
    });
    connect(document, &EventDocument::changed, this, &DayPlanPage::refreshList);
    refreshList();
    m_list->setCurrentRow(0);
}

void DayPlanPage::showPart(int row)
{
    if (row < 0 || row == m_shownRow)
        return;
    if (!confirmLeave()) {
        // Stay with the unapplied changes; the list follows once the click is over (inside
        // it, the view would select the clicked row again).
        QTimer::singleShot(0, this, [this] {
            const QSignalBlocker blocker(m_list);
            m_list->setCurrentRow(m_shownRow);
        });
        return;
    }
    m_shownRow = row;
    const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
    if (id == 0) {
        m_editors->setCurrentIndex(0);
    } else if (id == placesAndAgenda) {
        m_editors->setCurrentIndex(2);
    } else {
        m_destinationEditor->setDestination(id == newDestination ? 0 : id);
        m_editors->setCurrentIndex(1);
    }
    // Each part opens at its top, where its name is.
    if (auto *scroll = qobject_cast<QScrollArea *>(m_editors->currentWidget()))
        scroll->verticalScrollBar()->setValue(0);
}

EditForm *DayPlanPage::activeForm() const
{
    return m_parts.value(m_editors->currentIndex());
}

bool DayPlanPage::confirmLeave()
{
    return EditForm::confirmLeave(this, activeForm(), m_document->isReadOnly());
}

void DayPlanPage::refreshList()
{
    const qint64 current =
        m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toLongLong() : 0;
    const QSignalBlocker blocker(m_list);
    m_list->clear();
    m_shownRow = -1;
    auto *event = new QListWidgetItem(tr("The event and reconvene"), m_list);
    event->setData(Qt::UserRole, qint64(0));
    auto *places = new QListWidgetItem(tr("Places and agenda"), m_list);
    places->setData(Qt::UserRole, placesAndAgenda);
    for (const Destination &d : m_document->data().destinations) {
        auto *item = new QListWidgetItem(d.name, m_list);
        item->setData(Qt::UserRole, d.id);
        QPixmap swatch(12, 12);
        swatch.fill(QColor(d.colour.isEmpty() ? QStringLiteral("#888888") : d.colour));
        item->setIcon(QIcon(swatch));
    }
    if (!m_document->isReadOnly()) {
        auto *add = new QListWidgetItem(tr("+ Add a destination"), m_list);
        add->setData(Qt::UserRole, newDestination);
    }
    for (int row = 0; row < m_list->count(); ++row) {
        const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
        if (id == current ||
            (current == newDestination && id == m_destinationEditor->destinationId())) {
            m_list->setCurrentRow(row);
            m_shownRow = row;
        }
    }
}

void DayPlanPage::showDestination(qint64 destinationId)
{
    for (int row = 0; row < m_list->count(); ++row) {
        if (m_list->item(row)->data(Qt::UserRole).toLongLong() == destinationId) {
            m_list->setCurrentRow(row);
            return;
        }
    }
}

} // namespace fieldday
