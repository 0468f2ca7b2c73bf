#include "WorkProgress.h"

#include <QProgressDialog>
#include <climits>

namespace fieldday {

namespace {
int nextCancelAt = 0;
}

WorkProgress::WorkProgress(QWidget *parent, const QString &label)
    : m_dialog(new QProgressDialog(label, QProgressDialog::tr("Cancel"), 0, 0, parent)),
      m_cancelAt(nextCancelAt)
{
    nextCancelAt = 0;
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumDuration(400); // quick work shows nothing
    m_dialog->setAutoReset(false);
    m_dialog->setAutoClose(false);
    m_dialog->setValue(0);
}

WorkProgress::~WorkProgress()
{
    delete m_dialog;
}

bool WorkProgress::update(qint64 done, qint64 total)
{
    const int maximum = int(qMin<qint64>(total, INT_MAX));
    if (m_dialog->maximum() != maximum)
        m_dialog->setMaximum(maximum);
    // A window-modal dialog's setValue() lets the Cancel button's click through.
    m_dialog->setValue(int(qMin<qint64>(done, maximum ? maximum : INT_MAX)));
    if (m_cancelAt && ++m_updates >= m_cancelAt)
        m_cancelled = true;
    return !wasCancelled();
}

bool WorkProgress::wasCancelled() const
{
    return m_cancelled || m_dialog->wasCanceled();
}

void WorkProgress::setLabelText(const QString &text)
{
    m_dialog->setLabelText(text);
}

void WorkProgress::cancelNextAt(int updates)
{
    nextCancelAt = updates;
}

} // namespace fieldday
