#pragma once

#include "PageWithForm.h"
#include "PageWithPeople.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTableView;

namespace fieldday {

class EventDocument;
class ParticipantFilterModel;
class ParticipantForm;
class ParticipantTableModel;

// Everyone who booked: search, filter, edit, and record what happens to them.
class ParticipantsPage : public QWidget, public PageWithForm, public PageWithPeople
{
    Q_OBJECT

public:
    explicit ParticipantsPage(EventDocument *document, QWidget *parent = nullptr);

    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    ParticipantFilterModel *filterModel() const { return m_filter; }
    QPushButton *importButton() const { return m_import; }
    void select(qint64 participantId);
    qint64 selectedId() const;
    ParticipantForm *form() const { return m_form; }
    EditForm *activeForm() const override;
    QList<qint64> selectedPeople() const override;

    // The columns the organiser chose to hide (header's context menu), kept in the settings.
    static QList<int> hiddenColumns();
    void setColumnShown(int column, bool shown);

public slots:
    void addParticipant();
    void cancelSelected();
    void waitlistSelected();
    void checkInSelected();
    void moveSelected();

signals:
    void importRequested();

private:
    void currentChanged();
    void refreshFilters();
    void updateActions();
    void showColumns(const QList<int> &hidden);
    void showColumnMenu(const QPoint &at);
    void showMenu(const QPoint &at);

    EventDocument *m_document;
    qint64 m_keepSelected = 0;
    bool m_leaving = false; // asking about the form's typed changes
    ParticipantTableModel *m_model;
    ParticipantFilterModel *m_filter;
    QLineEdit *m_search;
    QComboBox *m_status;
    QComboBox *m_group;
    QComboBox *m_sector;
    QStackedWidget *m_body;
    QTableView *m_view;
    ParticipantForm *m_form;
    QLabel *m_count;
    QPushButton *m_cancel;
    QPushButton *m_waitlist;
    QPushButton *m_checkIn;
    QPushButton *m_add;
    QPushButton *m_import = nullptr;
};

} // namespace fieldday
