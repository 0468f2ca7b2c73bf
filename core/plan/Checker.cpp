#include "Checker.h"

#include "Manifest.h"
#include "TreasureConsent.h"
#include "model/PeopleCount.h"

#include <QHash>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace fieldday {

QString Problem::severityName(Severity severity)
{
    switch (severity) {
    case Severity::Error:
        return u"error"_s;
    case Severity::Warning:
        return u"warning"_s;
    case Severity::Info:
        return u"info"_s;
    }
    return {};
}

namespace {

QString hhmm(const QTime &t)
{
    return t.isValid() ? t.toString(u"HH:mm"_s) : u"--:--"_s;
}

class Run
{
public:
    Run(const EventData &event, const CheckSettings &settings)
        : e(event), s(settings), travellers(Manifest::travellersByGroup(event))
    {
    }

    void add(Problem::Severity severity, const QString &code, const QString &message,
             const QString &kind, qint64 id, const QString &name)
    {
        problems.append({severity, code, message, {kind, id, name}});
    }
    void error(const QString &code, const QString &message, const QString &kind, qint64 id,
               const QString &name)
    {
        add(Problem::Severity::Error, code, message, kind, id, name);
    }
    void warning(const QString &code, const QString &message, const QString &kind, qint64 id,
                 const QString &name)
    {
        add(Problem::Severity::Warning, code, message, kind, id, name);
    }

    void groups();
    void legs(const Destination &d);
    void timing(const Destination &d);
    void access();
    void contacts(const Destination &d);
    void people();
    void unsoundRows();
    void treasure();

