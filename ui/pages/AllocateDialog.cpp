#include "AllocateDialog.h"

#include "EventDocument.h"
#include "MessageBox.h"
#include "allocation/AllocationStore.h"
#include "allocation/Allocator.h"
#include "commands/AllocateCommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QScreen>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fieldday {

AllocateDialog::AllocateDialog(EventDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_strategy(new QComboBox(this)),
      m_keepPlaces(new QRadioButton(
          tr("Keep everyone's group: place only the people who have none yet"), this)),
      m_reallocateAll(new QRadioButton(
          tr("Re-optimise everyone: people who have a group may lose it or move"), this)),
      m_tieBreak(new QComboBox(this)), m_seed(new QSpinBox(this)), m_movesLabel(new QLabel(this)),
      m_moves(new QListWidget(this)), m_report(new QTextBrowser(this))
{
    setWindowTitle(tr("Allocate people to groups"));
    m_strategy->addItem(tr("Best for everyone (optimal)"), QStringLiteral("optimal"));
    m_strategy->addItem(tr("Booking order (first come, first served)"), QStringLiteral("fcfs"));
    m_strategy->setAccessibleName(tr("Strategy"));
    m_keepPlaces->setChecked(true);
    m_keepPlaces->setToolTip(tr("People are told their group as soon as it is known: re-running "
                                "the allocation keeps it, and fills only the places left."));
    m_reallocateAll->setToolTip(
        tr("Looks for the best answer for everyone again. Pinned people never move; everyone "
           "who would lose their place or change group is listed before you apply."));
    m_tieBreak->addItem(tr("The earlier booking gets the place"), int(TieBreak::BookingOrder));
    m_tieBreak->addItem(tr("A draw decides"), int(TieBreak::Draw));
    m_tieBreak->setAccessibleName(tr("When places are short"));
    m_tieBreak->setToolTip(tr("Among people who chose alike, who gets a place that not all of "
                              "them can have. Saved with the event when you apply."));
    m_seed->setRange(1, 1000000);
    m_seed->setAccessibleName(tr("Draw number"));
    m_seed->setToolTip(
        tr("The draw between equally good answers. The same number gives the same answer."));
    const AllocationSettings saved = AllocationStore::loadSettings(document->file());
    m_tieBreak->setCurrentIndex(m_tieBreak->findData(int(saved.tieBreak)));
    m_seed->setEnabled(saved.tieBreak == TieBreak::Draw);

    auto *mode = new QVBoxLayout;
    mode->setSpacing(2);
    mode->addWidget(m_keepPlaces);
    mode->addWidget(m_reallocateAll);
    auto *tieBreak = new QHBoxLayout;
    tieBreak->addWidget(m_tieBreak);
    tieBreak->addWidget(new QLabel(tr("Draw number:"), this));
    tieBreak->addWidget(m_seed);
    tieBreak->addStretch();
    auto *form = new QFormLayout;
    form->addRow(tr("Strategy:"), m_strategy);
    form->addRow(tr("Who has a group:"), mode);
    form->addRow(tr("When places are short:"), tieBreak);

    // Who would lose their place or move: in the open, by name, before anything is applied.
    m_movesLabel->setWordWrap(true);
    m_movesLabel->setStyleSheet(QStringLiteral("color: #a03000; font-weight: bold;"));
    m_moves->setAccessibleName(tr("People who would lose their place or change group"));
    m_moves->setMaximumHeight(150);
    m_moves->setSelectionMode(QAbstractItemView::NoSelection);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setDefault(true);
    m_apply->setEnabled(!document->isReadOnly());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_movesLabel);
    layout->addWidget(m_moves);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    // 760×640, or less on a smaller screen: the buttons must stay on it.
    QSize size(760, 640);
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(40, 80));
    resize(size);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &AllocateDialog::recompute);
    connect(m_reallocateAll, &QRadioButton::toggled, this, &AllocateDialog::recompute);
    connect(m_tieBreak, &QComboBox::currentIndexChanged, this, [this] {
        m_seed->setEnabled(TieBreak(m_tieBreak->currentData().toInt()) == TieBreak::Draw);
        recompute();
    });
    connect(m_seed, &QSpinBox::valueChanged, this, &AllocateDialog::recompute);
    connect(buttons, &QDialogButtonBox::accepted, this, &AllocateDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recompute();
}

