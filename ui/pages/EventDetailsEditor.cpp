#include "EventDetailsEditor.h"

#include "EventDocument.h"
#include "TimeField.h"
#include "commands/SaveEventDetailsCommand.h"

#include <QComboBox>
#include <QDateEdit>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QTableWidget>
#include <QTimeEdit>
#include <QTimeZone>
#include <QVBoxLayout>

namespace fieldday {

namespace {
QTimeEdit *timeEdit(QWidget *parent)
{
    return new TimeField(QTime(0, 0), parent);
}

QStringList lines(const QPlainTextEdit *edit)
{
    QStringList result;
    for (const QString &line : edit->toPlainText().split(u'\n')) {
        if (!line.trimmed().isEmpty())
            result << line.trimmed();
    }
    return result;
}
} // namespace

EventDetailsEditor::EventDetailsEditor(EventDocument *document, QWidget *parent)
    : QWidget(parent), m_document(document), m_title(new QLineEdit(this)),
      m_date(new QDateEdit(this)), m_timeZone(new QLineEdit(this)), m_hub(new QComboBox(this)),
      m_dayStart(timeEdit(this)), m_dayEnd(timeEdit(this)), m_organisers(new QLineEdit(this)),
      m_partners(new QLineEdit(this)), m_contact(new QLineEdit(this)),
      m_description(new QPlainTextEdit(this)), m_themes(new QPlainTextEdit(this)),
      m_questions(new QPlainTextEdit(this)), m_sectors(new QPlainTextEdit(this)),
      m_reconvenePlace(new QComboBox(this)), m_reconveneStart(timeEdit(this)),
      m_reconveneEnd(timeEdit(this)), m_programme(new QTableWidget(0, 4, this)),
      m_problem(new QLabel(this)), m_apply(new QPushButton(tr("Apply"), this))
{
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("dddd d MMMM yyyy"));
    m_description->setMaximumHeight(80);
    m_themes->setMaximumHeight(80);
    m_sectors->setMaximumHeight(80);
    m_themes->setPlaceholderText(tr("One kind of treasure per line"));
    m_questions->setMaximumHeight(80);
    m_questions->setPlaceholderText(
        tr("One per line, e.g. \"Do we assume good social innovations are always new?\""));
    m_sectors->setPlaceholderText(tr("One sector per line"));
    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setStyleSheet(QStringLiteral("color: #b00020;"));

    // Controls that share a form row with others have no label of their own to be read out.
    m_dayStart->setAccessibleName(tr("Day starts"));
    m_dayEnd->setAccessibleName(tr("Day ends"));
    m_timeZone->setAccessibleName(tr("Time zone"));
    m_reconveneStart->setAccessibleName(tr("Reconvene starts"));
    m_reconveneEnd->setAccessibleName(tr("Reconvene ends"));
    m_programme->setAccessibleName(tr("Reconvene programme"));

    auto *event = new QFormLayout;
    event->addRow(tr("Title:"), m_title);
    event->addRow(tr("Date:"), m_date);
    auto *day = new QHBoxLayout;
    day->addWidget(m_dayStart);
    day->addWidget(new QLabel(QStringLiteral("–"), this));
    day->addWidget(m_dayEnd);
    day->addWidget(new QLabel(tr("time zone"), this));
    day->addWidget(m_timeZone);
    event->addRow(tr("Day:"), day);
    event->addRow(tr("Hub venue:"), m_hub);
    event->addRow(tr("Organisers:"), m_organisers);
    event->addRow(tr("Partners:"), m_partners);
    event->addRow(tr("Contact e-mail:"), m_contact);
    event->addRow(tr("Description:"), m_description);
    auto *lists = new QHBoxLayout;
    auto *themes = new QFormLayout;
    themes->addRow(tr("Kinds of treasure:"), m_themes);
    auto *sectors = new QFormLayout;
    sectors->addRow(tr("Sectors:"), m_sectors);
    lists->addLayout(themes);
    lists->addLayout(sectors);
    event->addRow(lists);
    event->addRow(tr("Research questions:"), m_questions);

    m_programme->setHorizontalHeaderLabels({tr("Item"), tr("Start"), tr("End"), tr("Description")});
    m_programme->horizontalHeader()->setStretchLastSection(true);
    m_programme->verticalHeader()->hide();
    m_programme->setMaximumHeight(140);
    auto *reconvene = new QGroupBox(tr("Reconvene"), this);
    auto *reconveneForm = new QFormLayout(reconvene);
    reconveneForm->addRow(tr("Place:"), m_reconvenePlace);
    auto *times = new QHBoxLayout;
    times->addWidget(m_reconveneStart);
    times->addWidget(new QLabel(QStringLiteral("–"), this));
    times->addWidget(m_reconveneEnd);
    times->addStretch();
    reconveneForm->addRow(tr("Time:"), times);
    reconveneForm->addRow(tr("Programme:"), m_programme);
    auto *addItem = new QPushButton(tr("Add programme item"), this);
    reconveneForm->addRow(QString(), addItem);

