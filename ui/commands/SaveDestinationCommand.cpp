#include "SaveDestinationCommand.h"

#include "EventDocument.h"
#include "model/Participant.h"
#include "storage/PlanRepository.h"

#include <QRegularExpression>
#include <algorithm>

namespace fieldday {

namespace {
bool containsLeg(const QList<TransportLeg> &legs, qint64 id)
{
    return id && std::any_of(legs.cbegin(), legs.cend(),
                             [id](const TransportLeg &leg) { return leg.id == id; });
}

QString hhmm(const QTime &time)
{
    return time.toString(QStringLiteral("HH:mm"));
}

// A problem with one leg, or with how it follows the one before it in its direction.
QString legProblem(const EventData &event, const TransportLeg &leg, int number,
                   const TransportLeg *previous)
{
    const QString name = leg.direction == LegDirection::Out
                             ? QObject::tr("Out leg %1").arg(number)
                             : QObject::tr("Back leg %1").arg(number);
    if (leg.departs.isValid() && leg.arrives.isValid() && leg.arrives < leg.departs)
        return QObject::tr("%1 arrives (%2) before it departs (%3).")
            .arg(name, hhmm(leg.arrives), hhmm(leg.departs));
    if (leg.seats && *leg.seats < 0)
        return QObject::tr("%1 has fewer than no seats.").arg(name);
    if (!previous)
        return {};
    if (previous->toPlaceId && leg.fromPlaceId && previous->toPlaceId != leg.fromPlaceId)
        return QObject::tr("%1 leaves from %2, but leg %3 arrives at %4: the legs do not join.")
            .arg(name, event.placeName(leg.fromPlaceId))
            .arg(number - 1)
            .arg(event.placeName(previous->toPlaceId));
    if (previous->arrives.isValid() && leg.departs.isValid() && leg.departs < previous->arrives)
        return QObject::tr("%1 departs (%2) before leg %3 arrives (%4).")
            .arg(name, hhmm(leg.departs))
            .arg(number - 1)
            .arg(hhmm(previous->arrives));
    return {};
}
} // namespace

SaveDestinationCommand::SaveDestinationCommand(EventDocument *document,
                                               const Destination &destination,
                                               const QList<TransportLeg> &legs)
    : DocumentCommand(document, QString()), m_after(destination), m_afterLegs(legs)
{
    const EventData &event = document->data();
    if (const Destination *stored = m_after.id ? event.destination(m_after.id) : nullptr) {
        m_before = *stored;
        for (const TransportLeg &leg : event.legs) {
            if (leg.destinationId == stored->id)
                m_beforeLegs.append(leg);
        }
    } else {
        m_after.id = 0;
    }
    setText(m_before ? QObject::tr("Edit %1").arg(m_after.name)
                     : QObject::tr("Add %1").arg(m_after.name));
}

QString SaveDestinationCommand::problemWith(const EventData &event, const Destination &d,
                                            const QList<TransportLeg> &legs)
{
    static const QRegularExpression colour(QStringLiteral("^#[0-9a-fA-F]{6}$"));
    const QString name = d.name.trimmed();
    if (name.isEmpty())
        return QObject::tr("The group needs a name.");
    if (const Destination *other = event.destinationByName(name); other && other->id != d.id)
        return QObject::tr("Another group is already called %1. Choose another name.")
            .arg(other->name);
    if (d.minSize < 0 || d.maxSize < d.minSize)
        return QObject::tr("The maximum size (%1) is below the minimum (%2).")
            .arg(d.maxSize)
            .arg(d.minSize);
    if (d.visitStart.isValid() && d.visitEnd.isValid() && d.visitEnd < d.visitStart)
        return QObject::tr("The visit ends before it starts.");
    if (!d.colour.isEmpty() && !colour.match(d.colour).hasMatch())
        return QObject::tr("The colour should look like #0072b2.");
    if (!d.hostContactEmail.isEmpty() && !Participant::isValidEmail(d.hostContactEmail))
        return QObject::tr("The host contact's e-mail is not an e-mail address.");
    for (const GroupLead &lead : d.leads) {
        if (lead.name.trimmed().isEmpty())
            return QObject::tr("Every group lead needs a name.");
    }
    for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
        const TransportLeg *previous = nullptr;
        int number = 0;
        for (const TransportLeg &leg : legs) {
            if (leg.direction != direction)
                continue;
            if (const QString problem = legProblem(event, leg, ++number, previous);
                !problem.isEmpty())
                return problem;
            previous = &leg;
        }
    }
    return {};
}

QString SaveDestinationCommand::problem(const EventData &event) const
{
    return problemWith(event, m_after, m_afterLegs);
}

void SaveDestinationCommand::apply()
{
    PlanRepository plan(document()->file());
    m_after.id = plan.save(m_after); // the first save gives a new one its id, kept for redo
    for (TransportLeg &leg : m_afterLegs) {
        leg.destinationId = m_after.id;
        leg.id = plan.save(leg);
    }
    for (const TransportLeg &leg : std::as_const(m_beforeLegs)) {
        if (!containsLeg(m_afterLegs, leg.id))
            plan.removeLeg(leg.id);
    }
    touched(DocumentChange::plan());
}

void SaveDestinationCommand::revert()
{
    PlanRepository plan(document()->file());
    if (!m_before) {
        // Its legs and leads go with it; the people's choices of it too (none, unless made
        // since, and those steps are undone first).
        plan.removeDestination(m_after.id);
        touched(DocumentChange::everything());
        return;
    }
    plan.save(*m_before);
    for (const TransportLeg &leg : std::as_const(m_afterLegs)) {
        if (!containsLeg(m_beforeLegs, leg.id))
            plan.removeLeg(leg.id);
    }
    for (const TransportLeg &leg : std::as_const(m_beforeLegs))
        plan.save(leg);
    touched(DocumentChange::plan());
}

} // namespace fieldday
