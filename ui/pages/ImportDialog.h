#pragma once

#include "import/ColumnMapping.h"
#include "import/ImportOptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QPushButton;
class QTableWidget;
class QTextBrowser;

namespace fieldday {

class EventDocument;
class ImportPreview;

// Import a booking export: what was detected, the column mapping (editable), a preview of the
// first rows, of what would change for people already in the event (field by field, and the
// conflicts with an organiser's corrections, with both values) and of the problems; nothing
// written until Import.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(EventDocument *document, const QString &path, QWidget *parent = nullptr);
    bool isReadable() const { return m_readable; }
    ColumnMapping mapping() const;
    QString problemsText() const;
    // For the status bar once imported: what the import did, as the preview counted it.
    QString doneMessage() const { return m_doneMessage; }
    QCheckBox *skipBadRowsBox() const { return m_skipBadRows; }
    // A field changed both in the file (since the last import) and in Fieldday: keep mine or
    // take the file's.
    QComboBox *conflictBox() const { return m_conflicts; }
    QPushButton *importButton() const { return m_importButton; }
    // Whether "what the import would do" is still being worked out (off the UI thread).
    bool isChecking() const;

signals:
    void previewUpdated();

public slots:
    void updatePreview();
    void import();

private:
    void showPreview(const QString &html, bool canImport);

    EventDocument *m_document;
    QString m_path;
    QByteArray m_bytes;
    QString m_doneMessage;
    bool m_readable = false;
    ColumnMapping m_detected;
    QLabel *m_detectedLabel;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QTextBrowser *m_problems;
    QComboBox *m_duplicates;
    QComboBox *m_conflicts;
    QCheckBox *m_skipBadRows;
    QPushButton *m_importButton = nullptr;
    ImportPreview *m_check = nullptr;
};

} // namespace fieldday
