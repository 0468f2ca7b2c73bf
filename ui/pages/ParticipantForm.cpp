#include "ParticipantForm.h"

#include "EventDocument.h"
#include "commands/EditParticipantCommand.h"
#include "storage/Error.h"
#include "storage/ParticipantRepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace fieldday {

namespace {
// A text field's getter and setter over a QString member of Participant.
auto text(QString Participant::*member)
{
    return std::pair{[member](const Participant &p) { return QVariant(p.*member); },
                     [member](Participant &p, const QVariant &v) { p.*member = v.toString(); }};
}
auto flag(bool Participant::*member)
{
    return std::pair{[member](const Participant &p) { return QVariant(p.*member); },
                     [member](Participant &p, const QVariant &v) { p.*member = v.toBool(); }};
}
} // namespace

ParticipantForm::ParticipantForm(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)),
      m_given(new QLineEdit(this)), m_family(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_role(new QLineEdit(this)), m_sector(new QComboBox(this)), m_access(new QLineEdit(this)),
      m_stepFree(new QCheckBox(tr("Needs step-free access"), this)), m_diet(new QLineEdit(this)),
      m_emergency(new QLineEdit(this)),
      m_shareContact(new QCheckBox(tr("Share contact details with the host"), this)),
      m_photos(new QCheckBox(tr("Photos (Photovoice)"), this)), m_notes(new QPlainTextEdit(this)),
      m_group(new QLabel(this)), m_problem(new QLabel(this)),
      m_apply(new QPushButton(tr("Appl&y"), this)), m_revert(new QPushButton(tr("&Revert"), this))
{
    QFont headingFont = m_heading->font();
    headingFont.setBold(true);
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.2);
    m_heading->setFont(headingFont);
    m_heading->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problem->setWordWrap(true);
    m_notes->setMaximumHeight(90);
    m_sector->setEditable(true);

    // The form's rows: the widget, its label, and the participant's value it shows.
    const auto row = [this](QWidget *widget, auto accessors) {
        addField(widget, accessors.first, accessors.second);
    };
    row(m_given, text(&Participant::givenName));
    row(m_family, text(&Participant::familyName));
    row(m_email, text(&Participant::email));
    row(m_phone, text(&Participant::phone));
    row(m_organisation, text(&Participant::organisation));
    row(m_role, text(&Participant::role));
    row(m_sector, text(&Participant::sector));
    row(m_access, text(&Participant::accessNeeds));
    row(m_stepFree, flag(&Participant::needsStepFree));
    row(m_diet, text(&Participant::dietaryNeeds));
    row(m_emergency, text(&Participant::emergencyContact));
    row(m_shareContact, flag(&Participant::consentShareContact));
    row(m_photos, flag(&Participant::consentPhotos));
    row(m_notes, text(&Participant::notes));

    const QList<std::pair<QWidget *, QString>> named = {{m_given, tr("Given name")},
                                                        {m_family, tr("Family name")},
                                                        {m_email, tr("E-mail")},
                                                        {m_phone, tr("Phone")},
                                                        {m_organisation, tr("Organisation")},
                                                        {m_role, tr("Role")},
                                                        {m_sector, tr("Sector")},
                                                        {m_access, tr("Access needs")},
                                                        {m_diet, tr("Dietary needs")},
                                                        {m_emergency, tr("Emergency contact")},
                                                        {m_notes, tr("Notes")}};
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    for (const auto &[widget, label] : named) {
        widget->setAccessibleName(label);
        form->addRow(label + QLatin1Char(':'), widget);
        if (widget == m_access)
            form->addRow(QString(), m_stepFree);
        if (widget == m_emergency) {
            form->addRow(tr("Consents:"), m_shareContact);
            form->addRow(QString(), m_photos);
        }
    }
    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_apply, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_revert, QDialogButtonBox::ResetRole);
    m_apply->setDefault(true);

    // The fields scroll on a small screen (1280×720); the heading, the group, and Apply and
    // Revert stay in view.
    auto *fields = new QWidget;
    auto *fieldsLayout = new QVBoxLayout(fields);
    fieldsLayout->setContentsMargins(0, 0, 0, 0);
    fieldsLayout->addLayout(form);
    fieldsLayout->addStretch();
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    auto *groupRow = new QFormLayout;
    groupRow->addRow(tr("Group:"), m_group);
    m_group->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_group->setAccessibleName(tr("Group"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_heading);
    layout->addLayout(groupRow);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);

    for (QLineEdit *edit : {m_given, m_family, m_email, m_phone, m_organisation, m_role, m_access,
                            m_diet, m_emergency}) {
        connect(edit, &QLineEdit::textEdited, this, &ParticipantForm::updateState);
        connect(edit, &QLineEdit::returnPressed, this, &ParticipantForm::apply);
    }
    connect(m_sector, &QComboBox::currentTextChanged, this, &ParticipantForm::updateState);
    for (QCheckBox *box : {m_stepFree, m_shareContact, m_photos})
        connect(box, &QCheckBox::toggled, this, &ParticipantForm::updateState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ParticipantForm::updateState);
    // Tab goes down the form in the order it reads, then to Apply and Revert.
    QWidget *previous = nullptr;
    for (const Field &field : std::as_const(m_fields)) {
        if (previous)
            setTabOrder(previous, field.widget);
        previous = field.widget;
    }
    setTabOrder(previous, m_apply);
    setTabOrder(m_apply, m_revert);
    connect(m_apply, &QPushButton::clicked, this, &ParticipantForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &ParticipantForm::revert);
    connect(document, &EventDocument::changed, this, &ParticipantForm::documentChanged);
    setParticipant(0);
}