    const EventData &e;
    const CheckSettings &s;
    const QHash<qint64, QList<const Participant *>> travellers; // by group, unsorted
    QList<Problem> problems;

private:
    QString legName(const Destination &d, const TransportLeg &leg) const
    {
        return u"%1, %2 leg %3 (%4 → %5)"_s.arg(d.name, legDirectionToString(leg.direction))
            .arg(leg.position + 1)
            .arg(e.placeName(leg.fromPlaceId), e.placeName(leg.toPlaceId));
    }
};

void Run::groups()
{
    for (const Destination &d : e.destinations) {
        const int size = int(travellers.value(d.id).size());
        if (size > d.maxSize) {
            error(u"group-over-max"_s,
                  u"%1 has %2, above its maximum of %3"_s.arg(d.name, peopleCount(size))
                      .arg(d.maxSize),
                  u"destination"_s, d.id, d.name);
            for (const Assignment &a : e.assignments) {
                const Participant *p = e.participant(a.participantId);
                if (a.destinationId == d.id && a.pinned && p &&
                    (p->status == ParticipantStatus::Booked ||
                     p->status == ParticipantStatus::Attended))
                    error(u"pinned-to-full-group"_s,
                          u"%1 is pinned to %2, which is over its maximum (%3 of %4)"_s
                              .arg(p->displayName(), d.name)
                              .arg(size)
                              .arg(d.maxSize),
                          u"participant"_s, p->id, p->displayName());
            }
        } else if (size < d.minSize) {
            warning(u"group-under-min"_s,
                    u"%1 has %2, below its minimum of %3"_s.arg(d.name, peopleCount(size))
                        .arg(d.minSize),
                    u"destination"_s, d.id, d.name);
        }
    }
    for (const Participant &p : e.participants) {
        if (p.status == ParticipantStatus::Booked && !e.destinationOf(p.id))
            warning(u"booked-without-group"_s,
                    u"%1 is booked but has no group"_s.arg(p.displayName()), u"participant"_s, p.id,
                    p.displayName());
    }
}

void Run::legs(const Destination &d)
{
    const int travelling = int(travellers.value(d.id).size() + d.leads.size());
    for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
        const QList<const TransportLeg *> chain = e.legsOf(d.id, direction);
        const QString way = direction == LegDirection::Out ? u"out"_s : u"back"_s;
        if (chain.isEmpty()) {
            warning(u"no-legs"_s, u"%1 has no travel %2 planned"_s.arg(d.name, way),
                    u"destination"_s, d.id, d.name);
            continue;
        }
        for (qsizetype i = 0; i < chain.size(); ++i) {
            const TransportLeg &leg = *chain[i];
            const QString name = legName(d, leg);
            if (!leg.departs.isValid() || !leg.arrives.isValid())
                warning(u"leg-times-missing"_s, name + u": departure or arrival time not set"_s,
                        u"leg"_s, leg.id, name);
            else if (leg.arrives < leg.departs)
                error(u"leg-arrives-before-departs"_s,
                      name + u": arrives at %1, before it departs at %2"_s.arg(hhmm(leg.arrives),
                                                                               hhmm(leg.departs)),
                      u"leg"_s, leg.id, name);
            if (leg.seats && *leg.seats < travelling)
                error(u"leg-seats-short"_s,
                      name + u": %1 seats for %2 travellers (the group and its leads)"_s
                                 .arg(*leg.seats)
                                 .arg(travelling),
                      u"leg"_s, leg.id, name);
            if (i == 0)
                continue;
            const TransportLeg &previous = *chain[i - 1];
            if (previous.toPlaceId != leg.fromPlaceId)
                error(u"chain-gap"_s,
                      name + u": departs from %1, but the previous leg arrives at %2"_s.arg(
                                 e.placeName(leg.fromPlaceId), e.placeName(previous.toPlaceId)),
                      u"leg"_s, leg.id, name);
            if (leg.departs.isValid() && previous.arrives.isValid() &&
                leg.departs < previous.arrives)
                error(u"chain-overlap"_s,
                      name + u": departs at %1, before the previous leg arrives at %2"_s.arg(
                                 hhmm(leg.departs), hhmm(previous.arrives)),
                      u"leg"_s, leg.id, name);
        }
        const TransportLeg &first = *chain.first();
        const TransportLeg &last = *chain.last();
        if (direction == LegDirection::Out) {
            if (e.details.hubPlaceId && first.fromPlaceId != e.details.hubPlaceId)
                warning(u"chain-start-not-hub"_s,
                        legName(d, first) +
                            u": the first leg out starts at %1, not at the hub (%2)"_s.arg(
                                e.placeName(first.fromPlaceId), e.placeName(e.details.hubPlaceId)),
                        u"leg"_s, first.id, legName(d, first));
            if (d.placeId && last.toPlaceId != d.placeId)
                error(u"chain-end-not-destination"_s,
                      legName(d, last) + u": the last leg out arrives at %1, not at %2"_s.arg(
                                             e.placeName(last.toPlaceId), e.placeName(d.placeId)),
                      u"leg"_s, last.id, legName(d, last));
        } else {
            if (d.placeId && first.fromPlaceId != d.placeId)
                error(u"chain-start-not-destination"_s,
                      legName(d, first) +
                          u": the first leg back starts at %1, not at %2"_s.arg(
                              e.placeName(first.fromPlaceId), e.placeName(d.placeId)),
                      u"leg"_s, first.id, legName(d, first));
            if (e.reconvene.placeId && last.toPlaceId != e.reconvene.placeId)
                error(u"chain-end-not-reconvene"_s,
                      legName(d, last) +
                          u": the last leg back arrives at %1, not at the reconvene (%2)"_s.arg(
                              e.placeName(last.toPlaceId), e.placeName(e.reconvene.placeId)),
                      u"leg"_s, last.id, legName(d, last));
        }
    }
}

