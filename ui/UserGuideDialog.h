#pragma once

#include <QDialog>

class QTextBrowser;

namespace fieldday {

// The user guide (docs/user-guide.md, built into the app): offline, like everything else.
class UserGuideDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserGuideDialog(QWidget *parent = nullptr);
    QString text() const;

private:
    QTextBrowser *m_browser;
};

} // namespace fieldday