void ParticipantForm::addField(QWidget *widget, std::function<QVariant(const Participant &)> get,
                               std::function<void(Participant &, const QVariant &)> set)
{
    m_fields.append({widget, std::move(get), std::move(set)});
}

QVariant ParticipantForm::valueOf(const QWidget *widget)
{
    if (const auto *edit = qobject_cast<const QLineEdit *>(widget))
        return edit->text();
    if (const auto *box = qobject_cast<const QCheckBox *>(widget))
        return box->isChecked();
    if (const auto *combo = qobject_cast<const QComboBox *>(widget))
        return combo->currentText();
    if (const auto *notes = qobject_cast<const QPlainTextEdit *>(widget))
        return notes->toPlainText();
    return {};
}

void ParticipantForm::show(QWidget *widget, const QVariant &value)
{
    if (auto *edit = qobject_cast<QLineEdit *>(widget))
        edit->setText(value.toString());
    else if (auto *box = qobject_cast<QCheckBox *>(widget))
        box->setChecked(value.toBool());
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        combo->setCurrentText(value.toString());
    else if (auto *notes = qobject_cast<QPlainTextEdit *>(widget))
        notes->setPlainText(value.toString());
}

bool ParticipantForm::isTyped(const Field &field) const
{
    return valueOf(field.widget) != field.get(m_shown);
}

void ParticipantForm::setParticipant(qint64 id)
{
    const Participant *p = m_document->data().participant(id);
    m_id = p ? id : 0;
    m_shown = p ? *p : Participant();
    const bool editable = p && !m_document->isReadOnly();
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_heading)
            w->setEnabled(editable);
    }
    m_heading->setText(p ? p->displayName() : tr("Select a person to see and edit their details."));
    showGroup();
    m_sector->clear();
    m_sector->addItems(m_document->data().sectors);
    revert();
}

void ParticipantForm::documentChanged(const DocumentChange &change)
{
    if (change.scope == DocumentChange::Scope::Plan) {
        // The event's sectors may have changed; the typed sector stays.
        const QString sector = m_sector->currentText();
        const QSignalBlocker blocker(m_sector);
        m_sector->clear();
        m_sector->addItems(m_document->data().sectors);
        m_sector->setCurrentText(sector);
        showGroup(); // a group renamed or removed
        return;
    }
    if (!m_id || !change.touches(m_id))
        return;
    showGroup();
    const Participant *stored = m_document->data().participant(m_id);
    if (!stored || !hasChanges()) {
        setParticipant(stored ? m_id : 0);
        return;
    }
    // Typed fields are kept; the others show the person as they are now.
    for (const Field &field : std::as_const(m_fields)) {
        if (!isTyped(field)) {
            const QSignalBlocker blocker(field.widget);
            show(field.widget, field.get(*stored));
        }
    }
    m_shown = *stored;
    m_heading->setText(stored->displayName());
    updateState();
}

void ParticipantForm::showGroup()
{
    const EventData &event = m_document->data();
    const Destination *group = m_id ? event.destination(event.destinationOf(m_id)) : nullptr;
    const Assignment *assignment = m_id ? event.assignmentOf(m_id) : nullptr;
    if (!m_id)
        m_group->clear();
    else if (!group)
        m_group->setText(tr("No group yet"));
    else if (assignment && assignment->pinned)
        m_group->setText(tr("%1 (placed by hand)").arg(group->name));
    else
        m_group->setText(group->name);
}

void ParticipantForm::revert()
{
    for (const Field &field : std::as_const(m_fields)) {
        const QSignalBlocker blocker(field.widget);
        show(field.widget, field.get(m_shown));
    }
    updateState();
}

Participant ParticipantForm::edited() const
{
    const Participant *stored = m_document->data().participant(m_id);
    Participant p = stored ? *stored : m_shown;
    for (const Field &field : m_fields) {
        if (isTyped(field))
            field.set(p, valueOf(field.widget));
    }
    for (QString *value :
         {&p.givenName, &p.familyName, &p.email, &p.phone, &p.organisation, &p.role, &p.sector,
          &p.accessNeeds, &p.dietaryNeeds, &p.emergencyContact})
        *value = value->trimmed();
    return p;
}

bool ParticipantForm::hasChanges() const
{
    return m_id && std::any_of(m_fields.cbegin(), m_fields.cend(),
                               [this](const Field &field) { return isTyped(field); });
}

QString ParticipantForm::partName() const
{
    return m_shown.displayName();
}

void ParticipantForm::updateState()
{
    if (!m_id) {
        m_problem->clear();
        return;
    }
    QString problem;
    try {
        ParticipantRepository::validate(edited());
    } catch (const Error &error) {
        problem = error.message();
    }
    m_problem->setText(problem);
    const bool changed = hasChanges();
    m_apply->setEnabled(changed && problem.isEmpty() && !m_document->isReadOnly());
    m_revert->setEnabled(changed);
}

bool ParticipantForm::apply()
{
    if (!m_id || !hasChanges())
        return true;
    updateState();
    const Participant *stored = m_document->data().participant(m_id);
    if (!m_apply->isEnabled() || !stored)
        return false;
    const Participant after = edited();
    if (!m_document->push(std::make_unique<EditParticipantCommand>(
            m_document, *stored, after, tr("Edit %1").arg(after.displayName()))))
        return false;     // reported; what was typed stays
    setParticipant(m_id); // the fields as stored (trimmed)
    return true;
}

} // namespace fieldday
