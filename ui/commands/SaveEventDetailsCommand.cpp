#include "SaveEventDetailsCommand.h"

#include "EventDocument.h"
#include "storage/PlanRepository.h"
#include "storage/WriteTransaction.h"

#include <QTimeZone>

namespace fieldday {

SaveEventDetailsCommand::SaveEventDetailsCommand(EventDocument *document,
                                                 const EventDetails &details,
                                                 const QStringList &sectors,
                                                 const Reconvene &reconvene)
    : DocumentCommand(document, QObject::tr("Edit the event's details")),
      m_beforeDetails(document->data().details), m_afterDetails(details),
      m_beforeSectors(document->data().sectors), m_afterSectors(sectors),
      m_beforeReconvene(document->data().reconvene), m_afterReconvene(reconvene)
{
}

QString SaveEventDetailsCommand::problemWith(const EventDetails &e)
{
    if (e.title.trimmed().isEmpty())
        return QObject::tr("The event needs a title.");
    if (!e.date.isValid())
        return QObject::tr("The event needs a date.");
    if (e.dayStart.isValid() && e.dayEnd.isValid() && e.dayEnd < e.dayStart)
        return QObject::tr("The day ends before it starts.");
    if (!QTimeZone(e.timeZone.trimmed().toUtf8()).isValid())
        return QObject::tr("\"%1\" is not a time zone (e.g. Europe/London).").arg(e.timeZone);
    return {};
}

QString SaveEventDetailsCommand::problem(const EventData &) const
{
    return problemWith(m_afterDetails);
}

void SaveEventDetailsCommand::apply()
{
    WriteTransaction transaction(document()->file());
    PlanRepository plan(document()->file());
    const QList<qint64> questions = plan.saveDetails(m_afterDetails, m_afterSectors);
    plan.saveReconvene(m_afterReconvene);
    transaction.commit();
    // A question added here keeps the id it was given, so a redo asks the same question and
    // what speaks to it still does.
    for (qsizetype i = 0; i < questions.size() && i < m_afterDetails.questions.size(); ++i)
        m_afterDetails.questions[i].id = questions[i];
    touched(DocumentChange::plan());
}

void SaveEventDetailsCommand::revert()
{
    WriteTransaction transaction(document()->file());
    PlanRepository plan(document()->file());
    plan.saveDetails(m_beforeDetails, m_beforeSectors);
    plan.saveReconvene(m_beforeReconvene);
    transaction.commit();
    touched(DocumentChange::plan());
}

} // namespace fieldday
