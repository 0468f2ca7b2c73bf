#include "FindingsEditor.h"

#include "EventDocument.h"
#include "commands/MoveFindingCommand.h"
#include "commands/SaveFindingCommand.h"
#include "plan/TreasureConsent.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {
QList<qint64> checkedIds(const QListWidget *list)
{
    QList<qint64> ids;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            ids << list->item(i)->data(Qt::UserRole).toLongLong();
    }
    return ids;
}
} // namespace

FindingsEditor::FindingsEditor(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_list(new QListWidget(this)),
      m_add(new QPushButton(tr("&Add a finding"), this)),
      m_remove(new QPushButton(tr("De&lete"), this)), m_up(new QPushButton(tr("&Up"), this)),
      m_down(new QPushButton(tr("Do&wn"), this)), m_title(new QLineEdit(this)),
      m_text(new QPlainTextEdit(this)), m_questions(new QListWidget(this)),
      m_items(new QListWidget(this)), m_problem(new QLabel(this)),
      m_apply(new QPushButton(tr("Appl&y"), this)), m_revert(new QPushButton(tr("&Revert"), this))
{
    m_list->setAccessibleName(tr("Findings"));
    m_list->setWordWrap(true);
    m_title->setAccessibleName(tr("Finding"));
    m_title->setPlaceholderText(tr("What was learned, in a sentence"));
    m_text->setAccessibleName(tr("What it means"));
    m_text->setPlaceholderText(
        tr("The story behind it: what the groups saw, heard and made of it"));
    m_questions->setAccessibleName(tr("Research questions it answers"));
    m_questions->setMaximumHeight(100);
    m_items->setAccessibleName(tr("Finds it draws on"));
    m_problem->setObjectName(u"problem"_s);
    m_problem->setStyleSheet(u"color: #b00020;"_s);
    m_problem->setWordWrap(true);

    auto *intro = new QLabel(tr("What the day taught, for the report's \"What we learned\". Each "
                                "finding can point to the research questions it answers and "
                                "to the finds it draws on (the report names only those it "
                                "shows)."),
                             this);
    intro->setWordWrap(true);
    intro->setForegroundRole(QPalette::PlaceholderText);

    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(m_add);
    listButtons->addWidget(m_remove);
    listButtons->addStretch();
    listButtons->addWidget(m_up);
    listButtons->addWidget(m_down);
    auto *left = new QVBoxLayout;
    left->addWidget(intro);
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("Finding:"), m_title);
    form->addRow(tr("What it means:"), m_text);
    form->addRow(tr("Answers:"), m_questions);
    form->addRow(tr("Draws on:"), m_items);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    auto *right = new QVBoxLayout;
    right->addLayout(form, 1);
    right->addLayout(buttons);

    auto *layout = new QHBoxLayout(this);
    layout->addLayout(left, 2);
    layout->addLayout(right, 3);

    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_filling || row < 0)
            return;
        const qint64 id = m_list->item(row)->data(Qt::UserRole).toLongLong();
        if (id == m_shown.id)
            return;
        if (!EditForm::confirmLeave(this, this, m_document->isReadOnly())) {
            const QScopedValueRollback<bool> filling(m_filling, true);
            for (int i = 0; i < m_list->count(); ++i) {
                if (m_list->item(i)->data(Qt::UserRole).toLongLong() == m_shown.id)
                    m_list->setCurrentRow(i);
            }
            return;
        }
        select(id);
    });
    connect(m_title, &QLineEdit::textChanged, this, &FindingsEditor::updateState);
    connect(m_text, &QPlainTextEdit::textChanged, this, &FindingsEditor::updateState);
    connect(m_questions, &QListWidget::itemChanged, this, &FindingsEditor::updateState);
    connect(m_items, &QListWidget::itemChanged, this, &FindingsEditor::updateState);
    connect(m_add, &QPushButton::clicked, this, &FindingsEditor::addFinding);
    connect(m_remove, &QPushButton::clicked, this, &FindingsEditor::removeFinding);
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_apply, &QPushButton::clicked, this, &FindingsEditor::apply);
    connect(m_revert, &QPushButton::clicked, this, &FindingsEditor::revert);
    connect(document, &EventDocument::changed, this, &FindingsEditor::documentChanged);
    fillList();
    const QList<Finding> &findings = m_document->data().findings;
    select(findings.isEmpty() ? 0 : findings.first().id);
}

void FindingsEditor::fillList()
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    m_list->clear();
    for (const Finding &f : m_document->data().findings) {
        auto *item = new QListWidgetItem(f.title, m_list);
        item->setData(Qt::UserRole, f.id);
        if (f.id == m_shown.id)
            m_list->setCurrentItem(item);
    }
}

void FindingsEditor::select(qint64 findingId)
{
    Finding found;
    for (const Finding &f : m_document->data().findings) {
        if (f.id == findingId)
            found = f;
    }
    m_shown = found;
    {
        const QScopedValueRollback<bool> filling(m_filling, true);
        for (int i = 0; i < m_list->count(); ++i) {
            if (m_list->item(i)->data(Qt::UserRole).toLongLong() == found.id)
                m_list->setCurrentRow(i);
        }
    }
    show(found);
}

