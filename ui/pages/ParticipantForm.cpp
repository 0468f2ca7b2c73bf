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
#include <QVBoxLayout>

namespace fieldday {

ParticipantForm::ParticipantForm(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_heading(new QLabel(this)),
      m_given(new QLineEdit(this)), m_family(new QLineEdit(this)), m_email(new QLineEdit(this)),
      m_phone(new QLineEdit(this)), m_organisation(new QLineEdit(this)),
      m_role(new QLineEdit(this)), m_sector(new QComboBox(this)), m_access(new QLineEdit(this)),
      m_stepFree(new QCheckBox(tr("Needs step-free access"), this)), m_diet(new QLineEdit(this)),
      m_emergency(new QLineEdit(this)),
      m_shareContact(new QCheckBox(tr("Share contact details with the host"), this)),
      m_photos(new QCheckBox(tr("Photos (Photovoice)"), this)), m_notes(new QPlainTextEdit(this)),
      m_problem(new QLabel(this)), m_apply(new QPushButton(tr("Apply"), this)),
      m_revert(new QPushButton(tr("Revert"), this))
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

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    layout->addStretch();

    for (QLineEdit *edit : {m_given, m_family, m_email, m_phone, m_organisation, m_role, m_access,
                            m_diet, m_emergency}) {
        connect(edit, &QLineEdit::textEdited, this, &ParticipantForm::updateState);
        connect(edit, &QLineEdit::returnPressed, this, &ParticipantForm::apply);
    }
    connect(m_sector, &QComboBox::currentTextChanged, this, &ParticipantForm::updateState);
    for (QCheckBox *box : {m_stepFree, m_shareContact, m_photos})
        connect(box, &QCheckBox::toggled, this, &ParticipantForm::updateState);
    connect(m_notes, &QPlainTextEdit::textChanged, this, &ParticipantForm::updateState);
    connect(m_apply, &QPushButton::clicked, this, &ParticipantForm::apply);
    connect(m_revert, &QPushButton::clicked, this, &ParticipantForm::revert);
    connect(document, &EventDocument::changed, this, [this] { setParticipant(m_id); });
    setParticipant(0);
}

void ParticipantForm::setParticipant(qint64 id)
{
    const Participant *p = m_document->data().participant(id);
    m_id = p ? id : 0;
    m_original = p ? *p : Participant();
    const bool editable = p && !m_document->isReadOnly();
    for (QWidget *w : findChildren<QWidget *>()) {
        if (w != m_heading)
            w->setEnabled(editable);
    }
    m_heading->setText(p ? p->displayName() : tr("Select a person to see and edit their details."));
    m_sector->clear();
    m_sector->addItems(m_document->data().sectors);
    revert();
}

void ParticipantForm::revert()
{
    const Participant &p = m_original;
    m_given->setText(p.givenName);
    m_family->setText(p.familyName);
    m_email->setText(p.email);
    m_phone->setText(p.phone);
    m_organisation->setText(p.organisation);
    m_role->setText(p.role);
    m_sector->setCurrentText(p.sector);
    m_access->setText(p.accessNeeds);
    m_stepFree->setChecked(p.needsStepFree);
    m_diet->setText(p.dietaryNeeds);
    m_emergency->setText(p.emergencyContact);
    m_shareContact->setChecked(p.consentShareContact);
    m_photos->setChecked(p.consentPhotos);
    m_notes->setPlainText(p.notes);
    updateState();
}

Participant ParticipantForm::edited() const
{
    Participant p = m_original;
    p.givenName = m_given->text().trimmed();
    p.familyName = m_family->text().trimmed();
    p.email = m_email->text().trimmed();
    p.phone = m_phone->text().trimmed();
    p.organisation = m_organisation->text().trimmed();
    p.role = m_role->text().trimmed();
    p.sector = m_sector->currentText().trimmed();
    p.accessNeeds = m_access->text().trimmed();
    p.needsStepFree = m_stepFree->isChecked();
    p.dietaryNeeds = m_diet->text().trimmed();
    p.emergencyContact = m_emergency->text().trimmed();
    p.consentShareContact = m_shareContact->isChecked();
    p.consentPhotos = m_photos->isChecked();
    p.notes = m_notes->toPlainText();
    return p;
}

void ParticipantForm::updateState()
{
    if (!m_id) {
        m_problem->clear();
        return;
    }
    const Participant p = edited();
    QString problem;
    try {
        ParticipantRepository::validate(p);
    } catch (const Error &error) {
        problem = error.message();
    }
    m_problem->setText(problem);
    const bool changed = p != m_original;
    m_apply->setEnabled(changed && problem.isEmpty() && !m_document->isReadOnly());
    m_revert->setEnabled(changed);
}

void ParticipantForm::apply()
{
    if (!m_id || !m_apply->isEnabled())
        return;
    const Participant after = edited();
    m_document->push(new EditParticipantCommand(m_document, m_original, after,
                                                tr("Edit %1").arg(after.displayName())));
}

} // namespace fieldday
