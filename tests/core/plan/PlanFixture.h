#pragma once

#include "model/EventData.h"

using namespace Qt::StringLiterals;

namespace fieldday::test {

// A small day with no problems: one group out by minibus, a visit, back, the reconvene.
inline EventData cleanDay()
{
    EventData e;
    e.details.title = u"Day"_s;
    e.details.date = QDate(2019, 3, 26);
    e.details.dayStart = QTime(9, 30);
    e.details.dayEnd = QTime(17, 0);
    e.details.hubPlaceId = 1;
    e.places = {Place{1, u"Hub"_s, u"1 Hub St"_s, u"M30 0TU"_s, {}, {}, {}, StepFree::Yes, {}},
                Place{2, u"Library"_s, u"2 Lib Rd"_s, u"M33 4ND"_s, {}, {}, {}, StepFree::Yes, {}}};
    Destination d;
    d.id = 1;
    d.name = u"Sale"_s;
    d.hostOrganisation = u"BlueSci"_s;
    d.hostContactName = u"Helen"_s;
    d.hostContactPhone = u"0161 496 0303"_s;
    d.placeId = 2;
    d.activity = u"Visit"_s;
    d.minSize = 1;
    d.maxSize = 3;
    d.visitStart = QTime(11, 0);
    d.visitEnd = QTime(13, 0);
    d.leads = {GroupLead{1, u"Priya"_s, u"07700 900104"_s, {}}};
    e.destinations = {d};
    TransportLeg out;
    out.id = 1;
    out.destinationId = 1;
    out.direction = LegDirection::Out;
    out.mode = TransportMode::Minibus;
    out.fromPlaceId = 1;
    out.toPlaceId = 2;
    out.departs = QTime(10, 30);
    out.arrives = QTime(10, 55);
    out.seats = 4;
    out.stepFree = StepFree::Yes;
    TransportLeg back = out;
    back.id = 2;
    back.direction = LegDirection::Back;
    back.fromPlaceId = 2;
    back.toPlaceId = 1;
    back.departs = QTime(13, 15);
    back.arrives = QTime(13, 45);
    e.legs = {out, back};
    e.reconvene = Reconvene{1,
                            QTime(14, 30),
                            QTime(17, 0),
                            {ProgrammeItem{1, u"Share-out"_s, QTime(14, 30), QTime(15, 30), {}}}};
    e.agenda = {AgendaItem{1, u"Welcome and briefing"_s, QTime(9, 30), QTime(10, 15), 1, 0, {}},
                AgendaItem{2, u"Lunch"_s, QTime(12, 0), QTime(12, 45), 2, 1, {}}};
    for (int i = 1; i <= 2; ++i) {
        Participant p;
        p.id = i;
        p.givenName = i == 1 ? u"Zoë"_s : u"Łukasz"_s;
        p.familyName = u"Person"_s;
        p.email = u"p%1@example.org"_s.arg(i);
        p.consentShareContact = true;
        e.participants.append(p);
        e.assignments.append(Assignment{p.id, 1, false});
    }
    e.index();
    return e;
}

} // namespace fieldday::test
