#pragma once

#include "PageWithForm.h"

#include <QList>
#include <QWidget>

class QListWidget;
class QStackedWidget;

namespace fieldday {

class DestinationEditor;
class EventDocument;
class EventDetailsEditor;
class PlacesAndAgendaEditor;
class EditForm;

// The plan of the day: the event and its reconvene, and each destination with its travel.
class DayPlanPage : public QWidget, public PageWithForm
{
    Q_OBJECT

public:
    explicit DayPlanPage(EventDocument *document, QWidget *parent = nullptr);

    // Shows a destination's editor (0: the event's details).
    void showDestination(qint64 destinationId);
    DestinationEditor *destinationEditor() const { return m_destinationEditor; }
    PlacesAndAgendaEditor *placesEditor() const { return m_placesEditor; }
    // Before another part is shown or the window closes: asks what to do with changes not
    // applied yet (apply, discard, or stay). False to stay.
    bool confirmLeave();
    EditForm *activeForm() const override;

private:
    void showPart(int row);
    void refreshList();

    EventDocument *m_document;
    QListWidget *m_list;
    QStackedWidget *m_editors;
    EventDetailsEditor *m_detailsEditor;
    DestinationEditor *m_destinationEditor;
    PlacesAndAgendaEditor *m_placesEditor;
    QList<EditForm *> m_parts; // by their index in m_editors
    int m_shownRow = -1;             // the list's row whose editor is shown
};

} // namespace fieldday
