#include "EventGenerator.h"

#include "BlankEvent.h"

#include <QStringList>
#include <cmath>
#include <random>

using namespace Qt::StringLiterals;

namespace fieldday {

namespace {

const QStringList givenNames = {
    u"Zoë"_s,       u"Siobhán"_s, u"Łukasz"_s, u"Mai"_s,      u"Aoife"_s,  u"Priya"_s,
    u"Oluwaseun"_s, u"Björn"_s,   u"Chiara"_s, u"Mohammed"_s, u"Sinéad"_s, u"Tomás"_s,
    u"Hannah"_s,    u"James"_s,   u"Amira"_s,  u"Kwame"_s,    u"Grace"_s,  u"Dawid"_s,
    u"Fatima"_s,    u"Rhys"_s,    u"Ellie"_s,  u"Yusuf"_s,    u"Nadia"_s,  u"Connor"_s,
};
const QStringList familyNames = {
    u"Nguyễn"_s,    u"O'Brien"_s, u"Kowalski"_s, u"Dvořák"_s, u"Okafor"_s, u"Patel"_s,
    u"Smith"_s,     u"Jones"_s,   u"Hughes"_s,   u"Khan"_s,   u"Murphy"_s, u"Rossi"_s,
    u"Müller"_s,    u"Begum"_s,   u"Evans"_s,    u"Mensah"_s, u"Walsh"_s,  u"Ahmed"_s,
    u"Lindqvist"_s, u"Taylor"_s,  u"Brown"_s,    u"García"_s, u"Wilson"_s, u"Thompson"_s,
};
const QStringList organisations = {
    u"Salford City Council"_s,
    u"Wigan Council"_s,
    u"Trafford Council"_s,
    u"Greater Manchester Combined Authority"_s,
    u"Salford CVS"_s,
    u"Manchester Metropolitan University"_s,
    u"University of Manchester"_s,
    u"Northern Care Alliance NHS Foundation Trust"_s,
    u"Irwell Valley Homes"_s,
    u"Inspiring Communities Together"_s,
    u"Self-employed"_s,
};
const QStringList roles = {u"Community development officer"_s,
                           u"Policy officer"_s,
                           u"Researcher"_s,
                           u"Councillor"_s,
                           u"Volunteer"_s,
                           u"Manager"_s,
                           u"Resident"_s,
                           u"Commissioner"_s};
const QStringList colours = {u"#0072b2"_s, u"#e69f00"_s, u"#009e73"_s, u"#cc79a7"_s,
                             u"#56b4e9"_s, u"#d55e00"_s, u"#f0e442"_s, u"#000000"_s};

} // namespace

EventData EventGenerator::generate(const Options &options)
{
    std::mt19937_64 random(options.seed);
    const int n = qMax(0, options.participants);
    const int k = qMax(1, options.destinations);
    const int maxChoices = qBound(1, options.maxChoices, k);

    EventData data = BlankEvent::data(u"Generated event (%1 people, %2 groups)"_s.arg(n).arg(k),
                                      QDate(2027, 6, 15));
    data.details.organisers = u"Fieldday generator"_s;
    data.places.append(Place{1,
                             u"Hub"_s,
                             u"1 Hub Street"_s,
                             u"M1 1AA"_s,
                             u"Central"_s,
                             std::nullopt,
                             std::nullopt,
                             StepFree::Yes,
                             {}});
    data.details.hubPlaceId = 1;
    data.agenda.append(
        AgendaItem{1, u"Welcome and briefing"_s, QTime(9, 30), QTime(10, 15), 1, 0, {}});
    data.reconvene = Reconvene{1,
                               QTime(15, 0),
                               QTime(17, 0),
                               {ProgrammeItem{1, u"Share-out"_s, QTime(15, 0), QTime(16, 0), {}}}};

    // Capacities add up to a little more than the bookings, split evenly, so the uneven
    // popularity below makes the allocation work for its answer.
    const int total = int(std::ceil(n * 1.05)) + k;
    std::uniform_int_distribution<int> percent(0, 99);
    qint64 legId = 0;
    for (int d = 0; d < k; ++d) {
        Destination dest;
        dest.id = d + 1;
        dest.position = d;
        dest.name = u"Group %1"_s.arg(d + 1, 2, 10, QChar(u'0'));
        dest.hostOrganisation = u"Host organisation %1"_s.arg(d + 1);
        dest.hostContactName = u"Host contact %1"_s.arg(d + 1);
        dest.hostContactEmail = u"host%1@example.org"_s.arg(d + 1);
        dest.hostContactPhone = u"0161 496 %1"_s.arg(1000 + d);
        dest.placeId = d + 2;
        dest.activity = u"Visit"_s;
        dest.maxSize = total / k + (d < total % k ? 1 : 0);
        dest.minSize = qMin(dest.maxSize, qMax(1, dest.maxSize / 4));
        dest.visitStart = QTime(11, 0);
        dest.visitEnd = QTime(13, 30);
        dest.colour = colours[d % colours.size()];
        dest.leads.append(GroupLead{0,
                                    u"Lead %1"_s.arg(d + 1),
                                    u"07700 900%1"_s.arg(100 + d % 900, 3, 10, QChar(u'0')),
                                    {}});
        // One destination in five has steps somewhere, as real venues do.
        const StepFree access = (d % 5 == 4) ? StepFree::No : StepFree::Yes;
        data.places.append(Place{dest.placeId,
                                 u"Venue %1"_s.arg(d + 1),
                                 u"%1 High Street"_s.arg(d + 1),
                                 {},
                                 u"Area %1"_s.arg(d % 7 + 1),
                                 std::nullopt,
                                 std::nullopt,
                                 access,
                                 {}});
        for (LegDirection direction : {LegDirection::Out, LegDirection::Back}) {
            TransportLeg leg;
            leg.id = ++legId;
            leg.destinationId = dest.id;
            leg.direction = direction;
            leg.mode = TransportMode::Coach;
            leg.fromPlaceId = direction == LegDirection::Out ? 1 : dest.placeId;
            leg.toPlaceId = direction == LegDirection::Out ? dest.placeId : 1;
            leg.departs = direction == LegDirection::Out ? QTime(10, 20) : QTime(13, 45);
            leg.arrives = direction == LegDirection::Out ? QTime(10, 55) : QTime(14, 30);
            leg.seats = dest.maxSize + int(dest.leads.size());
            leg.operatorName = u"Coach operator"_s;
            leg.stepFree = StepFree::Yes;
            leg.leadPhone = dest.leads.first().phone;
            data.legs.append(leg);
        }
        data.destinations.append(dest);
    }

    // Popularity falls off like a power law: a few destinations are far more wanted.
    std::vector<double> weights(static_cast<size_t>(k));
    for (int d = 0; d < k; ++d)
        weights[size_t(d)] = 1.0 / std::pow(d + 1.0, 1.1);
    std::shuffle(weights.begin(), weights.end(), random);

    data.participants.reserve(n);
    std::uniform_int_distribution<int> choiceCount(1, maxChoices);
    const QDateTime firstBooking(QDate(2027, 4, 1), QTime(9, 0));
    for (int i = 0; i < n; ++i) {
        Participant p;
        p.id = i + 1;
        p.givenName = givenNames[random() % givenNames.size()];
        p.familyName = familyNames[random() % familyNames.size()];
        p.email = u"person%1@example.org"_s.arg(i + 1);
        p.phone = u"07700 9%1"_s.arg(i % 100000, 5, 10, QChar(u'0'));
        p.organisation = organisations[random() % organisations.size()];
        p.role = roles[random() % roles.size()];
        p.sector = data.sectors[random() % data.sectors.size()];
        const int roll = percent(random);
        if (roll < 2) {
            p.accessNeeds = u"Wheelchair user; step-free route please"_s;
            p.needsStepFree = true;
        } else if (roll < 4) {
            p.accessNeeds = u"Hearing loop helpful"_s;
        }
        if (percent(random) < 12)
            p.dietaryNeeds = u"Vegetarian"_s;
        p.consentShareContact = percent(random) < 85;
        p.consentPhotos = percent(random) < 90;
        p.bookingRef = u"GEN-%1"_s.arg(i + 1, 6, 10, QChar(u'0'));
        p.bookingSource = u"Generator"_s;
        p.bookedAt = firstBooking.addSecs(qint64(i) * 37);
        std::vector<double> w = weights;
        const int count = choiceCount(random);
        for (int c = 0; c < count; ++c) {
            std::discrete_distribution<int> pick(w.begin(), w.end());
            const int d = pick(random);
            p.choices.append(d + 1);
            w[size_t(d)] = 0.0;
        }
        data.participants.append(p);
    }
    data.index();
    return data;
}

} // namespace fieldday
