#pragma once

#include <QString>

class QProgressDialog;
class QWidget;

namespace fieldday {

// Progress for long work done on the GUI thread (an import, a big export, hundreds of pages):
// a window-modal dialog that appears only if the work takes a while, whose Cancel stops the
// work at its next step. The core's progress callbacks call update(); the work then throws an
// Error of kind Cancelled and leaves nothing half done.
class WorkProgress
{
public:
    WorkProgress(QWidget *parent, const QString &label);
    ~WorkProgress();
    WorkProgress(const WorkProgress &) = delete;
    WorkProgress &operator=(const WorkProgress &) = delete;

    // `total` 0: not known yet (a busy bar). Returns false once the user has cancelled.
    bool update(qint64 done, qint64 total);
    bool wasCancelled() const;
    void setLabelText(const QString &text);

    // Test seam: the next WorkProgress reports a cancel at its `updates`-th update.
    static void cancelNextAt(int updates);

private:
    QProgressDialog *m_dialog;
    int m_updates = 0;
    int m_cancelAt = 0; // 0: only the user cancels
    bool m_cancelled = false;
};

} // namespace fieldday