    auto *revertButton = new QPushButton(tr("Revert"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_problem, 1);
    buttons->addWidget(revertButton);
    buttons->addWidget(m_apply);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(event);
    layout->addWidget(reconvene);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_title, &QLineEdit::textEdited, this, &EventDetailsEditor::updateState);
    connect(m_timeZone, &QLineEdit::textEdited, this, &EventDetailsEditor::updateState);
    connect(m_dayStart, &QTimeEdit::timeChanged, this, &EventDetailsEditor::updateState);
    connect(m_dayEnd, &QTimeEdit::timeChanged, this, &EventDetailsEditor::updateState);
    connect(addItem, &QPushButton::clicked, this,
            [this] { m_programme->insertRow(m_programme->rowCount()); });
    connect(m_apply, &QPushButton::clicked, this, &EventDetailsEditor::apply);
    connect(revertButton, &QPushButton::clicked, this, &EventDetailsEditor::revert);
    connect(document, &EventDocument::changed, this, [this] {
        if (!m_applying && !hasChanges()) // unapplied changes are kept
            revert();
    });
    revert();
}

void EventDetailsEditor::revert()
{
    const EventData &event = m_document->data();
    const EventDetails &e = event.details;
    m_title->setText(e.title);
    m_date->setDate(e.date);
    m_timeZone->setText(e.timeZone);
    m_dayStart->setTime(e.dayStart);
    m_dayEnd->setTime(e.dayEnd);
    m_organisers->setText(e.organisers);
    m_partners->setText(e.partners);
    m_contact->setText(e.contactEmail);
    m_description->setPlainText(e.description);
    m_themes->setPlainText(e.themes.join(u'\n'));
    QStringList questions;
    for (const ResearchQuestion &q : e.questions)
        questions << q.text;
    m_questions->setPlainText(questions.join(u'\n'));
    m_sectors->setPlainText(event.sectors.join(u'\n'));
    for (QComboBox *combo : {m_hub, m_reconvenePlace}) {
        combo->clear();
        combo->addItem(tr("(not set)"), qint64(0));
        for (const Place &p : event.places)
            combo->addItem(p.name, p.id);
    }
    m_hub->setCurrentIndex(qMax(0, m_hub->findData(e.hubPlaceId)));
    m_reconvenePlace->setCurrentIndex(qMax(0, m_reconvenePlace->findData(event.reconvene.placeId)));
    m_reconveneStart->setTime(event.reconvene.start);
    m_reconveneEnd->setTime(event.reconvene.end);
    m_programme->setRowCount(0);
    for (const ProgrammeItem &item : event.reconvene.items) {
        const int row = m_programme->rowCount();
        m_programme->insertRow(row);
        m_programme->setItem(row, 0, new QTableWidgetItem(item.title));
        m_programme->setItem(row, 1,
                             new QTableWidgetItem(item.start.toString(QStringLiteral("HH:mm"))));
        m_programme->setItem(row, 2,
                             new QTableWidgetItem(item.end.toString(QStringLiteral("HH:mm"))));
        m_programme->setItem(row, 3, new QTableWidgetItem(item.description));
    }
    setEnabled(!m_document->isReadOnly());
    updateState();
    m_snapshot = EditorSnapshot::of(this);
}

void EventDetailsEditor::updateState()
{
    const QString problem = SaveEventDetailsCommand::problemWith(editedDetails());
    m_problem->setText(problem);
    m_apply->setEnabled(problem.isEmpty() && !m_document->isReadOnly());
}

EventDetails EventDetailsEditor::editedDetails() const
{
    EventDetails e = m_document->data().details;
    e.title = m_title->text().trimmed();
    e.date = m_date->date();
    e.timeZone = m_timeZone->text().trimmed();
    e.hubPlaceId = m_hub->currentData().toLongLong();
    e.dayStart = m_dayStart->time();
    e.dayEnd = m_dayEnd->time();
    e.organisers = m_organisers->text().trimmed();
    e.partners = m_partners->text().trimmed();
    e.contactEmail = m_contact->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    e.themes = lines(m_themes);
    e.questions =
        ResearchQuestion::fromLines(m_document->data().details.questions, lines(m_questions));
    return e;
}

bool EventDetailsEditor::apply()
{
    updateState();
    if (!m_apply->isEnabled())
        return false;
    if (!hasChanges())
        return true; // nothing to apply: no empty undo step
    Reconvene r;
    r.placeId = m_reconvenePlace->currentData().toLongLong();
    r.start = m_reconveneStart->time();
    r.end = m_reconveneEnd->time();
    for (int row = 0; row < m_programme->rowCount(); ++row) {
        auto text = [this, row](int column) {
            const QTableWidgetItem *item = m_programme->item(row, column);
            return item ? item->text().trimmed() : QString();
        };
        if (text(0).isEmpty())
            continue;
        r.items.append(ProgrammeItem{0, text(0),
                                     QTime::fromString(text(1), QStringLiteral("HH:mm")),
                                     QTime::fromString(text(2), QStringLiteral("HH:mm")), text(3)});
    }
    {
        const QScopedValueRollback<bool> applying(m_applying, true);
        if (!m_document->push(std::make_unique<SaveEventDetailsCommand>(m_document, editedDetails(),
                                                                        lines(m_sectors), r)))
            return false;
    }
    revert(); // the fields as stored now
    return true;
}

bool EventDetailsEditor::hasChanges() const
{
    return !(EditorSnapshot::of(this) == m_snapshot);
}

QString EventDetailsEditor::partName() const
{
    return tr("the event and reconvene");
}

} // namespace fieldday
