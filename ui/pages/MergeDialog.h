#pragma once

#include "storage/MergeReport.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace fieldday {

class EventDocument;

// File ▸ Merge changes from…: what a shared copy brings, before anything changes (a dry run
// on a private copy of the event), each conflict with the value when shared, mine and theirs
// side by side, a choice per conflict and for all; Merge applies it as one undo step.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    MergeDialog(EventDocument *document, QString copyPath, QWidget *parent = nullptr);

    // Why the copy cannot be merged (another event, the original itself…); empty when it can.
    const QString &refusal() const { return m_refusal; }
    const MergeReport &preview() const { return m_preview; }
    QString summaryText() const;
    QTableWidget *conflictTable() const { return m_conflicts; }
    QListWidget *keptList() const { return m_kept; }
    QListWidget *changeList() const { return m_changes; }
    QPushButton *mergeButton() const { return m_merge; }
    // Once merged: where the event as it was is kept.
    const QString &backupPath() const { return m_backupPath; }
    QPushButton *keepAllMineButton() const { return m_allMine; }
    QPushButton *takeAllTheirsButton() const { return m_allTheirs; }
    // The choice made for conflict `row` of the table: Ask until one is made.
    MergeTake choiceAt(int row) const;
    void setChoiceAt(int row, MergeTake take);

public slots:
    void merge();

private:
    void chooseAll(MergeTake take);
    // The choices into the preview: the summary counts what still needs one, and Merge waits.
    void showDecisions();

    EventDocument *m_document;
    QString m_copyPath;
    QString m_refusal;
    MergeReport m_preview;
    QList<qsizetype> m_decisions; // the table's rows: where each is in m_preview.conflicts
    QLabel *m_summary = nullptr;
    QTableWidget *m_conflicts = nullptr;
    QListWidget *m_kept = nullptr;
    QListWidget *m_changes = nullptr;
    QPushButton *m_merge = nullptr;
    bool m_canMerge = false; // something to merge, into an event open for writing
    QLabel *m_waiting = nullptr; // why Merge waits
    QString m_backupPath;
    QPushButton *m_allMine = nullptr;
    QPushButton *m_allTheirs = nullptr;
};

} // namespace fieldday