void Run::timing(const Destination &d)
{
    const QList<const TransportLeg *> out = e.legsOf(d.id, LegDirection::Out);
    const QList<const TransportLeg *> back = e.legsOf(d.id, LegDirection::Back);
    if (!out.isEmpty() && out.first()->departs.isValid()) {
        const QTime leaves = out.first()->departs;
        for (const AgendaItem &item : e.agenda) {
            if (item.destinationId == 0 && item.start.isValid() && item.start < leaves &&
                item.end.isValid() && item.end > leaves)
                error(u"leaves-before-briefing-ends"_s,
                      u"%1 leaves at %2, before \"%3\" ends at %4"_s.arg(
                          d.name, hhmm(leaves), item.title, hhmm(item.end)),
                      u"leg"_s, out.first()->id, d.name);
        }
        if (e.details.dayStart.isValid() && leaves < e.details.dayStart)
            error(u"leaves-before-day-starts"_s,
                  u"%1 leaves at %2, before the day starts at %3"_s.arg(d.name, hhmm(leaves),
                                                                        hhmm(e.details.dayStart)),
                  u"leg"_s, out.first()->id, d.name);
    }
    if (!out.isEmpty() && out.last()->arrives.isValid() && d.visitStart.isValid() &&
        out.last()->arrives > d.visitStart)
        error(u"visit-does-not-fit"_s,
              u"%1 arrives at %2, after its visit starts at %3"_s.arg(
                  d.name, hhmm(out.last()->arrives), hhmm(d.visitStart)),
              u"destination"_s, d.id, d.name);
    if (!back.isEmpty() && back.first()->departs.isValid() && d.visitEnd.isValid() &&
        back.first()->departs < d.visitEnd)
        error(u"visit-does-not-fit"_s,
              u"%1 leaves at %2, before its visit ends at %3"_s.arg(
                  d.name, hhmm(back.first()->departs), hhmm(d.visitEnd)),
              u"destination"_s, d.id, d.name);
    if (!back.isEmpty() && back.last()->arrives.isValid() && e.reconvene.start.isValid()) {
        const QTime home = back.last()->arrives;
        const int spare = int(home.secsTo(e.reconvene.start) / 60);
        if (spare < 0)
            error(u"back-after-reconvene"_s,
                  u"%1 is back at %2, after the reconvene starts at %3"_s.arg(
                      d.name, hhmm(home), hhmm(e.reconvene.start)),
                  u"leg"_s, back.last()->id, d.name);
        else if (spare < s.returnBufferMinutes)
            warning(u"back-buffer-short"_s,
                    u"%1 is back at %2, only %3 min before the reconvene at %4 (plan %5 min)"_s
                        .arg(d.name, hhmm(home))
                        .arg(spare)
                        .arg(hhmm(e.reconvene.start))
                        .arg(s.returnBufferMinutes),
                    u"leg"_s, back.last()->id, d.name);
    }
    if (d.visitStart.isValid() && d.visitEnd.isValid() && d.visitEnd < d.visitStart)
        error(u"visit-ends-before-start"_s, u"%1: the visit ends before it starts"_s.arg(d.name),
              u"destination"_s, d.id, d.name);
}

void Run::access()
{
    for (const Participant &p : e.participants) {
        if (!p.needsStepFree ||
            (p.status != ParticipantStatus::Booked && p.status != ParticipantStatus::Attended))
            continue;
        const Destination *d = e.destination(e.destinationOf(p.id));
        if (!d)
            continue;
        QStringList no, unknown;
        const Place *place = e.place(d->placeId);
        const StepFree placeAccess = place ? place->stepFree : StepFree::Unknown;
        const QString venue = place ? place->name : u"the venue"_s;
        if (placeAccess == StepFree::No)
            no.append(venue);
        else if (placeAccess == StepFree::Unknown)
            unknown.append(venue);
        for (const TransportLeg &leg : e.legs) {
            if (leg.destinationId != d->id || leg.stepFree == StepFree::Yes)
                continue;
            (leg.stepFree == StepFree::No ? no : unknown).append(legName(*d, leg));
        }
        if (!no.isEmpty())
            error(u"step-free-not-met"_s,
                  u"%1 needs step-free access, but in %2 these are not step-free: %3"_s.arg(
                      p.displayName(), d->name, no.join(u"; "_s)),
                  u"participant"_s, p.id, p.displayName());
        else if (!unknown.isEmpty())
            warning(u"step-free-unknown"_s,
                    u"%1 needs step-free access; in %2 it is not known for: %3"_s.arg(
                        p.displayName(), d->name, unknown.join(u"; "_s)),
                    u"participant"_s, p.id, p.displayName());
    }
}

void Run::contacts(const Destination &d)
{
    if (d.hostContactName.isEmpty() ||
        (d.hostContactPhone.isEmpty() && d.hostContactEmail.isEmpty()))
        warning(u"host-contact-missing"_s,
                u"%1 has no host contact (a name and a phone or e-mail)"_s.arg(d.name),
                u"destination"_s, d.id, d.name);
    if (d.leads.isEmpty())
        warning(u"no-lead"_s, u"%1 has no group lead"_s.arg(d.name), u"destination"_s, d.id,
                d.name);
    for (const GroupLead &lead : d.leads) {
        if (lead.phone.trimmed().isEmpty())
            warning(u"lead-phone-missing"_s,
                    u"%1's lead %2 has no phone number"_s.arg(d.name, lead.name), u"destination"_s,
                    d.id, d.name);
    }
}

