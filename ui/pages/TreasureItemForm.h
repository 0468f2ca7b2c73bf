#pragma once

#include "EditForm.h"
#include "model/TreasureItem.h"

#include <QWidget>
#include <array>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTimeEdit;

namespace fieldday {

class EventDocument;
struct DocumentChange;

// Edits one find of the treasure log: its words and caption, who found it, when and where,
// the Photovoice answers, the kinds of treasure and research questions it speaks to, where it
// is chosen to be shown, and the consent that decides whether it may be (shown live, as the
// share-out and the report will apply it). Applied as one undo step; what was typed survives a
// change made elsewhere meanwhile.
class TreasureItemForm : public QWidget, public EditForm
{
    Q_OBJECT

public:
    explicit TreasureItemForm(EventDocument *document, QWidget *parent = nullptr);

    void setItem(qint64 id); // 0: nothing selected
    // A new quote or observation for the group, added with Apply.
    void startNew(TreasureType type, qint64 destinationId);
    bool isNew() const { return m_creating; }
    qint64 itemId() const { return m_shown.id; }
    // The find as stored, with what was typed over it.
    TreasureItem edited() const;
    // What Apply writes: the fields typed here over the find as `stored` now.
    TreasureItem typedOver(const TreasureItem &stored) const;

    bool hasChanges() const override;
    QString partName() const override;

signals:
    void created(qint64 itemId);

public slots:
    bool apply() override;
    void revert() override;

private:
    void documentChanged(const DocumentChange &change);
    void show(const TreasureItem &item);        // fills the fields
    void fillChoices(const TreasureItem &item); // finder, places, kinds, questions, people
    void updateState();

    EventDocument *m_document;
    TreasureItem m_shown; // as the fields showed it before anything was typed
    bool m_creating = false;
    bool m_filling = false;
    QComboBox *m_group;
    QLabel *m_heading;
    QLabel *m_picture;
    QLabel *m_textLabel;
    QPlainTextEdit *m_text;
    QPlainTextEdit *m_caption;
    QComboBox *m_finder;
    QCheckBox *m_timeKnown;
    QTimeEdit *m_time;
    QComboBox *m_place;
    QListWidget *m_kinds;
    QListWidget *m_questions;
    std::array<QLineEdit *, showedQuestions.size()> m_showed;
    QCheckBox *m_shareOut;
    QCheckBox *m_inReport;
    QComboBox *m_consent;
    QCheckBox *m_credit;
    QWidget *m_peopleBox;
    QComboBox *m_identifiable;
    QListWidget *m_people;
    QLabel *m_verdict;
    QLabel *m_problem;
    QPushButton *m_apply;
    QPushButton *m_revert;
};

} // namespace fieldday
