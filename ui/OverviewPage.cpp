#include "OverviewPage.h"

#include "DestinationCard.h"
#include "EventDocument.h"
#include "SwimlaneView.h"
#include "plan/Checker.h"

#include <QCoreApplication>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QScrollArea>
#include <QStyle>
#include <QTimer>
#include <QTreeWidget>
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

enum ProblemRole
{
    KindRole = Qt::UserRole,
    IdRole,
};

// How a line that gathers many problems of one code reads; other codes show their first
// problem and how many more there are.
QString groupTitle(const QString &code, int count, const QString &first)
{
    struct Title
    {
        const char *code;
        const char *text;
    };
    static const Title titles[] = {
        {"booked-without-group",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n booked people have no group")},
        {"duplicate-email",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n people share an e-mail with someone")},
        {"step-free-not-met",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n people need step-free access their group lacks")},
        {"step-free-unknown",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n people need step-free access not yet confirmed")},
        {"leg-times-missing", QT_TRANSLATE_N_NOOP("OverviewPage", "%n legs have no times")},
        {"no-lead", QT_TRANSLATE_N_NOOP("OverviewPage", "%n groups have no lead")},
        {"lead-phone-missing", QT_TRANSLATE_N_NOOP("OverviewPage", "%n group leads have no phone")},
        {"host-contact-missing",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n destinations have no host contact")},
        {"no-legs", QT_TRANSLATE_N_NOOP("OverviewPage", "%n groups have travel missing")},
        {"contact-not-shared",
         QT_TRANSLATE_N_NOOP("OverviewPage",
                             "%n groups have people who keep their contact private")},
        {"identifiable-without-consent",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n photos show someone without photo consent")},
        {"treasure-not-allowed",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n chosen finds may not be shown where chosen")},
        {"nothing-for-share-out",
         QT_TRANSLATE_N_NOOP("OverviewPage", "%n groups have nothing to show at the share-out")},
    };
    for (const Title &t : titles) {
        if (code == QLatin1String(t.code))
            return QCoreApplication::translate("OverviewPage", t.text, nullptr, count);
    }
    return OverviewPage::tr("%1, and %n more like it", nullptr, count - 1).arg(first);
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

    // What to fix comes before what is fine: it is what the organiser opens the file for.
    layout->addWidget(sectionHeading(tr("Problems to fix before the day"), content));
    m_noProblems =
        new QLabel(tr("No problems: every group fits, travels and is back in time."), content);
    m_problems = new QTreeWidget(content);
    m_problems->setAccessibleName(tr("Problems"));
    m_problems->setHeaderHidden(true);
    m_problems->setColumnCount(1);
    m_problems->setUniformRowHeights(true);
    m_problems->setExpandsOnDoubleClick(true);
    connect(m_problems, &QTreeWidget::itemExpanded, this, &OverviewPage::fitProblems);
    connect(m_problems, &QTreeWidget::itemCollapsed, this, &OverviewPage::fitProblems);
    layout->addWidget(m_noProblems);
    layout->addWidget(m_problems);
    connect(m_problems, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *item) {
        const QString kind = item->data(0, KindRole).toString();
        if (!kind.isEmpty())
            emit goTo(kind, item->data(0, IdRole).toLongLong());
    });

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

    m_recheck = new QTimer(this);
    m_recheck->setSingleShot(true);
    m_recheck->setInterval(400);
    connect(m_recheck, &QTimer::timeout, this, &OverviewPage::refresh);
    connect(document, &EventDocument::changed, this, &OverviewPage::documentChanged);
    refresh();
}

void OverviewPage::documentChanged()
{
    // Every check over every person: at once while the overview is shown; otherwise once edits
    // pause, for the tab's error count, not on each edit made elsewhere.
    if (isVisible()) {
        refresh();
    } else {
        m_stale = true;
        m_recheck->start();
    }
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
    m_recheck->stop();
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

    fillProblems(event);

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

void OverviewPage::fillProblems(const EventData &event)
{
    using Severity = Problem::Severity;
    // Errors, then warnings, then notes; within each, codes in the order the checks found them.
    QList<QList<Problem>> byCode;
    QHash<QString, qsizetype> indexOfCode;
    for (const Problem &problem : Checker::run(event)) {
        auto it = indexOfCode.constFind(problem.code);
        if (it == indexOfCode.cend()) {
            it = indexOfCode.insert(problem.code, byCode.size());
            byCode.append(QList<Problem>());
        }
        byCode[*it].append(problem);
    }
    std::stable_sort(byCode.begin(), byCode.end(), [](const auto &a, const auto &b) {
        return int(a.first().severity) < int(b.first().severity);
    });

    const auto describe = [this](QTreeWidgetItem *item, Severity severity, const QString &text) {
        // In words as well as colour and icon: a screen reader and a colour-blind eye read it.
        const bool error = severity == Severity::Error;
        const bool warning = severity == Severity::Warning;
        item->setIcon(0, style()->standardIcon(error     ? QStyle::SP_MessageBoxCritical
                                               : warning ? QStyle::SP_MessageBoxWarning
                                                         : QStyle::SP_MessageBoxInformation));
        item->setText(0, (error     ? tr("Error: %1")
                          : warning ? tr("Warning: %1")
                                    : tr("Note: %1"))
                             .arg(text));
        item->setForeground(0, error     ? QColor(0xb0, 0x00, 0x20)
                               : warning ? QColor(0x9a, 0x5b, 0x00)
                                         : palette().color(QPalette::Text));
    };
    const auto leaf = [&describe](QTreeWidgetItem *item, const Problem &problem) {
        describe(item, problem.severity, problem.message);
        // A group with nothing for the share-out is fixed in its treasure log, not its plan.
        item->setData(0, KindRole,
                      problem.code == QStringLiteral("nothing-for-share-out")
                          ? QStringLiteral("treasure-group")
                          : problem.subject.kind);
        item->setData(0, IdRole, problem.subject.id);
        item->setToolTip(0, problem.code);
    };

    const QSignalBlocker blocker(m_problems);
    m_problems->clear();
    int errors = 0;
    for (const QList<Problem> &problems : std::as_const(byCode)) {
        const Problem &first = problems.first();
        if (first.severity == Severity::Error)
            errors += int(problems.size());
        auto *top = new QTreeWidgetItem(m_problems);
        if (problems.size() == 1) {
            leaf(top, first);
            continue;
        }
        describe(top, first.severity, groupTitle(first.code, int(problems.size()), first.message));
        top->setToolTip(0, first.code);
        for (const Problem &problem : problems)
            leaf(new QTreeWidgetItem(top), problem);
    }
    fitProblems();
    m_problems->setVisible(m_problems->topLevelItemCount() > 0);
    m_noProblems->setVisible(m_problems->topLevelItemCount() == 0);
    if (errors != m_errorCount) {
        m_errorCount = errors;
        emit errorCountChanged(errors);
    }
}

void OverviewPage::fitProblems()
{
    // As tall as its lines, up to a dozen; more scroll inside the list.
    int lines = 0;
    for (QTreeWidgetItemIterator it(m_problems, QTreeWidgetItemIterator::NotHidden); *it; ++it) {
        const QTreeWidgetItem *parent = (*it)->parent();
        lines += !parent || parent->isExpanded();
    }
    const int line = qMax(m_problems->sizeHintForRow(0), fontMetrics().height() + 4);
    m_problems->setFixedHeight(qMin(lines, 12) * line + 2 * m_problems->frameWidth() + 4);
}

} // namespace fieldday
