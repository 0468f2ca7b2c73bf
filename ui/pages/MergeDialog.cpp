#include "MergeDialog.h"

#include "EventDocument.h"
#include "commands/MergeCopyCommand.h"
#include "storage/CopyMerger.h"
#include "storage/Error.h"
#include "storage/EventFile.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace fieldday {

namespace {

QString fieldLabel(const QString &column)
{
    QString text = column;
    text.replace(QLatin1Char('_'), QLatin1Char(' '));
    if (!text.isEmpty())
        text[0] = text[0].toUpper();
    return text;
}

QString valueText(const QVariant &value)
{
    const QString text = value.isValid() ? value.toString() : QString();
    return text.isEmpty() ? MergeDialog::tr("(empty)") : text;
}

} // namespace

MergeDialog::MergeDialog(EventDocument *document, QString copyPath, QWidget *parent)
    : QDialog(parent), m_document(document), m_copyPath(std::move(copyPath))
{
    setWindowTitle(tr("Merge changes from %1").arg(QFileInfo(m_copyPath).fileName()));
    try {
        CopyMerger::Options options;
        options.dryRun = true;
        options.describe = true;
        m_preview = CopyMerger::merge(document->file(), m_copyPath, options);
    } catch (const Error &error) {
        m_refusal = error.message();
    }

    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel(summaryText(), this);
    m_summary->setWordWrap(true);
    QFont bigger = m_summary->font();
    bigger.setPointSizeF(bigger.pointSizeF() * 1.15);
    bigger.setBold(true);
    m_summary->setFont(bigger);
    layout->addWidget(m_summary);

    for (qsizetype i = 0; i < m_preview.conflicts.size(); ++i) {
        if (m_preview.conflicts[i].needsDecision())
            m_decisions.append(i);
    }
    auto *decide = new QLabel(
        tr("Changed on both sides: choose what to keep. Nothing changes until you merge, and "
           "the merge is one step you can undo."),
        this);
    decide->setWordWrap(true);
    layout->addWidget(decide);
    m_conflicts = new QTableWidget(int(m_decisions.size()), 6, this);
    m_conflicts->setHorizontalHeaderLabels({tr("Who or what"), tr("Field"), tr("When shared"),
                                            tr("Mine (this event)"),
                                            tr("Theirs (%1)").arg(m_preview.copyName), tr("Keep")});
    m_conflicts->verticalHeader()->hide();
    m_conflicts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_conflicts->setSelectionMode(QAbstractItemView::NoSelection);
    m_conflicts->setAlternatingRowColors(true);
    for (int row = 0; row < m_decisions.size(); ++row) {
        const MergeConflict &c = m_preview.conflicts[m_decisions[row]];
        const QStringList cells = {c.row, fieldLabel(c.column),
                                   c.kind == MergeConflict::Kind::BothAdded ? tr("(added on both)")
                                                                            : valueText(c.shared),
                                   valueText(c.mine), valueText(c.theirs)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            item->setToolTip(cells[column]);
            m_conflicts->setItem(row, column, item);
        }
        // No choice is made for the organiser: Merge waits until each conflict has one.
        auto *choice = new QComboBox(m_conflicts);
        choice->setPlaceholderText(tr("Choose…"));
        choice->addItem(tr("Mine"), int(MergeTake::Mine));
        choice->addItem(tr("Theirs"), int(MergeTake::Theirs));
        choice->setCurrentIndex(-1);
        choice->setAccessibleName(tr("Keep for %1, %2").arg(c.row, fieldLabel(c.column)));
        connect(choice, &QComboBox::currentIndexChanged, this, &MergeDialog::showDecisions);
        m_conflicts->setCellWidget(row, 5, choice);
    }
    m_conflicts->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_conflicts->horizontalHeader()->setStretchLastSection(false);
    m_conflicts->resizeColumnsToContents();
    m_conflicts->setColumnWidth(0, qMax(m_conflicts->columnWidth(0), 180));
    // Room for the placeholder and the arrow: "Choose…" is read, not guessed at.
    int keep = 0;
    for (const QString &text : {tr("Choose…"), tr("Mine"), tr("Theirs")})
        keep = qMax(keep, fontMetrics().horizontalAdvance(text));
    m_conflicts->setColumnWidth(5, qMax(m_conflicts->columnWidth(5), keep + 48));
    // The two values side by side take the room; the choice boxes take the focus, not cells.
    m_conflicts->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_conflicts->horizontalHeader()->setSectionResizeMode(4, QHeaderView::Stretch);
    m_conflicts->setFocusPolicy(Qt::NoFocus);
    // A few conflicts take the room they need; the list of what comes in takes the rest.
    if (m_decisions.size() <= 8)
        m_conflicts->setMaximumHeight(m_conflicts->horizontalHeader()->sizeHint().height() +
                                      m_conflicts->verticalHeader()->length() +
                                      2 * m_conflicts->frameWidth() + 2);
    layout->addWidget(m_conflicts, 2);

    auto *all = new QHBoxLayout;
    all->addWidget(new QLabel(tr("For all:"), this));
    m_allMine = new QPushButton(tr("&Keep All Mine"), this);
    m_allTheirs = new QPushButton(tr("&Take All Theirs"), this);
    connect(m_allMine, &QPushButton::clicked, this, [this] { chooseAll(MergeTake::Mine); });
    connect(m_allTheirs, &QPushButton::clicked, this, [this] { chooseAll(MergeTake::Theirs); });
    all->addWidget(m_allMine);
    all->addWidget(m_allTheirs);
    all->addStretch();
    layout->addLayout(all);

    // What comes in besides, change by change (check-ins are counted in the summary): nothing
    // goes in unseen.
    m_changes = new QListWidget(this);
    constexpr int listed = 500;
    for (const MergeChange &change : std::as_const(m_preview.changes)) {
        if (m_changes->count() == listed) {
            m_changes->addItem(tr("… and %1 more").arg(m_preview.changes.size() - listed));
            break;
        }
        m_changes->addItem(change.text());
    }
    auto *changesLabel = new QLabel(tr("What comes in (check-ins are counted above):"), this);
    layout->addWidget(changesLabel);
    layout->addWidget(m_changes, 1);
    changesLabel->setVisible(m_changes->count() > 0);
    m_changes->setVisible(m_changes->count() > 0);

    m_kept = new QListWidget(this);
    for (const MergeConflict &c : std::as_const(m_preview.conflicts)) {
        switch (c.kind) {
        case MergeConflict::Kind::DeletedHereChangedThere:
            m_kept->addItem(tr("%1: deleted here, changed in the copy — kept").arg(c.row));
            break;
        case MergeConflict::Kind::DeletedThereChangedHere:
            m_kept->addItem(tr("%1: deleted in the copy, changed here — kept").arg(c.row));
            break;
        case MergeConflict::Kind::NotApplied:
            m_kept->addItem(tr("%1: not applied (it would break a rule of the event)").arg(c.row));
            break;
        default:
            break;
        }
    }
    auto *keptLabel = new QLabel(tr("Kept without asking:"), this);
    layout->addWidget(keptLabel);
    layout->addWidget(m_kept, 1);

    const bool hasDecisions = !m_decisions.isEmpty();
    decide->setVisible(hasDecisions);
    m_conflicts->setVisible(hasDecisions);
    m_allMine->setVisible(hasDecisions);
    m_allTheirs->setVisible(hasDecisions);
    all->itemAt(0)->widget()->setVisible(hasDecisions);
    keptLabel->setVisible(m_kept->count() > 0);
    m_kept->setVisible(m_kept->count() > 0);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_merge = buttons->addButton(tr("&Merge"), QDialogButtonBox::AcceptRole);
    // Why Merge is not yet enabled, beside it.
    m_waiting = new QLabel(tr("Choose Mine or Theirs for each conflict to merge."), this);
    m_waiting->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_canMerge = m_refusal.isEmpty() && !m_preview.nothingNew && !document->isReadOnly();
    if (!m_canMerge) {
        buttons->button(QDialogButtonBox::Cancel)->setText(tr("Close"));
        m_merge->hide(); // nothing to merge: Close is all there is to do
    }
    showDecisions();
    connect(buttons, &QDialogButtonBox::accepted, this, &MergeDialog::merge);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Room left over (a few conflicts, no lists) goes below the content, not between its lines.
    layout->addStretch();
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_waiting, 1);
    bottom->addWidget(buttons);
    layout->addLayout(bottom);
    resize(hasDecisions || m_changes->count() > 0 ? QSize(900, 560) : QSize(560, 240));
}

