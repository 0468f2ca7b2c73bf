#include "AllocateDialog.h"

#include "EventDocument.h"
#include "allocation/AllocationStore.h"
#include "allocation/Allocator.h"
#include "commands/AllocateCommand.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QPushButton>
#include <QSpinBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace fieldday {

AllocateDialog::AllocateDialog(EventDocument *document, QWidget *parent)
    : QDialog(parent), m_document(document), m_strategy(new QComboBox(this)),
      m_seed(new QSpinBox(this)), m_report(new QTextBrowser(this))
{
    setWindowTitle(tr("Allocate people to groups"));
    m_strategy->addItem(tr("Best for everyone (optimal)"), QStringLiteral("optimal"));
    m_strategy->addItem(tr("Booking order (first come, first served)"), QStringLiteral("fcfs"));
    m_strategy->setAccessibleName(tr("Strategy"));
    m_seed->setRange(1, 1000000);
    m_seed->setAccessibleName(tr("Tie-breaker"));
    m_seed->setToolTip(
        tr("Decides between equally good answers. The same seed gives the same answer."));
    auto *form = new QFormLayout;
    form->addRow(tr("Strategy:"), m_strategy);
    form->addRow(tr("Tie-breaker:"), m_seed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *apply = buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    apply->setDefault(true);
    apply->setEnabled(!document->isReadOnly());
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_report, 1);
    layout->addWidget(buttons);
    resize(720, 620);
    connect(m_strategy, &QComboBox::currentIndexChanged, this, &AllocateDialog::recompute);
    connect(m_seed, &QSpinBox::valueChanged, this, &AllocateDialog::recompute);
    connect(buttons, &QDialogButtonBox::accepted, this, &AllocateDialog::apply);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    recompute();
}

void AllocateDialog::recompute()
{
    AllocationSettings settings = AllocationStore::loadSettings(m_document->file());
    settings.seed = quint64(m_seed->value());
    m_problem = AllocationStore::problemFor(m_document->data(), settings,
                                            AllocationMode::ReallocateAll);
    m_result = m_strategy->currentData().toString() == QStringLiteral("fcfs")
                   ? Allocator::firstComeFirstServed(m_problem)
                   : Allocator::optimal(m_problem);
    m_report->setHtml(reportHtml());
}

QString AllocateDialog::reportHtml() const
{
    const EventData &event = m_document->data();
    QString html = tr("<h3>%n people placed</h3>", nullptr, m_result.assigned());
    if (m_result.unassigned())
        html += tr("<p><b>%n without a group</b> (offered the waitlist in booking order).</p>",
                   nullptr, m_result.unassigned());
    // Against the groups as they are: applying moves people who already have one.
    int moved = 0;
    int hadGroup = 0;
    for (const Placement &p : m_result.placements) {
        const qint64 now = event.destinationOf(p.personId);
        hadGroup += now != 0;
        moved += now != 0 && now != p.destinationId;
    }
    if (hadGroup)
        html += moved ? tr("<p><b>%n would change group</b> of those who have one now (pinned "
                           "people stay where they are).</p>",
                           nullptr, moved)
                      : tr("<p>Nobody who has a group now would change group.</p>");
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
    if (m_document->push(std::make_unique<AllocateCommand>(m_document, m_problem, m_result)))
        accept();
}

} // namespace fieldday
