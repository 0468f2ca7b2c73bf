#pragma once

#include "EditorSnapshot.h"
#include "EditForm.h"
#include "model/AgendaItem.h"
#include "model/Place.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace fieldday {

class EventDocument;

// The venues and stops of the day, and the agenda items for everyone or one group, as two
// editable tables. Apply writes all the changes as one undo step.
class PlacesAndAgendaEditor : public QWidget, public EditForm
{
    Q_OBJECT

public:
    explicit PlacesAndAgendaEditor(EventDocument *document, QWidget *parent = nullptr);
    QTableWidget *places() const { return m_places; }
    QTableWidget *agenda() const { return m_agenda; }

    // Whether the fields hold anything not yet applied (lost on moving elsewhere).
    bool hasChanges() const override;
    QString partName() const override;

public slots:
    void revert() override;
    bool apply() override;
    void addPlace();
    void addAgendaItem();

private:
    void nameCells();
    QList<Place> editedPlaces() const;
    QList<AgendaItem> editedAgenda() const;
    void addPlaceRow(qint64 id, const QStringList &cells, int stepFree);
    void addAgendaRow(qint64 id, const QString &title, const QTime &start, const QTime &end,
                      qint64 place, qint64 destination);

    EventDocument *m_document;
    QTableWidget *m_places;
    QTableWidget *m_agenda;
    QLabel *m_problem;
    bool m_applying = false;
    EditorSnapshot m_snapshot; // the fields as they showed the stored item
};

} // namespace fieldday