void Run::people()
{
    QHash<QString, const Participant *> seen;
    seen.reserve(e.participants.size()); // growing it step by step was most of the check
    for (const Participant &p : e.participants) {
        if (p.email.isEmpty() || p.status == ParticipantStatus::Cancelled)
            continue;
        const QString key = p.email.toCaseFolded();
        if (const Participant *other = seen.value(key))
            warning(u"duplicate-email"_s,
                    u"%1 and %2 share the e-mail %3"_s.arg(other->displayName(), p.displayName(),
                                                           p.email),
                    u"participant"_s, p.id, p.displayName());
        else
            seen.insert(key, &p);
    }
    for (const Destination &d : e.destinations) {
        int withheld = 0;
        for (const Participant *p : travellers.value(d.id))
            withheld += !p->consentShareContact;
        if (withheld)
            add(Problem::Severity::Info, u"contact-not-shared"_s,
                u"%1: %2 did not consent to share contact details; the partner list and the "
                "host's roster show only their name and organisation"_s.arg(d.name,
                                                                            peopleCount(withheld)),
                u"destination"_s, d.id, d.name);
    }
}

// Rows of the file that were left out of the event (or kept without a broken reference),
// one problem each, named as the file names them: the table, the row, the field.
void Run::unsoundRows()
{
    for (const UnsoundRow &row : e.unsound) {
        add(row.action == UnsoundRow::Action::LeftOut ? Problem::Severity::Error
                                                      : Problem::Severity::Warning,
            Checker::codeOf(row), row.text() + u"; "_s + row.consequence(), row.table, row.id,
            row.row);
    }
}

void Run::treasure()
{
    for (const TreasureItem &item : e.treasure) {
        const Destination *d = e.destination(item.destinationId);
        const QString group = d ? d->name : QString();
        const QString label = item.label();
        for (qint64 id : TreasureConsent::withoutConsent(e, item)) {
            const Participant *p = e.participant(id);
            warning(u"identifiable-without-consent"_s,
                    p ? u"%1: %2 shows %3, who has not consented to photos"_s.arg(group, label,
                                                                                  p->displayName())
                      : u"%1: %2 shows someone removed from the event, whose consent cannot be "
                        "checked"_s.arg(group, label),
                    u"treasure"_s, item.id, label);
        }
        for (Audience audience : {Audience::ShareOut, Audience::Report}) {
            const bool chosen = audience == Audience::ShareOut ? item.shareOut : item.inReport;
            if (!chosen)
                continue;
            const TreasureConsent::Verdict verdict = TreasureConsent::check(e, item, audience);
            if (!verdict.allowed)
                warning(u"treasure-not-allowed"_s,
                        u"%1: %2 is chosen for %3 but will be left out: %4"_s.arg(
                            group, label, TreasureConsent::audienceName(audience),
                            verdict.reasons.join(u"; "_s)),
                        u"treasure"_s, item.id, label);
        }
    }
    // Before the day nobody has found anything: only once the log has begun.
    if (e.treasure.isEmpty())
        return;
    for (const Destination &d : e.destinations) {
        if (TreasureConsent::shown(e, Audience::ShareOut, d.id).isEmpty())
            warning(
                u"nothing-for-share-out"_s,
                u"%1 has nothing chosen for the share-out that may be shown there"_s.arg(d.name),
                u"destination"_s, d.id, d.name);
    }
}

} // namespace

QString Checker::codeOf(const UnsoundRow &row)
{
    switch (row.problem) {
    case UnsoundRow::Problem::Missing:
        return u"row-missing-value"_s;
    case UnsoundRow::Problem::WrongType:
        return u"row-wrong-type"_s;
    case UnsoundRow::Problem::NotAllowed:
        return u"row-not-allowed"_s;
    case UnsoundRow::Problem::TooLong:
        return u"row-too-long"_s;
    case UnsoundRow::Problem::BrokenReference:
        return u"row-broken-reference"_s;
    case UnsoundRow::Problem::WithLeftOutRow:
        return u"row-left-out-with"_s;
    }
    return {};
}

QList<Problem> Checker::run(const EventData &event, const CheckSettings &settings)
{
    Run run(event, settings);
    run.groups();
    for (const Destination &d : event.destinations) {
        run.legs(d);
        run.timing(d);
        run.contacts(d);
    }
    run.access();
    run.people();
    run.unsoundRows();
    run.treasure();
    std::stable_sort(run.problems.begin(), run.problems.end(),
                     [](const Problem &a, const Problem &b) { return a.severity < b.severity; });
    return run.problems;
}

} // namespace fieldday
