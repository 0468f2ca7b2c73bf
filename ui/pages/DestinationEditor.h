#pragma once

#include "EditorSnapshot.h"
#include "EditForm.h"
#include "model/EventData.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;
class QTimeEdit;

namespace fieldday {

class EventDocument;

// Edits one destination: its host, place, visit, sizes, leads and transport legs out and back.
// Apply writes it all as one undo step; problems are shown as they are typed.
class DestinationEditor : public QWidget, public EditForm
{
    Q_OBJECT

public:
    explicit DestinationEditor(EventDocument *document, QWidget *parent = nullptr);

    void setDestination(qint64 id); // 0: a new destination
    qint64 destinationId() const { return m_id; }
    Destination edited() const;
    QList<TransportLeg> editedLegs() const;

    // Whether the fields hold anything not yet applied (lost on moving elsewhere).
    bool hasChanges() const override;
    QString partName() const override;

signals:
    // After Apply: the destination saved (a new one has its id now).
    void applied(qint64 destinationId);

public slots:
    bool apply() override;
    void revert() override;
    void addLeg();
    void removeLeg();
    void removeDestination(); // asks first; one undo step

private:
    void addLegRow(const TransportLeg &leg);
    void nameLegCells();
    void fillPlaces(QComboBox *combo, qint64 selected) const;
    void updateState();

    EventDocument *m_document;
    qint64 m_id = 0;
    bool m_applying = false;
    QLabel *m_heading;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QLineEdit *m_contactName;
    QLineEdit *m_contactEmail;
    QLineEdit *m_contactPhone;
    QComboBox *m_place;
    QLineEdit *m_activity;
    QPlainTextEdit *m_description;
    QSpinBox *m_min;
    QSpinBox *m_max;
    QTimeEdit *m_visitStart;
    QTimeEdit *m_visitEnd;
    QLineEdit *m_colour;
    QTableWidget *m_leads;
    QTableWidget *m_legs;
    QLabel *m_problem;
    QPushButton *m_apply;
    QPushButton *m_remove;
    EditorSnapshot m_snapshot; // the fields as they showed the stored item
};

} // namespace fieldday
