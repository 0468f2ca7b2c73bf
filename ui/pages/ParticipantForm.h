#pragma once

#include "model/Participant.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fieldday {

class EventDocument;

// Edits one participant. Changes are checked as they are typed and applied as one undo step.
class ParticipantForm : public QWidget
{
    Q_OBJECT

public:
    explicit ParticipantForm(EventDocument *document, QWidget *parent = nullptr);

    void setParticipant(qint64 id); // 0: nothing selected
    qint64 participantId() const { return m_id; }
    Participant edited() const;

public slots:
    void apply();
    void revert();

private:
    void updateState();

    EventDocument *m_document;
    qint64 m_id = 0;
    Participant m_original;
    QLabel *m_heading;
    QLineEdit *m_given;
    QLineEdit *m_family;
    QLineEdit *m_email;
    QLineEdit *m_phone;
    QLineEdit *m_organisation;
    QLineEdit *m_role;
    QComboBox *m_sector;
    QLineEdit *m_access;
    QCheckBox *m_stepFree;
    QLineEdit *m_diet;
    QLineEdit *m_emergency;
    QCheckBox *m_shareContact;
    QCheckBox *m_photos;
    QPlainTextEdit *m_notes;
    QLabel *m_problem;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace fieldday
