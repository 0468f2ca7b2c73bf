#pragma once

#include "EditForm.h"
#include "model/Finding.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace fieldday {

class EventDocument;
struct DocumentChange;

// "What we learned": the findings the organisers write after the day, in the order the report
// gives them, each with the research questions and the finds it draws on. Each change is one
// undo step; the finding being written is applied with Apply.
class FindingsEditor : public QWidget, public EditForm
{
    Q_OBJECT

public:
    explicit FindingsEditor(EventDocument *document, QWidget *parent = nullptr);

    void select(qint64 findingId);
    qint64 findingId() const { return m_shown.id; }
    Finding edited() const;

    bool hasChanges() const override;
    QString partName() const override;

public slots:
    bool apply() override;
    void revert() override;
    void addFinding();
    void removeFinding();

private:
    void documentChanged(const DocumentChange &change);
    void fillList();
    void show(const Finding &finding);
    void updateState();
    void move(int step);

    EventDocument *m_document;
    Finding m_shown;
    bool m_filling = false;
    QListWidget *m_list;
    QPushButton *m_add;
    QPushButton *m_remove;
    QPushButton *m_up;
    QPushButton *m_down;
    QLineEdit *m_title;
    QPlainTextEdit *m_text;
    QListWidget *m_questions;
    QListWidget *m_items;
    QLabel *m_problem;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace fieldday
