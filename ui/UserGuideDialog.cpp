#include "UserGuideDialog.h"

#include <QDialogButtonBox>
#include <QFile>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fieldday {

UserGuideDialog::UserGuideDialog(QWidget *parent)
    : QDialog(parent), m_browser(new QTextBrowser(this))
{
    setWindowTitle(tr("Fieldday user guide"));
    QFile guide(QStringLiteral(":/fieldday/guide/user-guide.md"));
    if (guide.open(QIODevice::ReadOnly))
        m_browser->setMarkdown(QString::fromUtf8(guide.readAll()));
    m_browser->setOpenExternalLinks(false); // offline: links to other docs are not followed
    m_browser->setAccessibleName(tr("User guide"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 680);
}

QString UserGuideDialog::text() const
{
    return m_browser->toPlainText();
}

} // namespace fieldday
