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

// Import a booking export: what was detected, the column mapping (editable), a preview of the
// first rows and of the problems, and nothing written until Import.
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    ImportDialog(EventDocument *document, const QString &path, QWidget *parent = nullptr);
    bool isReadable() const { return m_readable; }
    ColumnMapping mapping() const;
    QString problemsText() const;
    QCheckBox *skipBadRowsBox() const { return m_skipBadRows; }
    QPushButton *importButton() const { return m_importButton; }

public slots:
    void updatePreview();
    void import();

private:
    EventDocument *m_document;
    QString m_path;
    QByteArray m_bytes;
    bool m_readable = false;
    ColumnMapping m_detected;
    QLabel *m_detectedLabel;
    QTableWidget *m_mapping;
    QTableWidget *m_preview;
    QTextBrowser *m_problems;
    QComboBox *m_duplicates;
    QCheckBox *m_skipBadRows;
    QPushButton *m_importButton = nullptr;
};

} // namespace fieldday