void FindingsEditor::show(const Finding &finding)
{
    const QScopedValueRollback<bool> filling(m_filling, true);
    const EventData &event = m_document->data();
    m_title->setText(finding.title);
    m_text->setPlainText(finding.text);
    m_questions->clear();
    for (qsizetype i = 0; i < event.details.questions.size(); ++i) {
        const ResearchQuestion &q = event.details.questions[i];
        auto *item = new QListWidgetItem(u"%1. %2"_s.arg(i + 1).arg(q.text), m_questions);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        item->setData(Qt::UserRole, q.id);
        item->setCheckState(finding.questionIds.contains(q.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_items->clear();
    for (const Destination &d : event.destinations) {
        for (const TreasureItem *t : event.treasureOf(d.id)) {
            const bool inReport =
                t->inReport && TreasureConsent::allowed(event, *t, Audience::Report);
            auto *item =
                new QListWidgetItem(d.name + u" · "_s + t->label() +
                                        (inReport ? QString() : tr("  (not in the report)")),
                                    m_items);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setData(Qt::UserRole, t->id);
            item->setCheckState(finding.itemIds.contains(t->id) ? Qt::Checked : Qt::Unchecked);
            if (!inReport)
                item->setForeground(palette().color(QPalette::PlaceholderText));
        }
    }
    const bool any = finding.id != 0;
    const bool writable = !m_document->isReadOnly();
    for (QWidget *w : {static_cast<QWidget *>(m_title), static_cast<QWidget *>(m_text),
                       static_cast<QWidget *>(m_questions), static_cast<QWidget *>(m_items)})
        w->setEnabled(any && writable);
    m_add->setEnabled(writable);
    updateState();
}

Finding FindingsEditor::edited() const
{
    Finding f = m_shown;
    if (!f.id)
        return f;
    f.title = m_title->text().trimmed();
    f.text = m_text->toPlainText().trimmed();
    f.questionIds = checkedIds(m_questions);
    f.itemIds = checkedIds(m_items);
    std::sort(f.itemIds.begin(), f.itemIds.end()); // as the file reads them back
    return f;
}

bool FindingsEditor::hasChanges() const
{
    return m_shown.id && !(edited() == m_shown);
}

QString FindingsEditor::partName() const
{
    return tr("the finding \"%1\"").arg(m_shown.title);
}

void FindingsEditor::updateState()
{
    if (m_filling)
        return;
    const bool writable = !m_document->isReadOnly();
    const bool any = m_shown.id != 0;
    const Finding f = edited();
    m_problem->setText(any && f.title.isEmpty() ? tr("A finding needs a title.") : QString());
    m_apply->setEnabled(writable && hasChanges() && m_problem->text().isEmpty());
    m_revert->setEnabled(hasChanges());
    m_remove->setEnabled(writable && any);
    const int row = m_list->currentRow();
    m_up->setEnabled(writable && any && row > 0);
    m_down->setEnabled(writable && any && row >= 0 && row < m_list->count() - 1);
}

bool FindingsEditor::apply()
{
    if (!hasChanges())
        return true;
    const Finding after = edited();
    if (!m_document->push(std::make_unique<SaveFindingCommand>(m_document, m_shown, after)))
        return false;
    select(after.id);
    return true;
}

void FindingsEditor::revert()
{
    select(m_shown.id);
}

void FindingsEditor::addFinding()
{
    if (!EditForm::confirmLeave(this, this, m_document->isReadOnly()))
        return;
    Finding f;
    f.title = tr("A new finding");
    f.position = int(m_document->data().findings.size());
    const EventDocument::Outcome outcome =
        m_document->push(std::make_unique<SaveFindingCommand>(m_document, std::nullopt, f));
    if (outcome) {
        select(outcome.createdId);
        m_title->setFocus();
        m_title->selectAll();
    }
}

void FindingsEditor::removeFinding()
{
    if (!m_shown.id)
        return;
    m_document->push(std::make_unique<SaveFindingCommand>(m_document, m_shown, std::nullopt));
}

void FindingsEditor::move(int step)
{
    if (!m_shown.id || !EditForm::confirmLeave(this, this, m_document->isReadOnly()))
        return;
    m_document->push(std::make_unique<MoveFindingCommand>(m_document, m_shown.id, step));
}

void FindingsEditor::documentChanged(const DocumentChange &change)
{
    if (change.scope == DocumentChange::Scope::People)
        return;
    fillList();
    bool stillThere = false;
    for (const Finding &f : m_document->data().findings)
        stillThere = stillThere || f.id == m_shown.id;
    if (!stillThere) {
        const QList<Finding> &findings = m_document->data().findings;
        select(findings.isEmpty() ? 0 : findings.first().id);
    } else if (!hasChanges()) {
        select(m_shown.id);
    } else {
        updateState();
    }
}

} // namespace fieldday
