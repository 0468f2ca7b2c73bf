#pragma once

#include "documents/PageCanvas.h"
#include "documents/ReportBlock.h"

#include <QWidget>
#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace fieldday {

class EventDocument;
class WorkProgress;

// The papers for the day (preview, print, save as PDF) and the participant lists for partners.
class OutputsPage : public QWidget
{
    Q_OBJECT

public:
    explicit OutputsPage(EventDocument *document, QWidget *parent = nullptr);
    ~OutputsPage() override;

    // The preview beside the options: the chosen paper's first pages, as they will print.
    QPrintPreviewWidget *previewWidget() const { return m_preview; }
    static constexpr int previewPages = 2;
    QComboBox *audienceBox() const { return m_audience; }
    // The footer the chosen paper prints (a roster says whose copy it is).
    QString footer() const;

public slots:
    void preview();
    bool saveAsPdf();  // asks for a file name through FileDialog
    bool exportList(); // likewise
    void present();    // the share-out deck, full screen

private:
    DocumentRenderer::Content content() const;
    // Paints the chosen document on a printer (a preview: its first `maxPages`; 0: all).
    int paint(QPrinter *printer, int maxPages, const PageCanvas::Progress &progress = {});
    PhotoLoader photos() const;
    void updateKind();
    QString documentTitle() const;
    // Pages report to the progress dialog, which can cancel them.
    static PageCanvas::Progress pageProgress(WorkProgress &progress);
    void refresh();
    void updateWarning();
    void setUpPrinter(QPrinter *printer) const; // paper and orientation for the chosen paper
    void updatePreview();

protected:
    void showEvent(QShowEvent *event) override;

private:
    EventDocument *m_document;
    QComboBox *m_documentKind;
    QComboBox *m_documentGroup;
    QComboBox *m_audience; // a roster: the group lead's copy or the host's
    QComboBox *m_paper;
    QComboBox *m_listGroup;
    QComboBox *m_profile;
    QListWidget *m_columns;
    QLabel *m_warning;
    QLabel *m_status;
    QPushButton *m_present;
    QPushButton *m_saveButton = nullptr;
    std::unique_ptr<QPrinter> m_previewPrinter;
    QPrintPreviewWidget *m_preview;
    bool m_previewStale = true; // rendered only while shown
};

} // namespace fieldday
