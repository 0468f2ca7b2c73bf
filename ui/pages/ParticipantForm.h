#pragma once

#include "EditForm.h"
#include "model/Participant.h"

#include <QLineEdit>
#include <QWidget>
#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace fieldday {

class EventDocument;
struct DocumentChange;

// Edits one participant. Changes are checked as they are typed and applied as one undo step.
// What was typed survives changes made elsewhere meanwhile (an undo, a move on the board):
// fields left alone follow the event, typed ones are kept.
class ParticipantForm : public QWidget, public EditForm
{
    Q_OBJECT

public:
    explicit ParticipantForm(EventDocument *document, QWidget *parent = nullptr);

    void setParticipant(qint64 id); // 0: nothing selected
    qint64 participantId() const { return m_id; }
    QWidget *firstField() const { return m_given; }
    // The person as stored now, with what was typed over it.
    Participant edited() const;

    bool hasChanges() const override;
    QString partName() const override;

public slots:
    bool apply() override;
    void revert() override;

private:
    // One row of the form: its widget, and how it reads and writes the person.
    struct Field
    {
        QWidget *widget;
        std::function<QVariant(const Participant &)> get;
        std::function<void(Participant &, const QVariant &)> set;
    };
    void addField(QWidget *widget, std::function<QVariant(const Participant &)> get,
                  std::function<void(Participant &, const QVariant &)> set);
    static QVariant valueOf(const QWidget *widget);
    static void show(QWidget *widget, const QVariant &value);
    bool isTyped(const Field &field) const; // differs from what was shown
    void documentChanged(const DocumentChange &change);
    void updateState();
    void showGroup();

    EventDocument *m_document;
    qint64 m_id = 0;
    Participant m_shown; // the person as the fields showed them, before anything was typed
    QList<Field> m_fields;
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
    QLabel *m_group; // shown, not edited here: Move to group… changes it
    QLabel *m_problem;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace fieldday
