#include "StartPage.h"

#include "RecentFiles.h"

#include <QCommandLinkButton>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace fieldday {

StartPage::StartPage(QWidget *parent) : QWidget(parent), m_recent(new QListWidget(this))
{
    auto *title = new QLabel(tr("Fieldday"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 2.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    auto *subtitle = new QLabel(
        tr("Plan a day of site visits: bookings, groups, travel, and the papers for the day."),
        this);
    subtitle->setWordWrap(true);

    auto *newButton =
        new QCommandLinkButton(tr("New event…"), tr("Start an empty event file."), this);
    auto *openButton =
        new QCommandLinkButton(tr("Open…"), tr("Open an existing .fieldday file."), this);
    auto *sampleButton = new QCommandLinkButton(
        tr("Open the sample event"),
        tr("The co-production treasure hunt of 26 March 2019: three groups, 45 people."), this);
    newButton->setAccessibleName(tr("New event"));
    openButton->setAccessibleName(tr("Open an event"));
    sampleButton->setAccessibleName(tr("Open the sample event"));
    connect(newButton, &QCommandLinkButton::clicked, this, &StartPage::newEventRequested);
    connect(openButton, &QCommandLinkButton::clicked, this, &StartPage::openRequested);
    connect(sampleButton, &QCommandLinkButton::clicked, this, &StartPage::openSampleRequested);

    auto *recentLabel = new QLabel(tr("Recent events"), this);
    QFont bold = recentLabel->font();
    bold.setBold(true);
    recentLabel->setFont(bold);
    m_recent->setAccessibleName(tr("Recent events"));
    m_recent->setMaximumHeight(160);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit openFileRequested(item->data(Qt::UserRole).toString());
    });

    auto *column = new QVBoxLayout;
    column->addWidget(title);
    column->addWidget(subtitle);
    column->addSpacing(24);
    column->addWidget(newButton);
    column->addWidget(openButton);
    column->addWidget(sampleButton);
    column->addSpacing(16);
    column->addWidget(recentLabel);
    column->addWidget(m_recent);
    column->addStretch();

    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *middle = new QWidget(this);
    middle->setLayout(column);
    middle->setMaximumWidth(560);
    middle->setMinimumWidth(420);
    outer->addWidget(middle, 2);
    outer->addStretch(1);
    outer->setContentsMargins(24, 48, 24, 24);
    refreshRecentFiles();
}

void StartPage::refreshRecentFiles()
{
    m_recent->clear();
    for (const QString &path : RecentFiles::list()) {
        const QFileInfo info(path);
        // A file moved or deleted since is left out (it stays listed, should it come back:
        // a USB stick plugged in again).
        if (!info.exists())
            continue;
        auto *item = new QListWidgetItem(
            info.fileName() + QStringLiteral("  —  ") + info.absolutePath(), m_recent);
        item->setData(Qt::UserRole, path);
        item->setToolTip(path);
    }
    m_recent->setVisible(m_recent->count() > 0);
}

} // namespace fieldday
