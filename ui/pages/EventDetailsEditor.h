#pragma once

#include "EditForm.h"
#include "EditorSnapshot.h"
#include "model/EventDetails.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;
class QTimeEdit;

namespace fieldday {

class EventDocument;

// Edits the event itself (title, date, hub, day, people, themes, sectors) and the reconvene.
class EventDetailsEditor : public QWidget, public EditForm
{
    Q_OBJECT

public:
    explicit EventDetailsEditor(EventDocument *document, QWidget *parent = nullptr);

    // Whether the fields hold anything not yet applied (lost on moving elsewhere).
    bool hasChanges() const override;
    QString partName() const override;

public slots:
    bool apply() override;
    void revert() override;

private:
    void updateState();
    EventDetails editedDetails() const;

    EventDocument *m_document;
    QLineEdit *m_title;
    QDateEdit *m_date;
    QLineEdit *m_timeZone;
    QComboBox *m_hub;
    QTimeEdit *m_dayStart;
    QTimeEdit *m_dayEnd;
    QLineEdit *m_organisers;
    QLineEdit *m_partners;
    QLineEdit *m_contact;
    QPlainTextEdit *m_description;
    QPlainTextEdit *m_themes;
    QPlainTextEdit *m_questions;
    QPlainTextEdit *m_sectors;
    QComboBox *m_reconvenePlace;
    QTimeEdit *m_reconveneStart;
    QTimeEdit *m_reconveneEnd;
    QTableWidget *m_programme;
    QLabel *m_problem;
    QPushButton *m_apply;
    EditorSnapshot m_snapshot; // the fields as they showed the stored item
    bool m_applying = false;
};

} // namespace fieldday
