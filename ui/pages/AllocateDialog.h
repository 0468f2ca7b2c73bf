#pragma once

#include "allocation/AllocationProblem.h"
#include "allocation/AllocationResult.h"

#include <QDialog>

class QComboBox;
class QSpinBox;
class QTextBrowser;

namespace fieldday {

class EventDocument;

// Runs the allocation and shows its report; nothing changes until Apply.
class AllocateDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AllocateDialog(EventDocument *document, QWidget *parent = nullptr);
    const AllocationResult &result() const { return m_result; }
    QString reportHtml() const;

public slots:
    void recompute();
    void apply();

private:
    EventDocument *m_document;
    QComboBox *m_strategy;
    QSpinBox *m_seed;
    QTextBrowser *m_report;
    AllocationProblem m_problem;
    AllocationResult m_result;
};

} // namespace fieldday
