#pragma once

#include "allocation/AllocationProblem.h"
#include "allocation/AllocationResult.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QTextBrowser;

namespace fieldday {

class EventDocument;

// Runs the allocation and shows its report; nothing changes until Apply. By default who has a
// group keeps it; re-optimising everyone is a choice that lists, by name, who would lose their
// place or change group, before anything is applied.
class AllocateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AllocateDialog(EventDocument *document, QWidget *parent = nullptr);
    const AllocationResult &result() const { return m_result; }
    QString reportHtml() const;

    QRadioButton *keepPlacesButton() const { return m_keepPlaces; }
    QRadioButton *reallocateAllButton() const { return m_reallocateAll; }
    QComboBox *tieBreakBox() const { return m_tieBreak; }
    QListWidget *movesList() const { return m_moves; } // "Name: Salford → Wigan"
    QPushButton *applyButton() const { return m_apply; }

public slots:
    void recompute();
    void apply();

private:
    EventDocument *m_document;
    QComboBox *m_strategy;
    QRadioButton *m_keepPlaces;
    QRadioButton *m_reallocateAll;
    QComboBox *m_tieBreak;
    QSpinBox *m_seed;
    QLabel *m_movesLabel;
    QListWidget *m_moves;
    QTextBrowser *m_report;
    QPushButton *m_apply = nullptr;
    AllocationProblem m_problem;
    AllocationResult m_result;
};

} // namespace fieldday
