#include "TreasureItemForm.h"

#include "EventDocument.h"
#include "ThumbnailCache.h"
#include "commands/SaveTreasureItemCommand.h"
#include "plan/TreasureConsent.h"
#include "storage/TreasureRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTimeEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

QListWidget *checkList(QWidget *parent, const QString &name)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(name);
    list->setSelectionMode(QAbstractItemView::NoSelection);
    list->setMaximumHeight(96);
    // Long questions are cut with an ellipsis (whole in their tooltip), never scrolled sideways.
    list->setTextElideMode(Qt::ElideRight);
    list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    return list;
}

void addCheckable(QListWidget *list, const QString &text, const QVariant &data, bool checked)
{
    auto *item = new QListWidgetItem(text, list);
    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
    item->setData(Qt::UserRole, data);
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
}

QVariantList checkedData(const QListWidget *list)
{
    QVariantList result;
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->checkState() == Qt::Checked)
            result << list->item(i)->data(Qt::UserRole);
    }
    return result;
}

QString finderKey(const TreasureItem &item)
{
    if (item.finderParticipantId)
        return u"p:%1"_s.arg(item.finderParticipantId);
    return item.finderLead.isEmpty() ? QString() : u"l:"_s + item.finderLead;
}

} // namespace

TreasureItemForm::TreasureItemForm(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_group(new QComboBox(this)),
      m_heading(new QLabel(this)), m_picture(new QLabel(this)),
      m_textLabel(new QLabel(tr("Words:"), this)), m_text(new QPlainTextEdit(this)),
      m_caption(new QPlainTextEdit(this)), m_finder(new QComboBox(this)),
      m_timeKnown(new QCheckBox(tr("at"), this)), m_time(new QTimeEdit(this)),
      m_place(new QComboBox(this)), m_kinds(checkList(this, tr("Kinds of treasure"))),
      m_questions(checkList(this, tr("Research questions"))),
      m_shareOut(new QCheckBox(tr("At the share-out"), this)),
      m_inReport(new QCheckBox(tr("In the report"), this)), m_consent(new QComboBox(this)),
      m_credit(new QCheckBox(tr("Name the finder beside it"), this)),
      m_peopleBox(new QWidget(this)), m_identifiable(new QComboBox(this)),
      m_people(checkList(this, tr("People who can be recognised"))), m_verdict(new QLabel(this)),
      m_problem(new QLabel(this)), m_apply(new QPushButton(tr("Appl&y"), this)),
      m_revert(new QPushButton(tr("&Revert"), this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_picture->setAlignment(Qt::AlignCenter);
    m_picture->setAccessibleName(tr("Photo"));
    m_text->setMaximumHeight(70);
    m_caption->setMaximumHeight(58);
    m_caption->setPlaceholderText(tr("In the finder's words"));
    m_text->setAccessibleName(tr("Words"));
    m_caption->setAccessibleName(tr("Caption"));
    m_finder->setAccessibleName(tr("Found by"));
    // Long names (a place, a person) must not widen the form past its column: combo boxes
    // size to a short name and elide the rest.
    for (QComboBox *combo : {m_group, m_finder, m_place, m_consent, m_identifiable}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(8);
    }
    m_time->setDisplayFormat(u"HH:mm"_s);
    m_time->setAccessibleName(tr("Time found"));
    m_timeKnown->setAccessibleName(tr("Time known"));
    m_place->setAccessibleName(tr("Where"));
    m_consent->addItem(tr("Not given yet: shown nowhere"), int(FinderConsent::None));
    m_consent->addItem(tr("For the room at the share-out"), int(FinderConsent::Room));
    m_consent->addItem(tr("For the room and for publication"), int(FinderConsent::Publish));
    m_consent->setAccessibleName(tr("The finder's consent"));
    m_identifiable->addItem(tr("Not known yet: shown nowhere"), int(Identifiable::Unknown));
    m_identifiable->addItem(tr("Nobody can be recognised"), int(Identifiable::Nobody));
    m_identifiable->addItem(tr("These people (ticked below)"), int(Identifiable::Named));
    m_identifiable->setAccessibleName(tr("Who can be recognised"));
    m_verdict->setWordWrap(true);
    m_verdict->setObjectName(u"verdict"_s);
    m_problem->setObjectName(u"problem"_s);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(u"color: #b00020;"_s);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_group->setAccessibleName(tr("Group"));
    form->addRow(tr("Group:"), m_group);
    form->addRow(m_textLabel, m_text);
    form->addRow(tr("Caption:"), m_caption);
    form->addRow(tr("Found by:"), m_finder);
    auto *when = new QHBoxLayout;
    when->addWidget(m_timeKnown);
    when->addWidget(m_time);
    when->addWidget(new QLabel(tr("where"), this));
    when->addWidget(m_place, 1);
    form->addRow(tr("When:"), when);
    form->addRow(tr("Kinds:"), m_kinds);
    form->addRow(tr("Questions:"), m_questions);

    auto *showed = new QGroupBox(tr("Photovoice questions"), this);
    auto *showedForm = new QFormLayout(showed);
    for (size_t a = 0; a < showedQuestions.size(); ++a) {
        m_showed[a] = new QLineEdit(this);
        const QString question = tr(showedQuestions[a].label);
        m_showed[a]->setPlaceholderText(question);
        m_showed[a]->setAccessibleName(question);
        m_showed[a]->setToolTip(question);
        showedForm->addRow(QString(QChar(u"SHOWD"[a])) + u':', m_showed[a]);
    }

    auto *sharing = new QGroupBox(tr("Showing it"), this);
    auto *sharingForm = new QFormLayout(sharing);
    auto *chosen = new QHBoxLayout;
    chosen->addWidget(m_shareOut);
    chosen->addWidget(m_inReport);
    chosen->addStretch();
    sharingForm->addRow(tr("Chosen:"), chosen);
    sharingForm->addRow(tr("Finder's consent:"), m_consent);
    sharingForm->addRow(QString(), m_credit);
    auto *peopleLayout = new QVBoxLayout(m_peopleBox);
    peopleLayout->setContentsMargins(0, 0, 0, 0);
    peopleLayout->addWidget(m_identifiable);
    peopleLayout->addWidget(m_people);
    sharingForm->addRow(tr("In the photo:"), m_peopleBox);
    sharingForm->addRow(m_verdict);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(m_revert);
    buttons->addWidget(m_apply);
    m_apply->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 12, 4); // clear of the scroll bar beside it
    layout->addWidget(m_heading);
    layout->addWidget(m_picture);
    layout->addLayout(form);
    layout->addWidget(showed);
    layout->addWidget(sharing);
    layout->addLayout(buttons);
    layout->addStretch();

    auto changed = [this] { updateState(); };
    connect(m_group, &QComboBox::currentIndexChanged, this, [this] {
        if (m_filling)
            return;
        // Moved to another group: its members and leads to choose from, what was typed kept.
        const TreasureItem typed = edited();
        m_filling = true;
        fillChoices(typed);
        m_finder->setCurrentIndex(qMax(0, m_finder->findData(finderKey(typed))));
        m_filling = false;
        updateState();
    });
    connect(m_text, &QPlainTextEdit::textChanged, this, changed);
    connect(m_caption, &QPlainTextEdit::textChanged, this, changed);
    connect(m_finder, &QComboBox::currentIndexChanged, this, changed);
    connect(m_timeKnown, &QCheckBox::toggled, this, [this] {
        m_time->setEnabled(m_timeKnown->isChecked());
        updateState();
    });
    connect(m_time, &QTimeEdit::timeChanged, this, changed);
    connect(m_place, &QComboBox::currentIndexChanged, this, changed);
    connect(m_kinds, &QListWidget::itemChanged, this, changed);
    connect(m_questions, &QListWidget::itemChanged, this, changed);
    for (QLineEdit *edit : m_showed)
        connect(edit, &QLineEdit::textChanged, this, changed);
    for (QCheckBox *box : {m_shareOut, m_inReport, m_credit})
        connect(box, &QCheckBox::toggled, this, changed);
    connect(m_consent, &QComboBox::currentIndexChanged, this, changed);
    connect(m_identifiable, &QComboBox::currentIndexChanged, this, [this] {
        m_people->setEnabled(m_identifiable->currentData().toInt() == int(Identifiable::Named));
        updateState();
    });
    connect(m_people, &QListWidget::itemChanged, this, changed);
    connect(m_apply, &QPushButton::clicked, this, &TreasureItemForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &TreasureItemForm::revert);
    connect(document, &EventDocument::changed, this, &TreasureItemForm::documentChanged);
    setItem(0);
}

void TreasureItemForm::setItem(qint64 id)
{
    const TreasureItem *item = m_document->data().treasureItem(id);
    m_creating = false;
    m_shown = item ? *item : TreasureItem{};
    show(m_shown);
}

void TreasureItemForm::startNew(TreasureType type, qint64 destinationId)
{
    TreasureItem item;
    item.type = type;
    item.destinationId = destinationId;
    item.identifiable = Identifiable::Nobody; // words have no faces
    m_creating = true;
    m_shown = item;
    show(m_shown);
    m_text->setFocus();
}

void TreasureItemForm::fillChoices(const TreasureItem &item)
{
    const EventData &event = m_document->data();
    const Destination *group = event.destination(item.destinationId);
    m_finder->clear();
    m_finder->addItem(tr("(not said)"), QString());
    QSet<qint64> members;
    if (group) {
        for (const Participant *p : event.members(group->id)) {
            m_finder->addItem(p->displayName(), u"p:%1"_s.arg(p->id));
            members.insert(p->id);
        }
        for (const GroupLead &lead : group->leads)
            m_finder->addItem(tr("%1 (lead)").arg(lead.name), QString(u"l:"_s + lead.name));
    }
    // Someone from elsewhere, or no longer in the group, who found it.
    if (item.finderParticipantId && !members.contains(item.finderParticipantId)) {
        if (const Participant *p = event.participant(item.finderParticipantId))
            m_finder->addItem(p->displayName(), finderKey(item));
    }
    if (!item.finderLead.isEmpty() && m_finder->findData(finderKey(item)) < 0)
        m_finder->addItem(tr("%1 (lead)").arg(item.finderLead), finderKey(item));

    m_place->clear();
    m_place->addItem(tr("(not said)"), qint64(0));
    for (const Place &p : event.places)
        m_place->addItem(p.name, p.id);

    m_kinds->clear();
    for (const QString &kind : event.details.themes)
        addCheckable(m_kinds, kind, kind, item.themes.contains(kind));
    m_questions->clear();
    for (qsizetype i = 0; i < event.details.questions.size(); ++i) {
        const ResearchQuestion &q = event.details.questions[i];
        addCheckable(m_questions, u"%1. %2"_s.arg(i + 1).arg(q.text), q.id,
                     item.questionIds.contains(q.id));
        m_questions->item(int(i))->setToolTip(q.text);
    }
    m_people->clear();
    QList<qint64> people;
    if (group) {
        for (const Participant *p : event.members(group->id))
            people << p->id;
    }
    for (qint64 id : item.shows) {
        if (!people.contains(id))
            people << id;
    }
    for (qint64 id : people) {
        const Participant *p = event.participant(id);
        const QString name = !p                 ? tr("Someone removed from the event")
                             : p->consentPhotos ? p->displayName()
                                                : tr("%1 (no photo consent)").arg(p->displayName());
        addCheckable(m_people, name, id, item.shows.contains(id));
    }
}

void TreasureItemForm::show(const TreasureItem &item)
{
    m_filling = true; // no state updates while the fields fill; one at the end
    const EventData &event = m_document->data();
    const bool any = item.id != 0 || m_creating;
    const Destination *group = event.destination(item.destinationId);
    const QString newOne =
        item.type == TreasureType::Quote ? tr("A new quote") : tr("A new observation");
    m_heading->setText(!any ? tr("Select a find to see and edit it.")
                            : (group ? group->name + u" · "_s : QString()) +
                                  (m_creating ? newOne : item.label()));
    m_group->clear();
    for (const Destination &d : event.destinations)
        m_group->addItem(d.name, d.id);
    m_group->setCurrentIndex(qMax(0, m_group->findData(item.destinationId)));
    if (item.isPhoto() && any) {
        const QImage picture =
            ThumbnailCache::decode(TreasureRepository(m_document->file()).photo(item.id), 380);
        m_picture->setPixmap(QPixmap::fromImage(picture));
        m_picture->setToolTip(item.photo.sourceName);
    } else {
        m_picture->clear();
    }
    m_picture->setVisible(item.isPhoto() && any);
    m_textLabel->setText(item.type == TreasureType::Quote ? tr("Words said:") : tr("Seen:"));
    m_textLabel->setVisible(!item.isPhoto());
    m_text->setVisible(!item.isPhoto());
    m_text->setPlainText(item.text);
    m_caption->setPlainText(item.caption);
    fillChoices(item);
    m_finder->setCurrentIndex(qMax(0, m_finder->findData(finderKey(item))));
    m_timeKnown->setChecked(item.foundAt.isValid());
    m_time->setTime(item.foundAt.isValid() ? item.foundAt.time() : QTime(12, 0));
    m_time->setEnabled(item.foundAt.isValid());
    m_place->setCurrentIndex(qMax(0, m_place->findData(item.placeId)));
    for (size_t a = 0; a < showedQuestions.size(); ++a)
        m_showed[a]->setText(item.showed[a]);
    m_shareOut->setChecked(item.shareOut);
    m_inReport->setChecked(item.inReport);
    m_consent->setCurrentIndex(qMax(0, m_consent->findData(int(item.consent))));
    m_credit->setChecked(item.credit);
    m_identifiable->setCurrentIndex(qMax(0, m_identifiable->findData(int(item.identifiable))));
    m_people->setEnabled(item.identifiable == Identifiable::Named);
    m_peopleBox->setVisible(item.isPhoto());
    for (QWidget *w : findChildren<QWidget *>())
        w->setEnabled(any && !m_document->isReadOnly());
    m_heading->setEnabled(true);
    m_time->setEnabled(any && item.foundAt.isValid());
    m_people->setEnabled(any && item.identifiable == Identifiable::Named);
    m_filling = false;
    updateState();
}

TreasureItem TreasureItemForm::edited() const
{
    TreasureItem item = m_shown;
    if (!item.id && !m_creating)
        return item;
    item.destinationId = m_group->currentData().toLongLong();
    item.text = m_text->toPlainText().trimmed();
    item.caption = m_caption->toPlainText().trimmed();
    const QString finder = m_finder->currentData().toString();
    item.finderParticipantId = finder.startsWith(u"p:"_s) ? finder.mid(2).toLongLong() : 0;
    item.finderLead = finder.startsWith(u"l:"_s) ? finder.mid(2) : QString();
    const QDate day =
        m_shown.foundAt.isValid() ? m_shown.foundAt.date() : m_document->data().details.date;
    item.foundAt = m_timeKnown->isChecked() ? QDateTime(day, m_time->time()) : QDateTime();
    if (m_timeKnown->isChecked() && m_shown.foundAt.isValid() &&
        m_shown.foundAt.time().toString(u"HH:mm"_s) == m_time->time().toString(u"HH:mm"_s))
        item.foundAt = m_shown.foundAt; // the seconds the camera gave stay
    item.placeId = m_place->currentData().toLongLong();
    item.themes.clear();
    for (const QVariant &kind : checkedData(m_kinds))
        item.themes << kind.toString();
    item.questionIds.clear();
    for (const QVariant &id : checkedData(m_questions))
        item.questionIds << id.toLongLong();
    for (size_t a = 0; a < showedQuestions.size(); ++a)
        item.showed[a] = m_showed[a]->text().trimmed();
    item.shareOut = m_shareOut->isChecked();
    item.inReport = m_inReport->isChecked();
    item.consent = FinderConsent(m_consent->currentData().toInt());
    item.credit = m_credit->isChecked();
    if (item.isPhoto()) {
        item.identifiable = Identifiable(m_identifiable->currentData().toInt());
        item.shows.clear();
        if (item.identifiable == Identifiable::Named) {
            for (const QVariant &id : checkedData(m_people))
                item.shows << id.toLongLong();
        }
    }
    return item;
}

TreasureItem TreasureItemForm::typedOver(const TreasureItem &stored) const
{
    const TreasureItem typed = edited();
    TreasureItem result = stored;
    // A field typed here is written; every other one stays as stored now, so a change made
    // elsewhere meanwhile (an undo, the CLI) is not undone by Apply. Fields that only mean
    // something together (the finder, who is in the photo) travel together.
    const auto take = [&](auto... fields) {
        if (((!(typed.*fields == m_shown.*fields)) || ...))
            ((result.*fields = typed.*fields), ...);
    };
    take(&TreasureItem::destinationId);
    take(&TreasureItem::finderParticipantId, &TreasureItem::finderLead);
    take(&TreasureItem::foundAt);
    take(&TreasureItem::placeId);
    take(&TreasureItem::text);
    take(&TreasureItem::caption);
    take(&TreasureItem::showed);
    take(&TreasureItem::themes);
    take(&TreasureItem::questionIds);
    take(&TreasureItem::shareOut);
    take(&TreasureItem::inReport);
    take(&TreasureItem::consent);
    take(&TreasureItem::credit);
    take(&TreasureItem::identifiable, &TreasureItem::shows);
    return result;
}

bool TreasureItemForm::hasChanges() const
{
    return (m_shown.id || m_creating) && !(edited() == m_shown);
}

QString TreasureItemForm::partName() const
{
    return m_creating ? tr("the new find") : m_shown.label();
}

void TreasureItemForm::updateState()
{
    if (m_filling)
        return;
    const TreasureItem item = edited();
    const EventData &event = m_document->data();
    const bool any = item.id || m_creating;
    // A new find says what it lacks only once something was typed.
    const QString problem = any && (!m_creating || hasChanges())
                                ? SaveTreasureItemCommand::problemWith(event, item)
                                : QString();
    m_problem->setText(problem);
    m_apply->setEnabled(any && problem.isEmpty() && hasChanges() && !m_document->isReadOnly());
    m_revert->setEnabled(hasChanges() || m_creating);
    if (!any) {
        m_verdict->clear();
        return;
    }
    // What the share-out and the report will do with it, as they will decide it.
    QStringList lines;
    for (Audience audience : {Audience::ShareOut, Audience::Report}) {
        const TreasureConsent::Verdict verdict = TreasureConsent::check(event, item, audience);
        const bool chosen = audience == Audience::ShareOut ? item.shareOut : item.inReport;
        const QString where =
            audience == Audience::ShareOut ? tr("At the share-out") : tr("In the report");
        if (verdict.allowed)
            lines << (chosen ? tr("✔ %1: shown.").arg(where)
                             : tr("%1: may be shown, not chosen.").arg(where));
        else
            lines << (chosen ? tr("✘ %1: held back, because %2.") : tr("%1: may not be shown: %2."))
                         .arg(where, verdict.reasons.join(u"; "_s));
    }
    m_verdict->setText(lines.join(u'\n'));
}

bool TreasureItemForm::apply()
{
    if (!hasChanges())
        return true;
    const TreasureItem item = edited();
    if (!SaveTreasureItemCommand::problemWith(m_document->data(), item).isEmpty()) {
        updateState();
        return false;
    }
    if (m_creating) {
        const EventDocument::Outcome outcome = m_document->push(
            std::make_unique<SaveTreasureItemCommand>(m_document, std::nullopt, item));
        if (!outcome)
            return false;
        setItem(outcome.createdId);
        emit created(outcome.createdId);
        return true;
    }
    const TreasureItem *stored = m_document->data().treasureItem(m_shown.id);
    if (!stored) {
        m_problem->setText(tr("That find is no longer in the treasure log."));
        return false;
    }
    const TreasureItem before = *stored;
    if (!m_document->push(
            std::make_unique<SaveTreasureItemCommand>(m_document, before, typedOver(before))))
        return false;
    setItem(before.id); // the fields as stored now
    return true;
}

void TreasureItemForm::revert()
{
    setItem(m_creating ? 0 : m_shown.id); // a new find not added is dropped
}

void TreasureItemForm::documentChanged(const DocumentChange &change)
{
    if (m_creating) {
        updateState();
        return;
    }
    if (change.scope == DocumentChange::Scope::People && !hasChanges()) {
        setItem(m_shown.id); // a name or a photo consent shown here may have changed
        return;
    }
    const TreasureItem *stored = m_document->data().treasureItem(m_shown.id);
    if (!stored || !hasChanges()) {
        setItem(stored ? m_shown.id : 0);
        return;
    }
    // Typed changes are kept; what they would do is judged against the event as it is now.
    updateState();
}

} // namespace fieldday
