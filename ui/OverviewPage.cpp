#include "OverviewPage.h"

#include "DestinationCard.h"
#include "EventDocument.h"
#include "SwimlaneView.h"
#include "plan/Checker.h"

#include <QGridLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QVBoxLayout>

namespace fieldday {

namespace {
QLabel *sectionHeading(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    QFont font = label->font();
    font.setBold(true);
    font.setPointSizeF(font.pointSizeF() * 1.15);
    label->setFont(font);
    label->setContentsMargins(0, 12, 0, 2);
    return label;
}
} // namespace

OverviewPage::OverviewPage(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document)
{
    auto *content = new QWidget;
    auto *layout = new QVBoxLayout(content);
    layout->setContentsMargins(24, 20, 24, 24);

    m_title = new QLabel(content);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.9);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_when = new QLabel(content);
    m_where = new QLabel(content);
    m_organisers = new QLabel(content);
    m_organisers->setWordWrap(true);
    m_description = new QLabel(content);
    m_description->setWordWrap(true);
    m_description->setMaximumWidth(900);
    m_themes = new QLabel(content);
    m_themes->setWordWrap(true);
    for (QLabel *label : {m_when, m_where, m_organisers})
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);

    layout->addWidget(m_title);
    layout->addWidget(m_when);
    layout->addWidget(m_where);
    layout->addWidget(m_organisers);
    layout->addSpacing(6);
    layout->addWidget(m_description);
    layout->addWidget(m_themes);

    layout->addWidget(sectionHeading(tr("Destinations"), content));
    m_emptyDestinations = new QLabel(
        tr("No destinations yet. Add one for each group the participants will split into."),
        content);
    layout->addWidget(m_emptyDestinations);
    m_cards = new QGridLayout;
    m_cards->setSpacing(12);
    layout->addLayout(m_cards);

    layout->addWidget(sectionHeading(tr("The day"), content));
    layout->addWidget(new SwimlaneView(document, content));

    layout->addWidget(sectionHeading(tr("Problems to fix before the day"), content));
    m_noProblems =
        new QLabel(tr("No problems: every group fits, travels and is back in time."), content);
    m_problems = new QListWidget(content);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setMaximumHeight(200);
    layout->addWidget(m_noProblems);
    layout->addWidget(m_problems);
    connect(m_problems, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        emit goTo(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toLongLong());
    });

    layout->addWidget(sectionHeading(tr("Participants"), content));
    m_participants = new QLabel(content);
    m_participants->setWordWrap(true);
    layout->addWidget(m_participants);
    layout->addStretch();

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(document, &EventDocument::changed, this, &OverviewPage::documentChanged);
    refresh();
}

void OverviewPage::documentChanged()
{
    // Every check over every person: only while the overview is shown, not on each edit made
    // elsewhere.
    if (isVisible())
        refresh();
    else
        m_stale = true;
}

void OverviewPage::showEvent(QShowEvent *event)
{
    if (m_stale)
        refresh();
    QWidget::showEvent(event);
}

void OverviewPage::refresh()
{
    m_stale = false;
    const EventData &event = m_document->data();
    const EventDetails &e = event.details;
    const QLocale locale;
    m_title->setText(e.title);
    QString when = locale.toString(e.date, QStringLiteral("dddd d MMMM yyyy"));
    if (e.dayStart.isValid() && e.dayEnd.isValid())
        when += QStringLiteral(", ") + e.dayStart.toString(QStringLiteral("HH:mm")) +
                QStringLiteral("–") + e.dayEnd.toString(QStringLiteral("HH:mm"));
    m_when->setText(when + QStringLiteral("  (") + e.timeZone + QLatin1Char(')'));
    const Place *hub = event.place(e.hubPlaceId);
    m_where->setText(hub ? tr("Hub: %1, %2 %3").arg(hub->name, hub->address, hub->postcode)
                         : tr("No hub venue set yet."));
    QStringList who;
    if (!e.organisers.isEmpty())
        who << tr("Organised by %1").arg(e.organisers);
    if (!e.partners.isEmpty())
        who << tr("with %1").arg(e.partners);
    if (!e.contactEmail.isEmpty())
        who << tr("contact %1").arg(e.contactEmail);
    m_organisers->setText(who.join(QStringLiteral(" · ")));
    m_organisers->setVisible(!who.isEmpty());
    m_description->setText(e.description);
    m_description->setVisible(!e.description.isEmpty());
    m_themes->setText(tr("Kinds of treasure: %1").arg(e.themes.join(QStringLiteral(" · "))));
    m_themes->setVisible(!e.themes.isEmpty());

    while (QLayoutItem *item = m_cards->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const int columns = 3;
    for (qsizetype i = 0; i < event.destinations.size(); ++i) {
        m_cards->addWidget(new DestinationCard(event, event.destinations[i]), int(i / columns),
                           int(i % columns));
    }
    m_emptyDestinations->setVisible(event.destinations.isEmpty());

    m_problems->clear();
    for (const Problem &problem : Checker::run(event)) {
        // In words as well as colour and icon: a screen reader and a colour-blind eye read it.
        const bool error = problem.severity == Problem::Severity::Error;
        const bool warning = problem.severity == Problem::Severity::Warning;
        auto *item =
            new QListWidgetItem(style()->standardIcon(error     ? QStyle::SP_MessageBoxCritical
                                                      : warning ? QStyle::SP_MessageBoxWarning
                                                                : QStyle::SP_MessageBoxInformation),
                                (error     ? tr("Error: %1")
                                 : warning ? tr("Warning: %1")
                                           : tr("Note: %1"))
                                    .arg(problem.message),
                                m_problems);
        item->setData(Qt::UserRole, problem.subject.kind);
        item->setData(Qt::UserRole + 1, problem.subject.id);
        item->setToolTip(problem.code);
        item->setForeground(problem.severity == Problem::Severity::Error ? QColor(0xb0, 0x00, 0x20)
                            : problem.severity == Problem::Severity::Warning
                                ? QColor(0x9a, 0x5b, 0x00)
                                : palette().color(QPalette::Text));
    }
    m_problems->setVisible(m_problems->count() > 0);
    m_noProblems->setVisible(m_problems->count() == 0);

    QMap<ParticipantStatus, int> byStatus;
    for (const Participant &p : event.participants)
        ++byStatus[p.status];
    int unassigned = 0;
    for (const Participant &p : event.participants) {
        if (p.status == ParticipantStatus::Booked && !event.destinationOf(p.id))
            ++unassigned;
    }
    if (event.participants.isEmpty()) {
        m_participants->setText(
            tr("Nobody has booked yet. Import a booking export to add people."));
    } else {
        m_participants->setText(
            tr("%n people: ", nullptr, int(event.participants.size())) +
            tr("%1 booked, %2 waitlisted, %3 cancelled, %4 attended, %5 no-show.")
                .arg(byStatus.value(ParticipantStatus::Booked))
                .arg(byStatus.value(ParticipantStatus::Waitlisted))
                .arg(byStatus.value(ParticipantStatus::Cancelled))
                .arg(byStatus.value(ParticipantStatus::Attended))
                .arg(byStatus.value(ParticipantStatus::NoShow)) +
            (unassigned ? tr(" %n booked without a group.", nullptr, unassigned) : QString()));
    }
}

} // namespace fieldday