void AllocateDialog::recompute()
{
    AllocationSettings settings = AllocationStore::loadSettings(m_document->file());
    settings.seed = quint64(m_seed->value());
    settings.tieBreak = TieBreak(m_tieBreak->currentData().toInt());
    m_problem = AllocationStore::problemFor(
        m_document->data(), settings,
        m_reallocateAll->isChecked() ? AllocationMode::ReallocateAll : AllocationMode::KeepPlaces);
    m_result = m_strategy->currentData().toString() == QStringLiteral("fcfs")
                   ? Allocator::firstComeFirstServed(m_problem)
                   : Allocator::optimal(m_problem);

    m_moves->clear();
    int lose = 0;
    for (const Move &m : m_result.moves) {
        lose += m.to == 0;
        m_moves->addItem(
            m.to
                ? tr("%1: %2 → %3")
                      .arg(m.name, m_result.destinationName(m.from), m_result.destinationName(m.to))
                : tr("%1: loses their place in %2").arg(m.name, m_result.destinationName(m.from)));
    }
    const int moving = int(m_result.moves.size());
    const bool reallocating = m_reallocateAll->isChecked();
    // Lose, move, or both: said as it is, with a reminder of why it matters.
    const int change = moving - lose;
    const QString who =
        lose == moving ? tr("%n people who have a group would lose it", nullptr, moving)
        : lose == 0    ? tr("%n people who have a group would change group", nullptr, moving)
                       : tr("%n people who have a group would lose it or change "
                               "group (%1 lose their place, %2 change group)",
                            nullptr, moving)
                          .arg(lose)
                          .arg(change);
    m_movesLabel->setText(!reallocating ? QString()
                          : moving      ? who + tr(". They may have been told their group already:")
                                   : tr("Nobody who has a group would lose it or change group."));
    m_movesLabel->setVisible(reallocating);
    m_moves->setVisible(reallocating && moving);
    m_apply->setText(reallocating && moving ? tr("Apply: move %n people", nullptr, moving)
                                            : tr("Apply"));
    m_report->setHtml(reportHtml());
}

QString AllocateDialog::reportHtml() const
{
    const EventData &event = m_document->data();
    QString html = tr("<h3>%n people placed</h3>", nullptr, m_result.assigned());
    if (m_result.unassigned())
        html += tr("<p><b>%n without a group</b> (offered the waitlist in booking order).</p>",
                   nullptr, m_result.unassigned());
    int kept = 0;
    for (const Placement &p : m_result.placements)
        kept += p.reason == Placement::Reason::Kept;
    if (kept)
        html += tr("<p>%n people keep the group they have.</p>", nullptr, kept);
    if (!m_result.moves.isEmpty()) {
        html += tr("<p style='color:#a03000'><b>%n would lose their place or change group:</b> ",
                   nullptr, int(m_result.moves.size()));
        QStringList names;
        for (const Move &m : m_result.moves)
            names << m.name.toHtmlEscaped();
        html += names.join(QStringLiteral(", ")) + QStringLiteral("</p>");
    }
    html += QStringLiteral("<table cellpadding='3'>");
    for (auto it = m_result.rankCounts.cbegin(); it != m_result.rankCounts.cend(); ++it) {
        const QString label = it.key() == QStringLiteral("none") ? tr("No group")
                              : it.key() == QStringLiteral("unranked")
                                  ? tr("A group they did not choose")
                                  : tr("Choice %1").arg(it.key());
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(label)
                    .arg(it.value());
    }
    html += QStringLiteral("</table><h4>") + tr("Groups") +
            QStringLiteral("</h4><table cellpadding='3'>");
    for (const DestinationSummary &d : m_result.destinations) {
        // As DestinationSummary::sectorMix(), in the reader's language: people without one last.
        QStringList mix;
        for (auto it = d.sectors.cbegin(); it != d.sectors.cend(); ++it) {
            if (!it.key().isEmpty())
                mix << QStringLiteral("%1 %2").arg(it.value()).arg(it.key().toHtmlEscaped());
        }
        if (const int none = d.sectors.value(QString()))
            mix << tr("%1 no sector").arg(none);
        html += QStringLiteral("<tr><td><b>%1</b></td><td>%2</td><td>%3</td></tr>")
                    .arg(d.name.toHtmlEscaped(),
                         tr("%1 (limits %2–%3)").arg(d.size).arg(d.minSize).arg(d.maxSize),
                         mix.join(QStringLiteral(", ")));
    }
    html += QStringLiteral("</table>");
    for (const QString &warning : m_result.warnings)
        html += QStringLiteral("<p style='color:#a03000'>") + warning.toHtmlEscaped() +
                QStringLiteral("</p>");
    html += QStringLiteral("<h4>") + tr("Who goes where, and why") +
            QStringLiteral("</h4><table cellpadding='2'>");
    for (const Placement &p : m_result.placements) {
        const Participant *person = event.participant(p.personId);
        html += QStringLiteral("<tr><td>%1</td><td>%2</td></tr>")
                    .arg(person ? person->displayName().toHtmlEscaped() : QString(),
                         p.explanation.toHtmlEscaped());
    }
    return html + QStringLiteral("</table>");
}

void AllocateDialog::apply()
{
    const int moving = int(m_result.moves.size());
    if (moving &&
        !MessageBox::confirm(this, tr("Move people who have a group?"),
                             tr("%n people who have a group would lose it or change group. "
                                "They may have been told their group already.",
                                nullptr, moving),
                             tr("Move %n people", nullptr, moving)))
        return;
    if (m_document->push(std::make_unique<AllocateCommand>(m_document, m_problem, m_result)))
        accept();
}

} // namespace fieldday
