#pragma once

#include "documents/PageCanvas.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;

namespace fieldday {

class EventDocument;
class WorkProgress;

// The papers for the day (preview, print, save as PDF) and the participant lists for partners.
class OutputsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutputsPage(EventDocument *document, QWidget *parent = nullptr);

public slots:
    void preview();
    bool saveAsPdf();  // asks for a file name through FileDialog
    bool exportList(); // likewise

private:
    DocumentRenderer::Content content() const;
    QString documentTitle() const;
    // Pages report to the progress dialog, which can cancel them.
    static PageCanvas::Progress pageProgress(WorkProgress &progress);
    void refresh();
    void updateWarning();

    EventDocument *m_document;
    QComboBox *m_documentKind;
    QComboBox *m_documentGroup;
    QComboBox *m_paper;
    QComboBox *m_listGroup;
    QComboBox *m_profile;
    QListWidget *m_columns;
    QLabel *m_warning;
    QLabel *m_status;
};

} // namespace fieldday