QString MergeDialog::summaryText() const
{
    if (!m_refusal.isEmpty())
        return m_refusal;
    if (m_preview.nothingNew)
        return tr("Nothing new from %1 since it was shared or last merged.")
            .arg(m_preview.copyName);
    return m_preview.summary() + QLatin1Char('.');
}

MergeTake MergeDialog::choiceAt(int row) const
{
    const auto *box = qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, 5));
    return box && box->currentIndex() >= 0 ? MergeTake(box->currentData().toInt()) : MergeTake::Ask;
}

void MergeDialog::showDecisions()
{
    for (int row = 0; row < m_decisions.size(); ++row)
        m_preview.conflicts[m_decisions[row]].resolution = choiceAt(row);
    m_summary->setText(summaryText()); // "2 need a decision", counting down
    m_merge->setEnabled(m_canMerge && m_preview.undecided() == 0);
    m_waiting->setVisible(m_canMerge && m_preview.undecided() > 0);
}

void MergeDialog::setChoiceAt(int row, MergeTake take)
{
    if (auto *box = qobject_cast<QComboBox *>(m_conflicts->cellWidget(row, 5)))
        box->setCurrentIndex(box->findData(int(take)));
}

void MergeDialog::chooseAll(MergeTake take)
{
    for (int row = 0; row < m_conflicts->rowCount(); ++row)
        setChoiceAt(row, take);
}

void MergeDialog::merge()
{
    QHash<QString, MergeTake> choices;
    for (int row = 0; row < m_decisions.size(); ++row)
        choices.insert(m_preview.conflicts[m_decisions[row]].id(), choiceAt(row));
    auto command =
        std::make_unique<MergeCopyCommand>(m_document, m_copyPath, m_preview.copyName, choices);
    const MergeCopyCommand *pushed = command.get(); // the undo stack keeps it
    if (m_document->push(std::move(command))) {
        m_backupPath = pushed->report().backupPath;
        accept();
    }
}

} // namespace fieldday
