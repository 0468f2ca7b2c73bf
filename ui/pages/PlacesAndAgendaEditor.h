#pragma once

#include "EditorSnapshot.h"
#include "PlanPartEditor.h"

#include <QWidget>

class QTableWidget;

namespace fieldday {

class EventDocument;

// The venues and stops of the day, and the agenda items for everyone or one group, as two
// editable tables. Apply writes all the changes as one undo step.
class PlacesAndAgendaEditor : public QWidget, public PlanPartEditor
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
    void apply() override;
    void addPlace();
    void addAgendaItem();

private:
    void nameCells();
    void addPlaceRow(qint64 id, const QStringList &cells, int stepFree);
    void addAgendaRow(qint64 id, const QString &title, const QTime &start, const QTime &end,
                      qint64 place, qint64 destination);

    EventDocument *m_document;
    QTableWidget *m_places;
    QTableWidget *m_agenda;
    bool m_applying = false;
    EditorSnapshot m_snapshot; // the fields as they showed the stored item
};

} // namespace fieldday
